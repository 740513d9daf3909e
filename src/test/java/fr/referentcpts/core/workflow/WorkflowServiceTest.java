package fr.referentcpts.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.agenda.Deadline;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.StaleEditException;
import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.core.funding.TerminationResult;
import fr.referentcpts.core.settings.WorkflowSettings;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.testing.WorkflowFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transitions and history on a real database: what is allowed, what is refused, what is recorded. */
class WorkflowServiceTest {
    private static final LocalDate TODAY = WorkflowFixture.TODAY;

    @TempDir
    Path dataDir;
    private AppContext context;
    private WorkflowService workflow;
    private WorkflowFixture fixture;
    private CaseFile vire;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        workflow = context.workflow();
        fixture = new WorkflowFixture(context);
        vire = fixture.newCase("CPTS du Bocage Virois");
        context.settings().save(new WorkflowSettings("Camille Roussel", 8, 0));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void movingForwardIsRefusedWithTheListOfWhatBlocks() {
        TransitionRefusedException e = assertThrows(TransitionRefusedException.class, () -> workflow.advance(vire.id(),
                WorkflowStage.PRE_PROJECT, new Decision(TODAY, DecidedBy.JOINT, "")));

        assertEquals(List.of("PRE_TEAM", "PRE_CONTACT", "PRE_TERRITORY", "PRE_FIRST_CONTACT", "PRE_PROBLEMS",
                "PRE_INFO_MEETING"), e.missing().stream().map(Requirement::code).toList());
        assertEquals(WorkflowStage.PRE_PROJECT, context.caseFiles().get(vire.id()).stage());
        assertEquals(List.of(), workflow.snapshot(vire.id()).history());
    }

    @Test
    void movingForwardRecordsTheDecisionWithTheReferentOfTheSettings() {
        fixture.completePreProject(vire.id());

        CaseFile moved = workflow.advance(vire.id(), WorkflowStage.PRE_PROJECT,
                new Decision(LocalDate.of(2026, 11, 20), DecidedBy.ARS, "Équipe motivée"));

        assertEquals(WorkflowStage.LETTER_OF_INTENT, moved.stage());
        HistoryEntry entry = workflow.snapshot(vire.id()).history().getLast();
        assertEquals(HistoryKind.ADVANCE, entry.kind());
        assertEquals(LocalDate.of(2026, 11, 20), entry.date());
        assertEquals(WorkflowStage.PRE_PROJECT, entry.from());
        assertEquals(WorkflowStage.LETTER_OF_INTENT, entry.to());
        assertEquals(DecidedBy.ARS, entry.decidedBy());
        assertEquals("Équipe motivée", entry.reason());
        assertEquals("Camille Roussel", entry.author());
        assertEquals(TestData.CLOCK.instant(), entry.recordedAt());
    }

    @Test
    void withoutAReferentInTheSettingsTheCaseReferentSigns() {
        context.settings().save(new WorkflowSettings("", 8, 1));
        fixture.completePreProject(vire.id());
        workflow.advance(vire.id(), WorkflowStage.PRE_PROJECT, new Decision(TODAY, DecidedBy.JOINT, ""));
        assertEquals("Camille Roussel", workflow.snapshot(vire.id()).history().getLast().author());
    }

    @Test
    void aWarningDoesNotBlock() {
        fixture.completePreProject(vire.id());
        context.territories().remove(vire.id(), "14762");
        WorkflowStatus status = workflow.status(vire.id());
        assertEquals(List.of("PRE_POPULATION"), status.missingWarnings().stream().map(Requirement::code).toList());
        assertTrue(status.canAdvance());
        workflow.advance(vire.id(), WorkflowStage.PRE_PROJECT, new Decision(TODAY, DecidedBy.JOINT, ""));
        assertEquals(WorkflowStage.LETTER_OF_INTENT, context.caseFiles().get(vire.id()).stage());
    }

    @Test
    void theNextActionIsTheFirstMissingBlockingRequirementThenMovingOn() {
        WorkflowStatus empty = workflow.status(vire.id());
        assertEquals("workflow.instruction.preTeam", empty.next().phrase().key());
        assertEquals(Place.TEAM, empty.next().place());
        assertFalse(empty.canAdvance());

        fixture.completePreProject(vire.id());
        WorkflowStatus ready = workflow.status(vire.id());
        assertEquals(Phrase.of("workflow.next.advance", WorkflowStage.LETTER_OF_INTENT), ready.next().phrase());
        assertTrue(ready.canAdvance());
    }

    @Test
    void aContractInForceShowsItsWarningsBeforeItsEnd() {
        fixture.walkTo(vire.id(), WorkflowStage.FOLLOW_UP);
        WorkflowStatus status = workflow.status(vire.id());
        assertEquals(WorkflowStage.FOLLOW_UP, status.stage());
        assertEquals(Phrase.of("workflow.instruction.followReview", 1), status.next().phrase());
        assertFalse(status.canAdvance(), "TERMINÉ only once the contract has ended");
        TransitionRefusedException e = assertThrows(TransitionRefusedException.class, () -> workflow.advance(vire.id(),
                WorkflowStage.FOLLOW_UP, new Decision(TODAY, DecidedBy.JOINT, "")));
        assertEquals(List.of("FOLLOW_CONTRACT_END"), e.missing().stream().map(Requirement::code).toList());
        assertEquals(4, workflow.snapshot(vire.id()).history().stream()
                .filter(h -> h.kind() == HistoryKind.ADVANCE).count());
    }

