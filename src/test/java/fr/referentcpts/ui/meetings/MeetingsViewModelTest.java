package fr.referentcpts.ui.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingKind;
import fr.referentcpts.core.people.Profession;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.testing.WorkflowFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The meeting log without the toolkit: fast entry, next actions, ticking them off. */
class MeetingsViewModelTest {
    @TempDir
    Path dataDir;
    private AppContext context;
    private CaseFile caseFile;
    private MeetingsViewModel vm;
    private final FakeDialogs dialogs = new FakeDialogs();
    private int changes;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        WorkflowFixture fixture = new WorkflowFixture(context);
        caseFile = fixture.newCase("CPTS du Bocage Virois");
        fixture.person(caseFile.id(), "Dr Claire Martin", Profession.GENERAL_PRACTITIONER, Role.CONTACT);
        fixture.person(caseFile.id(), "Julien Lefèvre", Profession.NURSE);
        vm = new MeetingsViewModel(context.meetings(), context.people(), new SyncTaskRunner(), dialogs, new Messages(),
                () -> WorkflowFixture.TODAY, () -> changes++);
        vm.load(caseFile.id());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aNewMeetingIsReadyToTypeWithTheKindTheStageSuggests() {
        MeetingFormViewModel form = vm.form(null, WorkflowStage.PRE_PROJECT);
        assertEquals("22/11/2026", form.dateProperty().get());
        assertEquals(MeetingKind.INFORMATION, form.kindProperty().get());
        assertEquals(2, form.participants().size());
        assertEquals(MeetingKind.NEGOTIATION, MeetingFormViewModel.suggestedKind(WorkflowStage.SIGNATURE));
        assertEquals(MeetingKind.ANNUAL_REVIEW, MeetingFormViewModel.suggestedKind(WorkflowStage.FOLLOW_UP));
    }

    @Test
    void aMeetingWithItsParticipantsAndNextActionsIsSavedAndItsActionsTickedOff() {
        MeetingFormViewModel form = vm.form(null, WorkflowStage.PRE_PROJECT);
        form.timeProperty().set("18h30");
        form.placeProperty().set("MSP de Vire");
        form.participants().getFirst().present().set(true);
        form.othersProperty().set("CPAM, ARS");
        form.agendaProperty().set("Présentation de la démarche");
        MeetingFormViewModel.ActionForm call = form.addAction();
        call.text().set("Relancer les infirmiers");
        call.owner().set("Dr Claire Martin");
        call.due().set("20/11/2026");
        form.addAction();
        vm.save(form.validated().orElseThrow());

        assertEquals(1, vm.rows().size());
        MeetingsViewModel.MeetingRow row = vm.rows().getFirst();
        assertEquals("22/11/2026 18:30", row.date());
        assertEquals("Réunion d’information", row.kind());
        assertEquals("Dr Claire Martin ; CPAM, ARS", row.participants());
        assertEquals("1 action(s), 1 à faire", row.actions());
        Meeting stored = context.meetings().meetings(caseFile.id()).getFirst();
        assertEquals(LocalTime.of(18, 30), stored.time());
        assertEquals(1, stored.actions().size(), "the empty action is dropped");
        assertEquals(1, changes);

        MeetingsViewModel.ActionRow action = vm.actions().getFirst();
        assertTrue(action.overdue(), "due 20/11, today 22/11");
        vm.setDone(action, true);
        assertTrue(vm.actions().getFirst().action().done());
        assertEquals("1 action(s), 0 à faire", vm.rows().getFirst().actions());
    }

    @Test
    void wrongDatesAndTimesAreRefusedInFrench() {
        MeetingFormViewModel form = vm.form(null, WorkflowStage.PRE_PROJECT);
        form.dateProperty().set("32/01/2027");
        form.timeProperty().set("25h");
        form.addAction().due().set("demain");
        assertTrue(form.validated().isEmpty());
        assertEquals("« 32/01/2027 » n’est pas une date valide (jj/mm/aaaa).", form.errorProperty("date").get());
        assertEquals("« 25h » n’est pas une heure (ex. : 18:30 ou 9h).", form.errorProperty("time").get());
        assertEquals("« demain » n’est pas une date valide (jj/mm/aaaa).", form.errorProperty("actions").get());
        form.dateProperty().set("");
        form.timeProperty().set("9h");
        List.copyOf(form.actions()).forEach(form::removeAction);
        assertTrue(form.validated().isEmpty());
        assertEquals("Indiquez la date de la réunion.", form.errorProperty("date").get());
    }

    @Test
    void anEditedMeetingKeepsItsDataAndADeletedOneIsGone() {
        Meeting saved = context.meetings().save(new Meeting(java.util.UUID.randomUUID(), caseFile.id(),
                LocalDate.of(2026, 10, 3), LocalTime.of(9, 0), "Mairie", MeetingKind.STEERING, java.util.List.of(),
                "", "Ordre du jour", "", java.util.List.of(), 0));
        vm.load(caseFile.id());
        MeetingFormViewModel form = vm.form(saved, WorkflowStage.PRE_PROJECT);
        assertEquals("03/10/2026", form.dateProperty().get());
        assertEquals("09:00", form.timeProperty().get());
        assertEquals(MeetingKind.STEERING, form.kindProperty().get());
        form.decisionsProperty().set("Lettre d’intention à rédiger");
        vm.save(form.validated().orElseThrow());
        assertEquals("Lettre d’intention à rédiger", context.meetings().meetings(caseFile.id()).getFirst().decisions());

        vm.delete(vm.rows().getFirst());
        assertEquals(0, vm.rows().size());
        assertTrue(dialogs.shown.getFirst().startsWith("confirm: Supprimer la réunion « Comité de pilotage » du 03/10/2026"),
                dialogs.shown.getFirst());
    }
}
