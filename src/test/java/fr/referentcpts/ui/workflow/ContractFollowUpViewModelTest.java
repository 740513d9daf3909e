package fr.referentcpts.ui.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.settings.WorkflowSettings;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.testing.WorkflowFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The follow-up of a signed contract in the « Parcours », without the toolkit. The fixture's
 * contract is signed on 15/07/2025 (taille 1, avenant 2) with the crisis mission from signature,
 * 30 000 € per recognised crisis and 15 000 € at the validation of the lettre d'intention, both
 * stated by the contract; today is 22/11/2026, in contract year 2.
 */
class ContractFollowUpViewModelTest {
    private static final String NBSP = "\u00A0";

    @TempDir
    Path dataDir;
    private AppContext context;
    private WorkflowFixture fixture;
    private CaseFile caseFile;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final Messages messages = new Messages();
    private final SyncTaskRunner tasks = new SyncTaskRunner();
    private WorkflowViewModel workflow;
    private ContractFollowUpViewModel contract;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        fixture = new WorkflowFixture(context);
        caseFile = fixture.newCase("CPTS du Bocage Virois");
        context.settings().save(new WorkflowSettings("Camille Roussel", 8, 0));
        workflow = new WorkflowViewModel(context.workflow(), tasks, dialogs, messages, moved -> { });
        contract = new ContractFollowUpViewModel(context.contracts(), context.workflow().engine(),
                () -> WorkflowFixture.TODAY, tasks, dialogs, messages, workflow::refresh);
        workflow.attach(contract.forms());
    }

    @AfterEach
    void close() {
        context.close();
    }

    private void signed() {
        fixture.walkTo(caseFile.id(), WorkflowStage.FOLLOW_UP);
        workflow.load(caseFile.id());
    }

    @Test
    void aCrisisRecordedAppearsWithTheConditionalPartItTriggersOncePerYear() {
        signed();
        CrisesViewModel crises = contract.crises();
        assertTrue(crises.availableProperty().get(), "the contract has the crisis mission");
        assertEquals(List.of(), crises.rows());

        crises.dateProperty().set("10/03/2026");
        crises.referenceProperty().set("ARS-NOR-2026-014");
        crises.commentProperty().set("Épidémie de rougeole");
        crises.add();
        assertEquals(1, crises.rows().size());
        CrisesViewModel.CrisisRow row = crises.rows().getFirst();
        assertEquals("10/03/2026", row.date());
        assertEquals("ARS-NOR-2026-014", row.reference());
        assertEquals("Épidémie de rougeole", row.comment());
        assertEquals("1", row.year(), "15/07/2025 ≤ 10/03/2026 < 15/07/2026: contract year 1");
        assertEquals("30\u202F000,00" + NBSP + "€", row.paid());
        assertEquals("", crises.dateProperty().get(), "ready for the next one");
        assertTrue(workflow.history().stream().anyMatch(h -> h.title().equals("Crise sanitaire grave reconnue par l’ARS")
                && h.date().equals("10/03/2026")), "in the history");

        // A second crisis the same contract year pays nothing more (avenant 2: once a year).
        crises.dateProperty().set("02/06/2026");
        crises.add();
        assertEquals(2, crises.rows().size());
        assertEquals("– (part déjà versée pour l’année 1)", crises.rows().get(1).paid());
        // Year 2 has its own.
        crises.dateProperty().set("05/09/2026");
        crises.add();
        assertEquals("2", crises.rows().get(2).year());
        assertEquals("30\u202F000,00" + NBSP + "€", crises.rows().get(2).paid());

        dialogs.answer = true;
        crises.delete(crises.rows().getFirst());
        assertTrue(dialogs.shown.getLast().startsWith("confirm: Supprimer la crise reconnue le 10/03/2026 ?"),
                dialogs.shown.getLast());
        assertEquals(2, crises.rows().size());
        assertEquals("02/06/2026", crises.rows().getFirst().date());
        assertEquals("30\u202F000,00" + NBSP + "€", crises.rows().getFirst().paid(),
                "now the first crisis of year 1, it triggers the year's payment");
    }

    @Test
    void aCrisisInTheFutureOrOutsideTheContractIsRefusedInFrenchAndNothingIsRecorded() {
        signed();
        CrisesViewModel crises = contract.crises();
        crises.dateProperty().set("01/12/2026");
        crises.add();
        assertEquals("Le 01/12/2026 est dans le futur : indiquez une date passée ou celle d’aujourd’hui.",
                crises.errorProperty("date").get());
        assertEquals("Non enregistré : corrigez les champs signalés.", crises.saveStateProperty().get());

        crises.dateProperty().set("01/07/2025");
        crises.add();
        assertEquals("Le 01/07/2025 est hors du contrat (du 15/07/2025 au 15/07/2030).",
                crises.errorProperty("date").get());

        crises.dateProperty().set("");
        crises.add();
        assertEquals("Indiquez la date.", crises.errorProperty("date").get());
        assertEquals(List.of(), crises.rows());
        assertEquals(List.of(), context.workflow().snapshot(caseFile.id()).contract().crises());
    }

    @Test
    void thePlanListsTheYearsDueSavesOneAndSaysWhichAreStillMissing() {
        signed();
        CrisisPlanViewModel plan = contract.plan();
        assertTrue(plan.availableProperty().get());
        assertEquals(5, plan.rows().size(), "the mission runs from signature: five contract years");
        assertEquals("Année 1 (du 15/07/2025 au 14/07/2026)", plan.rows().getFirst().label());
        assertEquals("à rédiger d’ici le 14/07/2026", plan.rows().get(0).state());
        assertEquals("à mettre à jour d’ici le 14/07/2027", plan.rows().get(1).state());
        assertEquals("année à venir", plan.rows().get(2).state());
        // year 2 runs until 14/07/2027: its update is not due yet, only year 1's plan is late
        assertEquals("Plan manquant pour l’année : 1", plan.missingProperty().get());
        assertEquals(1, plan.yearProperty().get(), "the first year missing is shown");
        assertEquals("Rédigé le", plan.dateLabelProperty().get());
        assertTrue(missing("FOLLOW_CRISIS_PLAN:1"));

        plan.dateProperty().set("03/09/2025");
        plan.commentProperty().set("Plan validé en assemblée générale");
        plan.save();
        assertEquals("rédigé le 03/09/2025", plan.rows().getFirst().state());
        assertEquals("Aucun plan en retard ; année 2 : à mettre à jour d’ici le 14/07/2027.",
                plan.missingProperty().get());
        assertFalse(missing("FOLLOW_CRISIS_PLAN:1"), "the requirement of year 1 is met");
        assertEquals(RequirementRow.State.UPCOMING, state("FOLLOW_CRISIS_PLAN:2"), "due by the end of year 2");
        assertEquals(2, plan.yearProperty().get(), "on to the current year");
        assertEquals("Mis à jour le", plan.dateLabelProperty().get());
        assertTrue(workflow.history().stream().anyMatch(h -> h.title().equals("Plan de réponse aux crises sanitaires")
                && h.date().equals("03/09/2025")), "in the history");

        plan.dateProperty().set("10/12/2026");
        plan.save();
        assertEquals("Le 10/12/2026 est dans le futur : indiquez une date passée ou celle d’aujourd’hui.",
                plan.errorProperty("date").get());

        plan.dateProperty().set("01/10/2026");
        plan.save();
        assertEquals("Plan à jour pour les années commencées.", plan.missingProperty().get());

        plan.yearProperty().set(1);
        assertEquals("03/09/2025", plan.dateProperty().get());
        assertEquals("Plan validé en assemblée générale", plan.commentProperty().get());
        assertTrue(plan.canDeleteProperty().get());
        plan.delete();
        assertEquals("à rédiger d’ici le 14/07/2026", plan.rows().getFirst().state());
        assertEquals("Plan manquant pour l’année : 1", plan.missingProperty().get());
    }

    @Test
    void thePaymentFileSaysSiretInvalidAsTypedAndOnceCompleteMeetsTheRequirement() {
        fixture.walkTo(caseFile.id(), WorkflowStage.SIGNATURE);
        workflow.load(caseFile.id());
        PaymentFileViewModel file = contract.paymentFile();
        assertTrue(missing("SIGN_PAYMENT_FILE"));
        assertEquals("Dossier incomplet – manque : RIB, SIRET valide.", file.completenessProperty().get());

        file.siretProperty().set("892 345 678");
        assertEquals("", file.errorProperty("siret").get(), "not all typed yet");
        file.siretProperty().set("892 345 678 00016");
        assertEquals("SIRET invalide.", file.errorProperty("siret").get());
        file.ribReceivedProperty().set("02/11/2026");
        file.save();
        assertEquals("SIRET invalide.", file.errorProperty("siret").get());
        assertTrue(missing("SIGN_PAYMENT_FILE"), "nothing saved");

        file.siretProperty().set("892 345 678 00015");
        assertEquals("", file.errorProperty("siret").get());
        file.finessProperty().set("14001");
        assertEquals("", file.errorProperty("finess").get());
        file.finessProperty().set("1400A0019");
        assertEquals("FINESS invalide.", file.errorProperty("finess").get());
        assertEquals("Dossier incomplet – manque : FINESS valide.", file.completenessProperty().get());
        file.finessProperty().set("");
        assertEquals("Dossier complet.", file.completenessProperty().get());
        assertTrue(file.completeProperty().get());
        file.save();
        assertFalse(missing("SIGN_PAYMENT_FILE"), "the requirement is met");
        assertEquals("89234567800015", context.workflow().snapshot(caseFile.id()).contract().paymentFile().siret());
        assertEquals("89234567800015", file.siretProperty().get());
    }

    @Test
    void aPaymentFileSavedMeanwhileInAnotherWindowIsNotOverwritten() {
        fixture.walkTo(caseFile.id(), WorkflowStage.SIGNATURE);
        workflow.load(caseFile.id());
        PaymentFileViewModel other = new PaymentFileViewModel(context.contracts(), tasks, dialogs, messages, () -> { });
        other.show(context.workflow().snapshot(caseFile.id()));
        contract.paymentFile().ribReceivedProperty().set("02/11/2026");
        contract.paymentFile().save();
        other.siretProperty().set(WorkflowFixture.SIRET);
        other.save();
        assertTrue(dialogs.shown.getLast().startsWith("error: "), dialogs.shown.toString());
        assertEquals("", context.workflow().snapshot(caseFile.id()).contract().paymentFile().siret(),
                "the stale save changed nothing");
    }

    @Test
    void thePaymentAtTheLetterValidationIsShownAndCanBeRecordedAsReceived() {
        signed();
        LetterPaymentViewModel letter = contract.letterPayment();
        assertEquals("Versement Assurance Maladie à la validation de la lettre d’intention : 15\u202F000,00" + NBSP
                + "€ (confirmé)", letter.amountProperty().get());
        assertEquals("Dû le 22/12/2023 (avenant 2 à l’ACI).\nUne fois reçu, enregistrez-le dans les versements reçus"
                + " du suivi du contrat.", letter.detailProperty().get());

        PaymentsViewModel payments = new PaymentsViewModel(context.followUp(), context.workflow().engine(),
                () -> WorkflowFixture.TODAY, tasks, dialogs, messages, workflow::refresh);
        workflow.attach(payments);
        workflow.refresh();
        PaymentsViewModel.LineChoice line = payments.lines().stream()
                .filter(l -> l.key() != null && l.key().component() == Component.LETTER_OF_INTENT).findFirst()
                .orElseThrow();
        assertEquals("Versement à la validation de la lettre d’intention", line.label());
        payments.dateProperty().set("15/01/2024");
        payments.amountProperty().set("15 000");
        payments.lineProperty().set(line);
        payments.add();
        assertEquals("Versement à la validation de la lettre d’intention", payments.rows().getFirst().line());
        assertEquals("Dû le 22/12/2023 (avenant 2 à l’ACI).\nReçu : 15\u202F000,00" + NBSP + "€.",
                letter.detailProperty().get());
    }

    private RequirementRow.State state(String code) {
        return workflow.requirements().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().state();
    }

    private boolean missing(String code) {
        return workflow.requirements().stream().filter(r -> r.code().equals(code)).findFirst()
                .map(r -> r.state() != RequirementRow.State.MET).orElseThrow(() -> new AssertionError(code + " "
                        + workflow.requirements().stream().map(RequirementRow::code).toList()));
    }
}