    @Test
    void goingBackNeedsAReasonAndAnEarlierStage() {
        fixture.walkTo(vire.id(), WorkflowStage.HEALTH_PROJECT);

        ValidationException noReason = assertThrows(ValidationException.class, () -> workflow.goBack(vire.id(),
                WorkflowStage.HEALTH_PROJECT, WorkflowStage.LETTER_OF_INTENT, TODAY, " "));
        assertEquals(WorkflowService.FIELD_REASON, noReason.field());
        assertThrows(ValidationException.class, () -> workflow.goBack(vire.id(), WorkflowStage.HEALTH_PROJECT,
                WorkflowStage.SIGNATURE, TODAY, "Erreur"));

        CaseFile back = workflow.goBack(vire.id(), WorkflowStage.HEALTH_PROJECT, WorkflowStage.LETTER_OF_INTENT, TODAY,
                "Lettre à compléter : calendrier absent");
        assertEquals(WorkflowStage.LETTER_OF_INTENT, back.stage());
        HistoryEntry entry = workflow.snapshot(vire.id()).history().getLast();
        assertEquals(HistoryKind.BACK, entry.kind());
        assertEquals("Lettre à compléter : calendrier absent", entry.reason());
        assertEquals(WorkflowStage.HEALTH_PROJECT, entry.from());
    }

    @Test
    void aDecisionCannotBeDatedInTheFutureNorMadeOnAStageSomeoneChanged() {
        fixture.completePreProject(vire.id());
        ValidationException future = assertThrows(ValidationException.class, () -> workflow.advance(vire.id(),
                WorkflowStage.PRE_PROJECT, new Decision(TODAY.plusDays(1), DecidedBy.JOINT, "")));
        assertEquals("workflow.error.dateInFuture", future.messageKey());

        workflow.advance(vire.id(), WorkflowStage.PRE_PROJECT, new Decision(TODAY, DecidedBy.JOINT, ""));
        assertThrows(StaleEditException.class, () -> workflow.advance(vire.id(), WorkflowStage.PRE_PROJECT,
                new Decision(TODAY, DecidedBy.JOINT, "")), "a second window still showing the pré-projet");
    }

    @Test
    void aProjectIsAbandonedWithAReasonAndCanBeReopened() {
        assertThrows(ValidationException.class, () -> workflow.abandon(vire.id(), WorkflowStage.PRE_PROJECT, TODAY, ""));
        CaseFile abandoned = workflow.abandon(vire.id(), WorkflowStage.PRE_PROJECT, TODAY, "Équipe dispersée");
        assertEquals(WorkflowStage.ABANDONED, abandoned.stage());
        WorkflowStatus status = workflow.status(vire.id());
        assertEquals(List.of(), status.requirements());
        assertEquals("workflow.next.closed", status.next().phrase().key());
        assertEquals(List.of(WorkflowStage.PRE_PROJECT, WorkflowStage.LETTER_OF_INTENT, WorkflowStage.HEALTH_PROJECT, WorkflowStage.SIGNATURE),
                status.backTargets());

        workflow.goBack(vire.id(), WorkflowStage.ABANDONED, WorkflowStage.PRE_PROJECT, TODAY, "Nouvelle équipe");
        assertEquals(List.of(HistoryKind.ABANDON, HistoryKind.REOPEN),
                workflow.snapshot(vire.id()).history().stream().map(HistoryEntry::kind).toList());
    }

    @Test
    void aSignedContractIsTerminatedNotAbandonedAndItsAdvancesAreRecovered() {
        fixture.walkTo(vire.id(), WorkflowStage.FOLLOW_UP);
        assertThrows(DomainException.class, () -> workflow.abandon(vire.id(), WorkflowStage.FOLLOW_UP, TODAY, "Fin"));

        TerminationResult preview = workflow.terminationPreview(vire.id(), TODAY);
        assertTrue(preview.total().signum() > 0, "year 2's advances cover days after the termination");
        CaseFile terminated = workflow.terminate(vire.id(), TODAY, DecidedBy.JOINT,
                "Missions socles non déployées dans les délais");

        assertEquals(WorkflowStage.TERMINATED, terminated.stage());
        CaseSnapshot snapshot = workflow.snapshot(vire.id());
        HistoryEntry entry = snapshot.history().getLast();
        assertEquals(HistoryKind.TERMINATE, entry.kind());
        assertEquals(TODAY, entry.date());
        assertEquals(preview.total(), workflow.recovery(snapshot).orElseThrow().total());
        assertEquals(List.of(WorkflowStage.FOLLOW_UP), workflow.status(vire.id()).backTargets());
    }

