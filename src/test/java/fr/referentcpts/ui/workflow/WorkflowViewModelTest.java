package fr.referentcpts.ui.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingKind;
import fr.referentcpts.core.people.Profession;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.core.settings.WorkflowSettings;
import fr.referentcpts.core.workflow.ContactParty;
import fr.referentcpts.core.workflow.DecidedBy;
import fr.referentcpts.core.workflow.Place;
import fr.referentcpts.core.workflow.PreProject;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.testing.WorkflowFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The « Parcours » without the toolkit: requirements shown, transitions asked for, follow-up forms. */
class WorkflowViewModelTest {
    private static final LocalDate TODAY = WorkflowFixture.TODAY;

    @TempDir
    Path dataDir;
    private AppContext context;
    private WorkflowFixture fixture;
    private CaseFile caseFile;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final Messages messages = new Messages();
    private final SyncTaskRunner tasks = new SyncTaskRunner();
    private final List<CaseFile> moved = new ArrayList<>();
    private WorkflowViewModel vm;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        fixture = new WorkflowFixture(context);
        caseFile = fixture.newCase("CPTS du Bocage Virois");
        context.settings().save(new WorkflowSettings("Camille Roussel", 8, 0));
        vm = new WorkflowViewModel(context.workflow(), tasks, dialogs, messages, moved::add);
        vm.load(caseFile.id());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void anEmptyCaseShowsWhatIsMissingInRedAndTheNextAction() {
        assertEquals(WorkflowStage.PRE_PROJECT, vm.stageProperty().get());
        assertEquals("Pré-projet", vm.stageLabelProperty().get());
        assertEquals("Complétez l’équipe projet (onglet « Équipe et partenaires ») : au moins 2 professionnels de santé"
                + " de 2 professions différentes.", vm.nextActionProperty().get());
        assertEquals(Place.TEAM, vm.nextPlaceProperty().get());
        assertEquals(6, vm.requirements().stream()
                .filter(r -> r.state() == RequirementRow.State.MISSING_BLOCKING).count());
        assertEquals("6 élément(s) bloquant(s) manquant(s), 0 avertissement(s), 1 élément(s) réuni(s)",
                vm.summaryProperty().get());
        assertFalse(vm.canAdvanceProperty().get());
        assertEquals("Passer à l’étape suivante : Lettre d’intention", vm.advanceLabelProperty().get());
        assertTrue(vm.canAbandonProperty().get());
        assertFalse(vm.canTerminateProperty().get());
        assertFalse(vm.canGoBackProperty().get());
    }

    @Test
    void aRunningContractShowsItsEndToComeInGreyNeitherMissingNorTheNextAction() {
        fixture.walkTo(caseFile.id(), WorkflowStage.FOLLOW_UP);
        vm.refresh();
        RequirementRow end = row("FOLLOW_CONTRACT_END");
        assertEquals(RequirementRow.State.UPCOMING, end.state());
        assertEquals("Contrat arrivé à échéance", end.label());
        assertEquals("à venir le 15/07/2030", end.detail());
        assertEquals(0, vm.requirements().stream().filter(r -> r.state() == RequirementRow.State.MISSING_BLOCKING).count());
        assertTrue(vm.summaryProperty().get().startsWith("0 élément(s) bloquant(s) manquant(s)"),
                vm.summaryProperty().get());
        assertTrue(vm.summaryProperty().get().contains(", 2 à venir, "), "the end and year 2's crisis plan: "
                + vm.summaryProperty().get());
        // The next action is a warning of the contract, with somewhere to go; never the end.
        assertEquals("Notez le dialogue de gestion de l’année 1 (date et commentaires).", vm.nextActionProperty().get());
        assertEquals("FOLLOW_REVIEW:1", vm.nextRequirementProperty().get().code());
        assertFalse(vm.canAdvanceProperty().get(), "TERMINÉ only once the contract has ended");
    }

