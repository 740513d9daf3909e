package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.ContractFunding;
import fr.referentcpts.core.workflow.Decision;
import fr.referentcpts.core.workflow.Place;
import fr.referentcpts.core.workflow.Requirement;
import fr.referentcpts.core.workflow.TransitionRefusedException;
import fr.referentcpts.core.workflow.WorkflowService;
import fr.referentcpts.core.workflow.WorkflowStatus;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The « Parcours » of the open case: its stage, what the stage asks for (met, missing blocking,
 * missing warning), the one next action, the history, and the transitions. Loading a case also
 * shows it in the stage forms.
 */
public final class WorkflowViewModel {
    private final WorkflowService workflow;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Consumer<CaseFile> onMoved;
    private final List<FormViewModel> forms = new ArrayList<>();

    private final ReadOnlyObjectWrapper<WorkflowStage> stage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper stageLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextAction = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Place> nextPlace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Requirement> nextRequirement = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper advanceLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canAdvance = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canAbandon = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canTerminate = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<RequirementRow> requirements = FXCollections.observableArrayList();
    private final ObservableList<RequirementRow> readOnlyRequirements =
            FXCollections.unmodifiableObservableList(requirements);
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> readOnlyHistory = FXCollections.unmodifiableObservableList(history);
    private UUID caseId;
    private WorkflowStatus status;

    public WorkflowViewModel(WorkflowService workflow, TaskRunner tasks, DialogService dialogs, Messages messages,
            Consumer<CaseFile> onMoved) {
        this.workflow = workflow;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.onMoved = onMoved;
    }

    /** The stage forms to show each loaded case in. */
    public void attach(FormViewModel... formViewModels) {
        forms.addAll(List.of(formViewModels));
    }

    public ReadOnlyObjectProperty<WorkflowStage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stageLabelProperty() {
        return stageLabel.getReadOnlyProperty();
    }

    /** The one next action, in French. */
    public ReadOnlyStringProperty nextActionProperty() {
        return nextAction.getReadOnlyProperty();
    }

    /** Where the next action is done (a tab, the stage form), null when nowhere in particular. */
    public ReadOnlyObjectProperty<Place> nextPlaceProperty() {
        return nextPlace.getReadOnlyProperty();
    }

    /** What « Y aller » fills in (its field is focused there), null when there is nowhere to go. */
    public ReadOnlyObjectProperty<Requirement> nextRequirementProperty() {
        return nextRequirement.getReadOnlyProperty();
    }