    @Test
    void theLetterDecisionAndTheProjectValidationsGoToTheHistory() {
        StageFormService forms = context.stageForms();
        LetterOfIntent sent = forms.save(vire.id(), new LetterOfIntent(TODAY.minusMonths(3),
                EnumSet.allOf(LetterItem.class), TODAY.minusMonths(3), null, null, "", null, null, 0));
        LetterOfIntent revise = forms.save(vire.id(), new LetterOfIntent(sent.received(), sent.content(),
                sent.sentToArs(), LetterDecision.TO_REVISE, TODAY.minusMonths(2), "Préciser le calendrier", null,
                null, sent.version()));
        forms.save(vire.id(), new LetterOfIntent(sent.received(), sent.content(), sent.sentToArs(),
                LetterDecision.VALIDATED, TODAY.minusMonths(1), "", null, null, revise.version()));
        forms.save(vire.id(), new HealthProject("", "", null, null, "", null, null, EnumSet.noneOf(DiagnosisItem.class),
                TODAY.minusDays(20), TODAY.minusDays(10), null, 0));

        List<HistoryEntry> history = workflow.snapshot(vire.id()).history();
        assertEquals(List.of(HistoryKind.LETTER_TO_REVISE, HistoryKind.LETTER_VALIDATED, HistoryKind.PROJECT_VALIDATION),
                history.stream().map(HistoryEntry::kind).toList());
        assertEquals("Préciser le calendrier", history.getFirst().reason());
        assertEquals(DecidedBy.ARS, history.getLast().decidedBy());
        assertEquals(TODAY.minusDays(10), history.getLast().date());
    }

    @Test
    void stageFormsRefuseWhatCannotBeTrue() {
        StageFormService forms = context.stageForms();
        ValidationException rna = assertThrows(ValidationException.class, () -> forms.save(vire.id(),
                new HealthProject("CPTS", "w12345678", null, null, "", null, null, null, null, null, null, 0)));
        assertEquals("rna", rna.field());
        ValidationException negative = assertThrows(ValidationException.class, () -> forms.save(vire.id(),
                new LetterOfIntent(null, null, null, null, null, "", new BigDecimal("-1"), null, 0)));
        assertEquals("seedGrantAmount", negative.field());
        ValidationException order = assertThrows(ValidationException.class, () -> forms.save(vire.id(),
                new LetterOfIntent(TODAY.minusDays(2), null, TODAY.minusDays(5), null, null, "", null, null, 0)));
        assertEquals("workflow.error.sentBeforeReceived", order.messageKey());
        ValidationException future = assertThrows(ValidationException.class, () -> forms.save(vire.id(),
                new PreProject(TODAY.plusDays(1), null, "", 0)));
        assertEquals("firstContact", future.field());
        assertTrue(new HealthProject("", "w 143 001 234", null, null, "", null, null, null, null, null, null, 0)
                .validRna(), "spaces and case do not matter");
    }

    @Test
    void twoWindowsSavingTheSameFormTheSecondIsToldTheFirstWon() {
        StageFormService forms = context.stageForms();
        PreProject first = forms.save(vire.id(), new PreProject(null, null, "Fenêtre 1", 0));
        assertEquals(1, first.version());
        assertThrows(StaleEditException.class, () -> forms.save(vire.id(), new PreProject(null, null, "Fenêtre 2", 0)));
        PreProject second = forms.save(vire.id(), new PreProject(null, null, "Fenêtre 1 bis", first.version()));
        assertEquals(2, second.version());
        assertThrows(StaleEditException.class, () -> forms.save(vire.id(), new PreProject(null, null, "x", 1)));
        assertEquals("Fenêtre 1 bis", workflow.snapshot(vire.id()).preProject().problems());
    }

    @Test
    void everyKeyTheWorkflowProducesHasItsFrenchText() {
        fr.referentcpts.i18n.Messages messages = new fr.referentcpts.i18n.Messages();
        fixture.walkTo(vire.id(), WorkflowStage.FOLLOW_UP);
        CaseFile other = fixture.newCase("CPTS vide");
        for (UUID id : List.of(vire.id(), other.id())) {
            WorkflowStatus status = workflow.status(id);
            for (Requirement r : status.requirements()) {
                assertTrue(messages.has(r.kind().labelKey()) && messages.has(r.kind().instructionKey()), r.code());
                assertTrue(r.detail() == null || messages.has(r.detail().key()), r.detail() + "");
                assertFalse(messages.get(r.label()).contains("{"), messages.get(r.label()));
            }
            assertTrue(messages.has(status.next().phrase().key()));
        }
        for (RequirementKind kind : RequirementKind.values()) {
            assertTrue(messages.has(kind.labelKey()) && messages.has(kind.instructionKey()), kind.name());
        }
        for (Deadline deadline : context.agenda().deadlines(vire.id())) {
            assertFalse(messages.get(deadline.title()).contains("⟨"), deadline.key());
        }
    }
}
