package fr.referentcpts.core.funding;

import static fr.referentcpts.core.funding.ShippedRules.CATALOG;
import static fr.referentcpts.core.funding.ShippedRules.date;
import static fr.referentcpts.core.funding.ShippedRules.euros;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.testing.ConfirmedRules;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A cellule confirms a rules version once: a new immutable version, the default of new contracts. */
class RulesConfirmationTest {
    static final LineKey CRISIS_FIXED = ConfirmedRules.CRISIS_FIXED;

    static RulesConfirmationRequest cpam14() {
        return ConfirmedRules.cpam14();
    }

    static RulesConfirmationRequest.LineAmounts line(LineKey key, String... amounts) {
        return ConfirmedRules.line(key, amounts);
    }

    /** The shipped catalog plus the CPAM 14 confirmation. */
    static RulesCatalog confirmedCatalog() {
        return CATALOG.with(RulesConfirmations.confirm(CATALOG, cpam14(), date("2026-12-05")));
    }

    @Test
    void theConfirmedVersionHasEveryCellConfirmedAndRecordsWhoWhenAndWhichText() {
        RulesVersion confirmed = RulesConfirmations.confirm(CATALOG, cpam14(), date("2026-12-05"));
        assertEquals("ACI-2019-AV2-CPAM14", confirmed.id());
        assertEquals(new RulesConfirmation("ACI-2019-AV2", "Camille Roussel", date("2026-11-20"),
                "Avenant 2, JO du 31/03/2022, art. 8"), confirmed.confirmation());
        assertEquals(0, confirmed.cellsToConfirm());
        BaremeCell operating = confirmed.line(LineKey.OPERATING).orElseThrow().cell(SizeClass.T2);
        assertEquals(RuleStatus.CELLULE, operating.status());
        assertEquals(euros("60000"), operating.amount());
        assertEquals("Avenant 2, JO du 31/03/2022, art. 8 – confirmé par la cellule (Camille Roussel) (20/11/2026)",
                operating.source().citation());
        // cells the texts state keep their source
        assertEquals(RuleStatus.CONFIRMED, confirmed.line(new LineKey(Mission.PATHWAYS, Component.FIXED)).orElseThrow()
                .cell(SizeClass.T1).status());
        // the completed version is untouched: a version never changes
        assertEquals(5, CATALOG.find("ACI-2019-AV2").orElseThrow().lines().stream().filter(l -> !l.confirmed()).count());
    }

    @Test
    void newContractsDefaultToTheLatestConfirmationButTheTextVersionStaysInForce() {
        RulesCatalog catalog = confirmedCatalog();
        assertEquals("ACI-2019-AV2", catalog.versionInForceAt(date("2026-03-15")).id());
        assertEquals("ACI-2019-AV2-CPAM14", catalog.defaultAt(date("2026-03-15")).id());
        RulesConfirmationRequest correction = new RulesConfirmationRequest("ACI-2019-AV2-CPAM14-2",
                "ACI-2019-AV2-CPAM14", "Léa Martin", date("2026-12-04"), "Avenant 2, rectificatif",
                List.of(line(CRISIS_FIXED, "11000", "15000", "22500", "30000")));
        RulesCatalog corrected = catalog.with(RulesConfirmations.confirm(catalog, correction, date("2026-12-05")));
        assertEquals("ACI-2019-AV2-CPAM14-2", corrected.latest(corrected.find("ACI-2019-AV2").orElseThrow()).id());
        RulesVersion aci2019 = corrected.find("ACI-2019").orElseThrow();
        assertSame(aci2019, corrected.latest(aci2019));
    }

    @Test
    void underTheConfirmedVersionATaille3ContractIsFinalCapable() {
        FundingEngine engine = new FundingEngine(confirmedCatalog());
        FundingResult result = engine.compute(FundingInput.builder(105_452, date("2026-03-15"))
                .missions(Mission.ACCESS, Mission.PATHWAYS, Mission.PREVENTION, Mission.CRISIS).build());
        assertEquals("ACI-2019-AV2-CPAM14", result.rules().id());
        assertTrue(result.finalCapable());
        assertEquals(AmountStatus.CELLULE, result.annual().getFirst().status());
    }

    @Test
    void aBadConfirmationIsRefusedWithItsField() {
        RulesConfirmationRequest ok = cpam14();
        assertField("id", new RulesConfirmationRequest("ACI-2019-AV2", ok.completes(), ok.confirmedBy(),
                ok.confirmedOn(), ok.text(), ok.amounts()));
        assertField("completes", new RulesConfirmationRequest(ok.id(), "ACI-2030", ok.confirmedBy(),
                ok.confirmedOn(), ok.text(), ok.amounts()));
        assertField("text", new RulesConfirmationRequest(ok.id(), ok.completes(), ok.confirmedBy(),
                ok.confirmedOn(), " ", ok.amounts()));
        assertField("confirmedOn", new RulesConfirmationRequest(ok.id(), ok.completes(), ok.confirmedBy(),
                date("2027-01-01"), ok.text(), ok.amounts()));
        assertField("amounts[0].line", new RulesConfirmationRequest(ok.id(), ok.completes(), ok.confirmedBy(),
                ok.confirmedOn(), ok.text(), List.of(line(new LineKey(Mission.CRISIS, Component.VARIABLE), "1"))));
        assertField("amounts[0].amounts.1", new RulesConfirmationRequest(ok.id(), ok.completes(), ok.confirmedBy(),
                ok.confirmedOn(), ok.text(), List.of(line(LineKey.OPERATING, "-5"))));
    }

    @Test
    void aCorrectionThatBreaksATotalOfTheTextLeavesThatTotalUnknown() {
        RulesConfirmationRequest correction = new RulesConfirmationRequest("ACI-2019-AV2-X", "ACI-2019-AV2", "X",
                date("2026-12-01"), "Texte", List.of(line(new LineKey(Mission.PATHWAYS, Component.FIXED), "26000")));
        RulesVersion version = RulesConfirmations.confirm(CATALOG, correction, date("2026-12-05"));
        BaremeTotal pathways = version.totals().stream().filter(t -> t.id().equals("PATHWAYS")).findFirst().orElseThrow();
        assertEquals(RuleStatus.TO_CONFIRM, pathways.status());
        assertFalse(version.totals().stream().filter(t -> t.id().equals("PREVENTION")).findFirst().orElseThrow()
                .amounts().isEmpty());
    }

    private static void assertField(String field, RulesConfirmationRequest request) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> RulesConfirmations.confirm(CATALOG, request, date("2026-12-05")));
        assertEquals(field, e.field());
    }
}