    @Test
    void tonightsMeetingIsPlannedNotHeld() {
        fixture.person(caseFile.id(), "Dr Claire Martin", Profession.GENERAL_PRACTITIONER, Role.CONTACT);
        fixture.person(caseFile.id(), "Julien Lefèvre", Profession.NURSE);
        context.territories().add(caseFile.id(), List.of(WorkflowFixture.commune("14762", "Vire Normandie", 27_457)));
        context.stageForms().save(caseFile.id(), new PreProject(TODAY.minusMonths(2), ContactParty.BOTH,
                "Départs en retraite de médecins généralistes.", 0));
        // The clock reads 22/11/2026 at 10:30: the information meeting is at 20:00 tonight.
        context.meetings().save(new Meeting(UUID.randomUUID(), caseFile.id(), TODAY, LocalTime.of(20, 0),
                "Mairie de Vire", MeetingKind.INFORMATION, List.of(), "", "", "", List.of(), 0));
        vm.refresh();
        RequirementRow info = row("PRE_INFO_MEETING");
        assertEquals(RequirementRow.State.UPCOMING, info.state());
        assertEquals("prévue le 22/11/2026 à 20:00, pas encore tenue", info.detail());
        assertEquals("0 élément(s) bloquant(s) manquant(s), 0 avertissement(s), 1 à venir, 7 élément(s) réuni(s)",
                vm.summaryProperty().get());
        assertEquals("Rien d’autre à faire pour l’instant : « Au moins une réunion d’information tenue », prévue le"
                + " 22/11/2026 à 20:00, pas encore tenue.", vm.nextActionProperty().get());
        assertNull(vm.nextRequirementProperty().get(), "nothing to go to");
        assertNull(vm.nextPlaceProperty().get());
        assertFalse(vm.canAdvanceProperty().get());
    }

