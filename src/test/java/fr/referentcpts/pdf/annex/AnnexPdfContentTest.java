package fr.referentcpts.pdf.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.annex.GeneratedAnnex;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.funding.FundingInput;
import fr.referentcpts.core.funding.FundingResult;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.MissionChoice;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.testing.AnnexFixtures;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annexes read back as text: every section, French formats, the funding engine's very figures, flowing tables. */
class AnnexPdfContentTest {
    private static final char NNBSP = '\u202F';
    /** An amount with cents as FrenchFormat writes it: « 11 250,00 € ». */
    private static final String AMOUNT = "\\d{1,3}(?:\u202F\\d{3})*,\\d{2}\u00A0€";
    private static final Pattern CALENDAR_ROW = Pattern.compile("^(\\d{2}/\\d{2}/\\d{4}) ([1-5]) .*?(" + AMOUNT + ")",
            Pattern.MULTILINE);

    @TempDir
    Path dataDir;
    private AppContext context;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private GeneratedAnnex finalAnnex(int communes) {
        CaseFile caseFile = AnnexFixtures.caseWithContent(context, communes);
        return context.annexes(AnnexFixtures.sources(context, AnnexFixtures.readyParties(), Map.of()))
                .generate(caseFile.id(), false);
    }

    /** The same contract computed directly by the engine, from the fixture's figures. */
    private FundingResult engineResult(int communes) {
        long population = AnnexFixtures.calvados(communes).stream().mapToLong(TerritoryCommune::population).sum();
        FundingInput input = FundingInput.builder(population, AnnexFixtures.SIGNATURE)
                .rulesVersion(AnnexFixtures.ACI_2019)
                .mission(MissionChoice.atSignature(Mission.ACCESS).withSnpOrientation())
                .mission(MissionChoice.startingOn(Mission.PATHWAYS, LocalDate.of(2026, 9, 1)))
                .mission(MissionChoice.startingOn(Mission.PREVENTION, LocalDate.of(2027, 1, 4)))
                .mission(MissionChoice.startingOn(Mission.QUALITY, LocalDate.of(2026, 6, 1)))
                .build();
        return new FundingEngine(context.rules()).compute(input);
    }

    @Test
    void everySectionIsPrintedInFrench() {
        String text = PdfChecks.text(finalAnnex(12).content());

        for (String expected : List.of("Annexes au contrat tripartite", "Parties et règles applicables",
                "Association CPTS Association CPTS Caen Ouest", "Numéro RNA W143012345",
                "Siège 12 rue de Bayeux, 14000 Caen", "CPAM du Calvados", "ARS Normandie",
                "ACI du 20 juin 2019 (ACI-2019), en vigueur le 25/08/2019", "Références juridiques",
                "Arrêté du 21 août 2019",
                "Annexe 1 – Territoire de la CPTS", "14001 Ablon", "Total 12 communes 12" + NNBSP + "912",
                "Population retenue au contrat : 12" + NNBSP + "912 habitants (INSEE, populations légales 2022).",
                "Taille de la CPTS : taille 1",
                "Annexe 2 – Missions", "Accès aux soins – Mission socle", "Démarrage de la mission : 15/03/2026.",
                "démarrage au plus tard le 15/09/2026, déploiement complet au plus tard le 15/09/2027",
                "Qualité et pertinence des soins – Mission optionnelle", "pas de délai de déploiement",
                "Trouver un médecin traitant aux patients en affection de longue durée", "pilote : Dr Hélène Marchand",
                "Patients en ALD sans médecin", "Plus c’est bas, mieux c’est", "Résultats", "Moyens",
                "Annexe 3 – Financement (taille 1)", "Enveloppe annuelle", "Fonctionnement 50" + NNBSP + "000,00\u00A0€",
                "Montant annuel maximal 210" + NNBSP + "000,00\u00A0€", "Calendrier des versements sur cinq ans",
                "Totaux par année de contrat", "Année 1 (du 15/03/2026 au 14/03/2027)", "Totaux par année civile",
                "Signatures", "Pour la CPTS", "Pour la CPAM", "Pour l’ARS", "Fait à Caen, le 15/03/2026",
                "Dr Claire Dubois", "Président·e de l’association", "Marc Lebrun", "Directeur·rice de la CPAM",
                "Sophie Renaud", "Délégué·e départemental·e de l’ARS,", "par délégation")) {
            assertTrue(text.contains(expected), () -> "missing « " + expected + " » in:\n" + text);
        }
    }

    @Test
    void everyAmountOfTheCalendarIsTheFundingEnginesForTheSameCase() {
        String text = PdfChecks.text(finalAnnex(12).content());
        FundingResult engine = engineResult(12);

        String calendar = text.substring(text.indexOf("Calendrier des versements"),
                text.indexOf("Totaux par année de contrat"));
        List<String> printed = new ArrayList<>();
        Matcher row = CALENDAR_ROW.matcher(calendar);
        while (row.find()) {
            printed.add(row.group(1) + " " + row.group(2) + " " + row.group(3));
        }
        List<String> expected = engine.payments().stream().map(p -> FrenchFormat.date(p.date()) + " "
                + p.contractYear() + " " + FrenchFormat.amount(p.amount())).toList();
        assertEquals(expected, printed);
        assertTrue(expected.size() > 40, "a full five-year calendar");
        assertTrue(calendar.contains("Total du contrat " + FrenchFormat.amount(engine.contractTotal())));
        assertTrue(text.contains("Montant annuel maximal " + FrenchFormat.amount(engine.annualTotal())));
        engine.totalsByContractYear().values().forEach(total ->
                assertTrue(text.contains(FrenchFormat.amount(total)), total::toPlainString));
        // The prorata explanations are printed with their figures: 75 % of 25 000 € over 195 of 365 days.
        assertTrue(calendar.contains("75 % de 25" + NNBSP + "000 € × 195/365 jours (démarrage") || calendar.contains(
                "75 % de 25" + NNBSP + "000 € × 195/365 jours (démarrage"), calendar);
    }

