package fr.referentcpts.ui.missions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.IndicatorTier;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indicator's terms in the missions tab, without the toolkit: amount, tiers, data source, livrables. */
class IndicatorTermsFormTest {
    @TempDir
    Path dataDir;
    private AppContext context;
    private MissionsViewModel vm;
    private MissionDetailViewModel detail;
    private CaseFile caseFile;
    private final Messages messages = new Messages();

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        caseFile = context.caseFiles().create(new CaseIdentity("CPTS A", "14", "", ""), WorkflowStage.SIGNATURE);
        RulesVersion aci2019 = context.rules().get("ACI-2019", "rulesVersion");
        context.missions().saveMission(caseFile.id(), new CaseMission(Mission.ACCESS, true, null, false), aci2019);
        FakeDialogs dialogs = new FakeDialogs();
        vm = new MissionsViewModel(context.missions(), () -> aci2019, new SyncTaskRunner(), dialogs, messages, () -> { });
        detail = new MissionDetailViewModel(context.missions(), context.indicatorCatalog(), new SyncTaskRunner(),
                dialogs, messages, vm);
        vm.load(caseFile.id());
    }

    @AfterEach
    void close() {
        context.close();
    }

    private IndicatorFormViewModel form() {
        IndicatorFormViewModel form = new IndicatorFormViewModel(messages, caseFile.id(), Mission.ACCESS, null);
        form.labelProperty().set("Patients en ALD sans médecin traitant");
        form.directionProperty().set(Direction.LOWER_IS_BETTER);
        form.baselineProperty().set("219");
        return form;
    }

    private static void tier(IndicatorFormViewModel form, String threshold, String amount, String label) {
        TierRow row = form.addTier();
        row.thresholdProperty().set(threshold);
        row.amountProperty().set(amount);
        row.labelProperty().set(label);
    }

    private static String plain(String text) {
        return text.replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    @Test
    void tiersTypedTheFrenchWayAreSavedAndShownAsTheAnnexWritesThem() {
        IndicatorFormViewModel form = form();
        tier(form, "50", "9 000", "");
        tier(form, "100", "6000", "");
        form.addTier(); // a blank row is ignored
        tier(form, "219", "3 000,00", "");
        form.dataSourceProperty().set("Données issues de requêtes locales CPAM");

        Indicator typed = form.validated().orElseThrow();
        // amounts are read to the cent: « 9 000 » → 9000.00
        assertEquals(List.of(new IndicatorTier(new BigDecimal("50"), new BigDecimal("9000.00"), ""),
                new IndicatorTier(new BigDecimal("100"), new BigDecimal("6000.00"), ""),
                new IndicatorTier(new BigDecimal("219"), new BigDecimal("3000.00"), "")), typed.tiers());
        detail.saveIndicator(typed);

        IndicatorRow row = detail.indicators().getFirst();
        assertEquals("50 et moins → 9 000 € ; 51 à 100 → 6 000 € ; 101 à 219 → 3 000 €", plain(row.terms()));
        assertEquals("Patients en ALD sans médecin traitant : 50 et moins → 9 000 € ; 51 à 100 → 6 000 € ; 101 à 219 "
                + "→ 3 000 € — source des données : Données issues de requêtes locales CPAM", plain(row.details()));
        assertEquals("Montant maximal des indicateurs de la mission, par année : 9 000 €",
                plain(detail.maximumProperty().get()));
        assertTrue(detail.termsNoteProperty().get().startsWith("Paliers : le palier le plus exigeant atteint"));

        IndicatorFormViewModel reopened = new IndicatorFormViewModel(messages, caseFile.id(), Mission.ACCESS,
                row.indicator());
        assertEquals(List.of("50", "100", "219"), reopened.tiers().stream().map(t -> t.thresholdProperty().get())
                .toList());
        assertEquals("Données issues de requêtes locales CPAM", reopened.dataSourceProperty().get());
    }

    @Test
    void anAmountAloneIsPaidAtTheRateAndTheConventionIsSaid() {
        IndicatorFormViewModel form = form();
        form.directionProperty().set(Direction.HIGHER_IS_BETTER);
        form.amountProperty().set("2 500,50");
        form.targetProperty(1).set("200");
        form.targetProperty(2).set("250");
        detail.saveIndicator(form.validated().orElseThrow());

        assertEquals(new BigDecimal("2500.50"), detail.indicators().getFirst().indicator().amount());
        assertEquals("2 500,50 €", plain(detail.indicators().getFirst().terms()));
        // targets in years 1 and 2 only: it can be earned those years
        assertEquals("Montant maximal des indicateurs de la mission, par année : A1 : 2 500,50 € · A2 : 2 500,50 € · "
                + "A3 : 0 € · A4 : 0 € · A5 : 0 €", plain(detail.maximumProperty().get()));
        assertTrue(detail.termsNoteProperty().get().contains("convention de l’application"));
    }

    @Test
    void anIncompleteOrMalformedTierIsRefusedInFrench() {
        IndicatorFormViewModel form = form();
        tier(form, "50", "", "");
        assertTrue(form.validated().isEmpty());
        assertEquals("Chaque palier demande un seuil et un montant (ligne 1).", form.errorProperty().get());

        form.tiers().getFirst().amountProperty().set("neuf mille");
        assertTrue(form.validated().isEmpty());
        assertEquals("Montant (€) : « neuf mille » n’est pas un montant (ex. : 20 000 ou 20 000,50).",
                form.errorProperty().get());

        form.removeTier(form.tiers().getFirst());
        form.amountProperty().set("12,505 €");
        assertTrue(form.validated().isEmpty());
        assertEquals("Montant (€) : « 12,505 € » a trop de décimales (deux au plus).", form.errorProperty().get());
    }

    @Test
    void aHarderTierPayingLessIsRefusedBeforeSaving() {
        IndicatorFormViewModel form = form();
        tier(form, "50", "3000", "");
        tier(form, "100", "6000", "");
        assertTrue(form.validated().isEmpty());
        assertEquals("Le palier au seuil 50 est plus exigeant que le précédent mais rapporte moins : vérifiez les "
                + "montants.", form.errorProperty().get());
    }

    @Test
    void theCatalogueFillsTheDataSourceAndOffersTheUsualLivrables() {
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.mission() == Mission.PREVENTION).findFirst()
                .orElseThrow());
        var screening = detail.templates().stream().filter(t -> t.label().startsWith("Taux de participation"))
                .findFirst().orElseThrow();
        detail.addFromCatalog(screening);

        Indicator added = detail.indicators().getFirst().indicator();
        assertEquals("Données issues de requêtes locales CPAM", added.dataSource());
        assertNull(added.amount());
        assertTrue(detail.deliverableSuggestions().contains("Feuilles d’émargement, compte rendu, supports de "
                + "communication"));
        assertEquals(detail.deliverableSuggestions().stream().distinct().toList(), detail.deliverableSuggestions());
    }

    @Test
    void anActionKeepsItsLivrables() {
        detail.saveAction(new fr.referentcpts.core.missions.MissionAction(UUID.randomUUID(), caseFile.id(),
                Mission.ACCESS, "Soirée d’information", "", "", "", "", "Feuilles d’émargement, compte rendu"));
        assertEquals("Feuilles d’émargement, compte rendu", detail.actions().getFirst().deliverables());
    }
}
