package fr.referentcpts.pdf.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.annex.GeneratedAnnex;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.IndicatorKind;
import fr.referentcpts.core.missions.IndicatorTier;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.testing.AnnexFixtures;
import fr.referentcpts.testing.TestData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The missions annex prints each indicator's terms and each action's livrables the way real annexes do. */
class AnnexIndicatorTermsPdfTest {
    @TempDir
    Path dataDir;
    private AppContext context;
    private byte[] pdf;

    private static IndicatorTier tier(String threshold, String amount, String label) {
        return new IndicatorTier(new BigDecimal(threshold), new BigDecimal(amount), label);
    }

    @BeforeEach
    void generate() {
        context = TestData.open(dataDir);
        CaseFile caseFile = AnnexFixtures.caseWithContent(context, 3);
        UUID id = caseFile.id();
        context.missions().saveIndicator(new Indicator(UUID.randomUUID(), id, Mission.ACCESS,
                "Patients en ALD sans médecin traitant ayant trouvé un médecin traitant", IndicatorKind.RESULTS,
                "patients", new BigDecimal("219"), Direction.LOWER_IS_BETTER, BigDecimal.ONE,
                Map.of(1, new BigDecimal("150"), 2, new BigDecimal("100"), 3, new BigDecimal("50")), Map.of(), null,
                List.of(tier("219", "3000", ""), tier("100", "6000", ""), tier("50", "9000", "")),
                "Données issues de requêtes locales CPAM"));
        context.missions().saveIndicator(new Indicator(UUID.randomUUID(), id, Mission.PREVENTION,
                "Dépistage du cancer du sein", IndicatorKind.RESULTS, "%", new BigDecimal("66.26"),
                Direction.HIGHER_IS_BETTER, BigDecimal.ONE,
                Map.of(1, new BigDecimal("69.70"), 2, new BigDecimal("72.40"), 3, new BigDecimal("75")), Map.of(),
                null, List.of(tier("69.70", "1000", "socle"), tier("72.40", "2500", "intermédiaire"),
                        tier("75", "3500", "objectif")), "Données issues de requêtes locales CPAM"));
        context.missions().saveIndicator(new Indicator(UUID.randomUUID(), id, Mission.PREVENTION,
                "Actions de prévention menées", IndicatorKind.MEANS, "actions", null, Direction.HIGHER_IS_BETTER,
                BigDecimal.ONE, Map.of(1, new BigDecimal("4"), 2, new BigDecimal("6")), Map.of(),
                new BigDecimal("2000"), List.of(), "Bilan d’activité de la CPTS"));
        context.missions().saveAction(new MissionAction(UUID.randomUUID(), id, Mission.PREVENTION,
                "Soirées d’information sur le dépistage", "", "Coordinatrice", "", "2026–2027",
                "Feuilles d’émargement, compte rendu"));
        GeneratedAnnex annex = context.annexes(AnnexFixtures.sources(context, AnnexFixtures.readyParties(), Map.of()))
                .generate(id, true);
        pdf = annex.content();
        PdfChecks.keep("indicator-terms.pdf", pdf);
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** The text as a reader copies it: French no-break spaces as plain spaces, a paragraph's line breaks as spaces. */
    private String text() {
        return PdfChecks.text(pdf).replace('\u202F', ' ').replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void tiersAreWrittenAsTheContractsWriteThem() {
        String text = text();
        for (String expected : List.of("50 et moins → 9 000 €", "51 à 100 → 6 000 €", "101 à 219 → 3 000 €",
                "socle : ≥ 69,70 % → 1 000 €", "objectif : ≥ 75 % → 3 500 €")) {
            assertTrue(text.contains(expected), () -> "missing « " + expected + " » in:\n" + text);
        }
        // « intermédiaire : ≥ 72,40 % → 2 500 € » may wrap in its column: its two halves are printed
        assertTrue(text.contains("intermédiaire : ≥ 72,40 %") && text.contains("2 500 €"), text);
    }

    @Test
    void initialValuesTargetsAmountsDataSourcesAndLivrablesArePrinted() {
        String text = text();
        for (String expected : List.of("valeur de départ : 219", "valeur de départ : 66,26 %",
                // the data source wraps in the indicator's cell
                "source des données : Données issues", "requêtes locales CPAM",
                "source des données : Bilan d’activité",
                "livrables : Feuilles d’émargement, compte rendu", "2 000 €",
                "Résultats · patients · Plus c’est bas",
                // ACCESS: 9 000 € every year (tiers apply whatever the year)
                "Montant maximal des indicateurs de la mission : 9 000 € par année de contrat.",
                // PREVENTION: 3 500 + 2 000 where the amount-only indicator has a target (years 1–2), 3 500 after
                "Montant maximal des indicateurs de la mission par année de contrat : Année 1 : 5 500 € ; "
                        + "Année 2 : 5 500 € ; Année 3 : 3 500 € ; Année 4 : 3 500 € ; Année 5 : 3 500 €.",
                "Paliers : le palier le plus exigeant atteint est versé",
                "convention de l’application")) {
            assertTrue(text.contains(expected), () -> "missing « " + expected + " » in:\n" + text);
        }
        assertTrue(text.contains("69,70 72,40 75 "), "targets per year as the contract writes them");
    }

    @Test
    void aMissionWithoutAmountsHasNoAmountColumn() {
        // PATHWAYS states no amount: its table keeps the target columns only
        String text = text();
        String pathways = text.substring(text.indexOf("Parcours pluriprofessionnels – Mission socle"),
                text.indexOf("Prévention – Mission socle"));
        assertTrue(pathways.contains("Poids") && !pathways.contains("Montant"), pathways);
    }

    @Test
    void theAnnexWithTermsStaysPdfA2b() {
        assertEquals(List.of(), PdfChecks.pdfA2bFailures(pdf));
    }
}