    @Test
    void amountsUseTheNarrowNoBreakSpaceAndDatesAreDayMonthYear() {
        String text = PdfChecks.text(finalAnnex(12).content());

        assertTrue(text.contains("210" + NNBSP + "000,00\u00A0€"));
        assertFalse(Pattern.compile("\\d \\d{3},\\d{2}").matcher(text).find(), "no ordinary space inside an amount");
        assertFalse(Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(text).find(), "no ISO date");
        assertTrue(text.contains("15/03/2031"), "contract end, dd/MM/yyyy");
    }

    @Test
    void fortyCommunesFlowOverPagesWithoutCuttingARow() {
        List<TerritoryCommune> communes = AnnexFixtures.calvados(40);
        byte[] pdf = finalAnnex(40).content();
        PdfChecks.keep("forty-communes.pdf", pdf);
        List<String> pages = PdfChecks.pages(pdf);

        List<Integer> pagesOfRows = new ArrayList<>();
        for (TerritoryCommune commune : communes) {
            String row = commune.inseeCode() + " " + commune.name() + " " + FrenchFormat.integer(commune.population());
            int page = -1;
            for (int i = 0; i < pages.size(); i++) {
                if (pages.get(i).lines().anyMatch(line -> line.equals(row))) {
                    page = i;
                }
            }
            assertTrue(page >= 0, () -> "row « " + row + " » printed whole on one line of one page");
            pagesOfRows.add(page);
        }
        int first = pagesOfRows.getFirst();
        int last = pagesOfRows.getLast();
        assertTrue(last > first, "the territory flows over at least two pages");
        for (int page = first + 1; page <= last; page++) {
            assertTrue(pages.get(page).contains("Code INSEE Commune Population"), "header repeated on page " + page);
        }
        long total = communes.stream().mapToLong(TerritoryCommune::population).sum();
        assertTrue(pages.get(last).contains("Total 40 communes " + FrenchFormat.integer(total)));
    }

    @Test
    void amountsToConfirmAreMarkedOnTheDraftUnderAmendmentTwo() {
        CaseFile caseFile = AnnexFixtures.caseWithContent(context, 6);
        context.missions().saveMission(caseFile.id(), new fr.referentcpts.core.missions.CaseMission(Mission.CRISIS,
                true, null, false), context.rules().find("ACI-2019-AV2").orElseThrow());
        fr.referentcpts.core.annex.ContractParties p = AnnexFixtures.readyParties();
        fr.referentcpts.core.annex.ContractParties underAmendment = new fr.referentcpts.core.annex.ContractParties(
                p.associationName(), p.rnaNumber(), p.seat(), p.cpamName(), p.arsName(), p.cptsSignatory(),
                p.cpamSignatory(), p.arsSignatory(), p.signaturePlace(), p.signatureDate(), "ACI-2019-AV2", null);
        Map<fr.referentcpts.core.funding.LineKey, java.math.BigDecimal> entered = Map.of(
                new fr.referentcpts.core.funding.LineKey(Mission.CRISIS, fr.referentcpts.core.funding.Component.FIXED),
                new java.math.BigDecimal("40000"));

        GeneratedAnnex draft = context.annexes(AnnexFixtures.sources(context, underAmendment, entered))
                .generate(caseFile.id(), true);
        String text = PdfChecks.text(draft.content());

        assertTrue(draft.report().draft());
        // taille 1 under the avenant as shipped: fonctionnement proposed, the conditional crisis part unknown
        assertTrue(text.contains("Montant proposé, non confirmé par un texte ni par la cellule : Fonctionnement"), text);
        assertTrue(text.contains("Fonctionnement 50" + NNBSP + "000,00\u00A0€ (proposé)"), text);
        assertTrue(text.contains("Montant inconnu, à confirmer par la cellule (ou propre au contrat) : Crises "
                + "sanitaires graves – Part conditionnelle"), text);
        assertTrue(text.contains("Montant propre au contrat – Crises sanitaires graves – Volet fixe"), text);
        assertTrue(text.contains("(montant proposé, à confirmer)"), "payments of a proposed line say so");
    }

    @Test
    void aNewCaseGivesADraftThatSaysWhatIsMissing() {
        CaseFile empty = context.caseFiles().create(new fr.referentcpts.core.casefile.CaseIdentity(
                "CPTS du Pays d’Auge Sud", "14", "", ""));

        GeneratedAnnex draft = context.annexes().generate(empty.id(), true);
        String text = PdfChecks.text(draft.content());

        assertTrue(text.contains("Aucune commune n’est encore inscrite au territoire."), text);
        assertTrue(text.contains("Aucune mission n’est encore choisie."));
        assertTrue(text.contains("Territoire sans commune"));
        assertTrue(text.contains("Le dossier est à l’étape « Pré-projet »"));
        assertTrue(text.contains("Date de signature non fixée : calendrier calculé à titre provisoire à partir du "
                + "22/11/2026"), text);
        assertTrue(text.contains("Fait à ………………, le ………………"));
    }
}
