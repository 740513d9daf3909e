package fr.referentcpts.core.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.funding.FundingResult;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.territory.Territory;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.io.funding.RulesFiles;
import fr.referentcpts.testing.AnnexFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** When annexes are a draft, and why; what the report carries; how its identifier behaves. */
class AnnexReportBuilderTest {
    private static final FundingEngine ENGINE = new FundingEngine(RulesFiles.shippedCatalog());
    private static final UUID CASE = UUID.fromString("6f1c2a1e-0000-4000-8000-000000000001");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Territory TERRITORY = new Territory(List.of(
            new TerritoryCommune("14118", "Caen", "14", 105_403, "INSEE, populations légales", "2022", ""),
            new TerritoryCommune("14341", "Hérouville-Saint-Clair", "14", 22_560, "INSEE, populations légales", "2022",
                    "")));
    private static final MissionContent SOCLES = missions(Mission.ACCESS, Mission.PATHWAYS, Mission.PREVENTION);

    private static MissionContent missions(Mission... chosen) {
        return new MissionContent(java.util.Arrays.stream(chosen).map(m -> new CaseMission(m, true, null, false))
                .toList(), List.of(), List.of(), List.of());
    }

    private static AnnexReport report(ContractParties parties, Territory territory, MissionContent missions,
            Map<LineKey, BigDecimal> entered, boolean draftRequested, LocalDate on) {
        FundingResult funding = ENGINE.compute(AnnexFixtures.input(parties, territory, missions, entered, on));
        return AnnexReportBuilder.forCase(CASE).parties(parties).territory(territory).missions(missions)
                .funding(funding, parties.signatureDate() == null).generatedOn(on)
                .blockers(parties.missingItems()).draftRequested(draftRequested).build();
    }

    @Test
    void aCompleteCaseUnderAci2019IsFinal() {
        AnnexReport report = report(AnnexFixtures.readyParties(), TERRITORY, SOCLES, Map.of(), false, TODAY);

        assertFalse(report.draft());
        assertEquals(List.of(), report.draftReasons());
        // 105 403 + 22 560 = 127 963 inhabitants: taille 3 (80 000 ≤ p < 175 000).
        assertEquals(127_963, report.territory().population());
        assertEquals(3, report.territory().sizeClass());
        assertEquals("INSEE, populations légales", report.territory().source());
        assertEquals("ACI-2019", report.rules().id());
        assertEquals(3, report.signatures().size());
        assertEquals(Party.ARS, report.signatures().get(2).party());
        assertEquals("Sophie Renaud", report.signatures().get(2).signatory().name());
    }

    @Test
    void aDraftIsAskedForEvenWhenReady() {
        AnnexReport report = report(AnnexFixtures.readyParties(), TERRITORY, SOCLES, Map.of(), true, TODAY);

        assertTrue(report.draft());
        assertEquals(List.of(DraftReason.of("annex.reason.requested")), report.draftReasons());
    }

    @Test
    void eachMissingRequirementIsAReason() {
        ContractParties bare = new ContractParties("CPTS Caen Ouest", "141234567", "", "CPAM du Calvados", "", null,
                null, null, "", null, null, null);

        AnnexReport report = report(bare, new Territory(List.of()), missions(Mission.ACCESS), Map.of(), false, TODAY);

        assertTrue(report.draft());
        assertEquals(List.of(
                DraftReason.of("annex.reason.rnaInvalid", "141234567"),
                DraftReason.of("annex.reason.seat"),
                DraftReason.of("annex.reason.arsName"),
                DraftReason.of("annex.reason.signatory", Party.CPTS),
                DraftReason.of("annex.reason.signatory", Party.CPAM),
                DraftReason.of("annex.reason.signatory", Party.ARS),
                DraftReason.of("annex.reason.signaturePlace"),
                DraftReason.of("annex.reason.signatureDate"),
                DraftReason.of("annex.reason.territoryEmpty"),
                DraftReason.of("annex.reason.socleMissing", Mission.PATHWAYS),
                DraftReason.of("annex.reason.socleMissing", Mission.PREVENTION),
                DraftReason.of("annex.reason.socleMissing", Mission.CRISIS),
                DraftReason.of("annex.reason.amountToConfirmStructure", Component.OPERATING)), report.draftReasons());
        // No signature date: the calendar counts from the generation date, provisionally.
        assertTrue(report.finance().signatureDateProvisional());
        assertEquals(TODAY, report.finance().signatureDate());
    }