    private RequirementRow row(String code) {
        return vm.requirements().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " " + vm.requirements()));
    }

    @Test
    void movingForwardIsConfirmedThenRecordedAndShown() {
        fixture.completePreProject(caseFile.id());
        vm.refresh();
        assertTrue(vm.canAdvanceProperty().get());
        assertTrue(vm.requirements().stream().allMatch(r -> r.state() == RequirementRow.State.MET));

        TransitionViewModel form = vm.transition(TransitionViewModel.Mode.ADVANCE);
        assertEquals("22/11/2026", form.dateProperty().get());
        form.decidedByProperty().set(DecidedBy.ARS);
        vm.apply(form.validated().orElseThrow());

        assertEquals(WorkflowStage.LETTER_OF_INTENT, vm.stageProperty().get());
        assertEquals(WorkflowStage.LETTER_OF_INTENT, moved.getFirst().stage());
        HistoryRow last = vm.history().getFirst();
        assertEquals("22/11/2026", last.date());
        assertEquals("Passage à l’étape suivante : Pré-projet → Lettre d’intention", last.title());
        assertEquals("Décision : ARS", last.detail());
        assertEquals("Saisi par Camille Roussel", last.author());
    }

    @Test
    void aRefusalListsWhatBlocks() {
        // Another window moved… nothing: the case is still incomplete when « Passer » is forced.
        vm.apply(new TransitionViewModel.Request(TransitionViewModel.Mode.ADVANCE, TODAY, DecidedBy.JOINT, null, ""));
        assertEquals(1, dialogs.shown.size());
        String shown = dialogs.shown.getFirst();
        assertTrue(shown.startsWith("error: Impossible de passer à l’étape suivante : 6 élément(s) bloquant(s)"), shown);
        assertTrue(shown.contains("– Une personne contact désignée dans l’équipe"), shown);
        assertEquals(WorkflowStage.PRE_PROJECT, vm.stageProperty().get());
    }

    @Test
    void transitionFormsAskForAReasonWhenGoingBackOrEnding() {
        fixture.walkTo(caseFile.id(), WorkflowStage.HEALTH_PROJECT);
        vm.refresh();
        TransitionViewModel back = vm.transition(TransitionViewModel.Mode.BACK);
        assertEquals(List.of(WorkflowStage.PRE_PROJECT, WorkflowStage.LETTER_OF_INTENT), back.targets());
        assertEquals(WorkflowStage.LETTER_OF_INTENT, back.targetProperty().get(), "the previous stage first");
        assertTrue(back.validated().isEmpty());
        assertEquals("Indiquez le motif.", back.reasonErrorProperty().get());
        back.dateProperty().set("30/02/2026");
        back.reasonProperty().set("Calendrier absent de la lettre");
        assertTrue(back.validated().isEmpty());
        assertEquals("« 30/02/2026 » n’est pas une date valide (jj/mm/aaaa).", back.dateErrorProperty().get());
        back.dateProperty().set("23/11/2026");
        assertTrue(back.validated().isEmpty());
        assertTrue(back.dateErrorProperty().get().contains("dans le futur"));
        back.dateProperty().set("22/11/2026");
        vm.apply(back.validated().orElseThrow());
        assertEquals(WorkflowStage.LETTER_OF_INTENT, vm.stageProperty().get());
        assertEquals("Calendrier absent de la lettre", vm.history().getFirst().detail());

        TransitionViewModel abandon = vm.transition(TransitionViewModel.Mode.ABANDON);
        abandon.reasonProperty().set("Équipe dispersée");
        vm.apply(abandon.validated().orElseThrow());
        assertEquals("Sans suite", vm.stageLabelProperty().get());
        assertEquals("Dossier clos : aucune action attendue.", vm.nextActionProperty().get());
        assertTrue(vm.canGoBackProperty().get(), "a case closed sans suite can be reopened");
    }

    @Test
    void terminatingShowsTheAdvancesToRecoverAtTheDateTyped() {
        fixture.walkTo(caseFile.id(), WorkflowStage.FOLLOW_UP);
        vm.refresh();
        assertTrue(vm.canTerminateProperty().get());
        TransitionViewModel terminate = vm.transition(TransitionViewModel.Mode.TERMINATE);
        assertTrue(terminate.previewProperty().get().startsWith(
                "Avances à récupérer au prorata temporis pour une résiliation le 22/11/2026 : "),
                terminate.previewProperty().get());
        String today = terminate.previewProperty().get();
        terminate.dateProperty().set("20/07/2026");
        assertFalse(today.equals(terminate.previewProperty().get()), "recomputed for another date");
        terminate.reasonProperty().set("Missions socles non déployées");
        vm.apply(terminate.validated().orElseThrow());
        assertEquals(WorkflowStage.TERMINATED, vm.stageProperty().get());
    }

    @Test
    void theFollowUpFormsRecordTheReviewItsMeasuresAndThePayments() {
        fixture.walkTo(caseFile.id(), WorkflowStage.FOLLOW_UP);
        AnnualReviewViewModel review = new AnnualReviewViewModel(context.followUp(), context.missions(), () -> TODAY,
                tasks, dialogs, messages, vm::refresh);
        PaymentsViewModel payments = new PaymentsViewModel(context.followUp(), context.workflow().engine(),
                () -> TODAY, tasks, dialogs, messages, vm::refresh);
        vm.attach(review, payments);
        vm.refresh();
        assertTrue(vm.requirements().stream().anyMatch(r -> r.code().equals("FOLLOW_REVIEW:1")
                && r.state() == RequirementRow.State.MISSING_WARNING));

        // Signed 15/07/2025: anniversary 1 (15/07/2026) passed, year 1 is the one to review.
        assertEquals(1, review.yearProperty().get());
        assertEquals(List.of(1, 2, 3, 4, 5), review.years());
        assertEquals("Date anniversaire n° 1 : 15/07/2026", review.anniversaryProperty().get());
        assertEquals(4, review.measures().size());
        assertEquals("10", review.measures().getFirst().target());
        review.dateProperty().set("10/09/2026");
        review.commentsProperty().set("Bon démarrage");
        review.measures().forEach(row -> row.measured().set("8"));
        review.measures().getFirst().measured().set("huit");
        review.save();
        assertEquals("Indicateur ACCESS : « huit » n’est pas un nombre (ex. : 12 ou 12,5).", review.errorProperty("measures").get());
        review.measures().getFirst().measured().set("8,5");
        review.save();
        assertEquals("Taux d’atteinte de l’année (convention) : Accès aux soins 85\u00A0% ; Parcours "
                + "pluriprofessionnels 80\u00A0% ; Prévention 80\u00A0% ; Crises sanitaires graves 80\u00A0%",
                review.ratesProperty().get().replace('\u202F', '\u00A0'));
        assertTrue(vm.requirements().stream().filter(r -> r.code().endsWith(":1") && !r.code().contains("CRISIS"))
                .allMatch(r -> r.state() == RequirementRow.State.MET), "review and measures of year 1 done");

        assertTrue(payments.summaryProperty().get().startsWith("Reçu : 0,00\u00A0€ ; attendu au 22/11/2026"),
                payments.summaryProperty().get());
        payments.amountProperty().set("0");
        payments.add();
        assertEquals("Indiquez un montant supérieur à zéro.", payments.errorProperty("amount").get());
        payments.dateProperty().set("15/07/2025");
        payments.amountProperty().set("95 000");
        payments.lineProperty().set(payments.lines().get(1));
        payments.add();
        assertEquals(1, payments.rows().size());
        assertEquals("95\u202F000,00\u00A0€", payments.rows().getFirst().amount());
        assertEquals("Fonctionnement", payments.rows().getFirst().line());
        assertEquals("", payments.amountProperty().get(), "ready for the next one");
        assertEquals(Mission.ACCESS, review.rate(Mission.ACCESS).mission());
    }
}