    /** « Passer à l’étape « Lettre d’intention » ». */
    public ReadOnlyStringProperty advanceLabelProperty() {
        return advanceLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAdvanceProperty() {
        return canAdvance.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAbandonProperty() {
        return canAbandon.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canTerminateProperty() {
        return canTerminate.getReadOnlyProperty();
    }

    /** « 3 éléments bloquants manquants, 1 avertissement ». */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<RequirementRow> requirements() {
        return readOnlyRequirements;
    }

    /** The history, the most recent first. */
    public ObservableList<HistoryRow> history() {
        return readOnlyHistory;
    }

    public UUID caseId() {
        return caseId;
    }

    public LocalDate today() {
        return workflow.today();
    }

    /** Shows a case (null clears). */
    public void load(UUID id) {
        caseId = id;
        if (id == null) {
            show(null, null);
            return;
        }
        tasks.run(() -> {
            CaseSnapshot snapshot = workflow.snapshot(id);
            return new Loaded(snapshot, workflow.status(snapshot));
        }, loaded -> {
            if (id.equals(caseId)) {
                show(loaded.snapshot(), loaded.status());
            }
        }, error -> dialogs.error(messages.get("error.title"), errors.describe(error)));
    }

    /** Reloads the open case (after a form was saved, the team or territory changed…). */
    public void refresh() {
        load(caseId);
    }

    /** The form of a transition of the open case. */
    public TransitionViewModel transition(TransitionViewModel.Mode mode) {
        List<WorkflowStage> targets = mode == TransitionViewModel.Mode.BACK && status != null ? status.backTargets() : List.of();
        return new TransitionViewModel(mode, messages, today(), targets, this::recoveryText);
    }

    /** Applies a transition the referent confirmed; a refusal lists what blocks. */
    public void apply(TransitionViewModel.Request request) {
        UUID id = caseId;
        WorkflowStage from = stage.get();
        tasks.run(() -> switch (request.mode()) {
            case ADVANCE -> workflow.advance(id, from, new Decision(request.date(), request.decidedBy(),
                    request.reason()));
            case BACK -> workflow.goBack(id, from, request.target(), request.date(), request.reason());
            case ABANDON -> workflow.abandon(id, from, request.date(), request.reason());
            case TERMINATE -> workflow.terminate(id, request.date(), request.decidedBy(), request.reason());
        }, moved -> {
            onMoved.accept(moved);
            refresh();
        }, this::refused);
    }

    private String recoveryText(LocalDate date) {
        if (status == null) {
            return "";
        }
        return status.funding().filter(ContractFunding.Outcome::computed).map(outcome -> {
            try {
                return messages.get("workflow.transition.recovery", FrenchFormat.date(date),
                        FrenchFormat.amount(workflow.engine().terminate(outcome.result(), date).total()));
            } catch (DomainException e) {
                return messages.get(e);
            }
        }).orElse(messages.get("workflow.transition.noFunding"));
    }

    private void show(CaseSnapshot snapshot, WorkflowStatus loaded) {
        status = loaded;
        forms.forEach(form -> form.show(snapshot));
        if (loaded == null) {
            stage.set(null);
            stageLabel.set("");
            nextAction.set("");
            nextPlace.set(null);
            nextRequirement.set(null);
            requirements.clear();
            history.clear();
            canAdvance.set(false);
            canGoBack.set(false);
            canAbandon.set(false);
            canTerminate.set(false);
            summary.set("");
            advanceLabel.set("");
            return;
        }
        stage.set(loaded.stage());
        stageLabel.set(messages.get(loaded.stage()));
        nextAction.set(messages.get(loaded.next().phrase()));
        nextPlace.set(loaded.next().place());
        nextRequirement.set(loaded.next().place() == null ? null : loaded.next().requirement());
        requirements.setAll(loaded.requirements().stream().map(r -> RequirementRow.of(r, messages)).toList());
        history.setAll(snapshot.history().reversed().stream().map(e -> HistoryRow.of(e, messages)).toList());
        canAdvance.set(loaded.canAdvance());
        canGoBack.set(!loaded.backTargets().isEmpty());
        canAbandon.set(loaded.canAbandon());
        canTerminate.set(loaded.canTerminate());
        advanceLabel.set(loaded.nextStage().map(next -> messages.get("workflow.action.advanceTo", messages.get(next)))
                .orElse(messages.get("workflow.action.advance")));
        long met = loaded.requirements().stream().filter(Requirement::met).count();
        int upcoming = loaded.pending().size();
        summary.set(upcoming == 0 ? messages.get("workflow.summary", loaded.missingBlocking().size(),
                loaded.missingWarnings().size(), met) : messages.get("consist.summary", loaded.missingBlocking().size(),
                loaded.missingWarnings().size(), upcoming, met));
    }

    private void refused(Throwable error) {
        Throwable cause = error instanceof TaskRunner.TaskFailedException && error.getCause() != null
                ? error.getCause() : error;
        if (cause instanceof TransitionRefusedException refused) {
            dialogs.error(messages.get("workflow.transition.refused.title"), messages.get(refused) + "\n"
                    + refused.missing().stream().map(r -> "– " + messages.get(r.label())
                            + (r.pending() && r.detail() != null ? " (" + messages.get(r.detail()) + ")" : ""))
                    .collect(Collectors.joining("\n")));
        } else {
            dialogs.error(messages.get("error.title"), errors.describe(cause));
        }
        refresh();
    }

    private record Loaded(CaseSnapshot snapshot, WorkflowStatus status) {
    }
}