    @Test
    void aProposedAmountKeepsTheAnnexADraftButTheContractsOwnAmountCountsAsConfirmed() {
        ContractParties underAmendment = withRules(AnnexFixtures.readyParties(), null);
        MissionContent withCrisis = missions(Mission.ACCESS, Mission.PATHWAYS, Mission.PREVENTION, Mission.CRISIS);
        Map<LineKey, BigDecimal> stated = Map.of(
                LineKey.OPERATING, new BigDecimal("75000"),
                new LineKey(Mission.CRISIS, Component.FIXED), new BigDecimal("22500"));

        AnnexReport report = report(underAmendment, TERRITORY, withCrisis, stated, false, TODAY);

        // taille 3 under avenant 2: operating and crisis fixed are the contract's own, the conditional part is proposed
        assertEquals("ACI-2019-AV2", report.rules().id());
        assertTrue(report.finance().usesAmountsToConfirm());
        assertEquals(List.of(DraftReason.of("annex.reason.amountToConfirm", Mission.CRISIS, Component.CONDITIONAL)),
                report.draftReasons());

        AnnexReport proposedOnly = report(underAmendment, TERRITORY, withCrisis, Map.of(), false, TODAY);
        assertEquals(List.of(DraftReason.of("annex.reason.amountToConfirmStructure", Component.OPERATING),
                DraftReason.of("annex.reason.amountToConfirm", Mission.CRISIS, Component.FIXED),
                DraftReason.of("annex.reason.amountToConfirm", Mission.CRISIS, Component.CONDITIONAL)),
                proposedOnly.draftReasons());
    }

    @Test
    void theIdentifierNamesTheContentNotTheDayItWasGenerated() {
        AnnexReport today = report(AnnexFixtures.readyParties(), TERRITORY, SOCLES, Map.of(), false, TODAY);
        AnnexReport tomorrow = report(AnnexFixtures.readyParties(), TERRITORY, SOCLES, Map.of(), false,
                TODAY.plusDays(1));
        AnnexReport otherPlace = report(withPlace(AnnexFixtures.readyParties(), "Hérouville-Saint-Clair"), TERRITORY,
                SOCLES, Map.of(), false, TODAY);

        assertEquals(8, today.documentId().length());
        assertTrue(today.documentId().matches("[0-9A-F]{8}"));
        assertEquals(today.documentId(), tomorrow.documentId());
        assertNotEquals(today.documentId(), otherPlace.documentId());
    }

    @Test
    void theIdentifierReadsAPaymentsExplanationAsAnnexesAlwaysDid() {
        // explanations are formatted on demand: the canonical text keeps their former form, so the
        // identifier of an annex generated before stays that of the same content generated now
        AnnexReport report = report(AnnexFixtures.readyParties(), TERRITORY, SOCLES, Map.of(), false, TODAY);

        String canonical = AnnexCanonical.text(report);

        assertTrue(canonical.contains(
                "explanation:{messageKey:\"funding.explain.operatingFull\",argumentList:[\"100\u00A0%\";\""), canonical);
    }

    @Test
    void rnaNumbersAreWFollowedByNineDigits() {
        assertTrue(ContractParties.isValidRna("W141234567"));
        assertFalse(ContractParties.isValidRna("W14123456"));
        assertFalse(ContractParties.isValidRna("141234567"));
        // Spaces and lower case are normalised.
        assertEquals("W141234567", withRna(AnnexFixtures.readyParties(), "w 141 234 567").rnaNumber());
    }

    private static ContractParties withRules(ContractParties p, String rules) {
        return new ContractParties(p.associationName(), p.rnaNumber(), p.seat(), p.cpamName(), p.arsName(),
                p.cptsSignatory(), p.cpamSignatory(), p.arsSignatory(), p.signaturePlace(), p.signatureDate(), rules,
                p.population());
    }

    private static ContractParties withPlace(ContractParties p, String place) {
        return new ContractParties(p.associationName(), p.rnaNumber(), p.seat(), p.cpamName(), p.arsName(),
                p.cptsSignatory(), p.cpamSignatory(), p.arsSignatory(), place, p.signatureDate(), p.rulesVersionId(),
                p.population());
    }

    private static ContractParties withRna(ContractParties p, String rna) {
        return new ContractParties(p.associationName(), rna, p.seat(), p.cpamName(), p.arsName(),
                p.cptsSignatory(), p.cpamSignatory(), p.arsSignatory(), p.signaturePlace(), p.signatureDate(),
                p.rulesVersionId(), p.population());
    }
}
