package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.workflow.DecidedBy;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DateInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The small form of a transition: forward (date, who decided, comment), back to a stage (date,
 * stage, reason), SANS SUITE (date, reason) or RÉSILIÉ (date, who decided, reason, and the
 * advances to recover at that date).
 */
public final class TransitionViewModel {
    /** Which transition the form asks for. */
    public enum Mode {
        ADVANCE,
        BACK,
        ABANDON,
        TERMINATE
    }

    /** What the referent decided. */
    public record Request(Mode mode, LocalDate date, DecidedBy decidedBy, WorkflowStage target, String reason) {
    }

    private final Mode mode;
    private final Messages messages;
    private final LocalDate today;
    private final List<WorkflowStage> targets;
    private final Function<LocalDate, String> recovery;
    private final StringProperty date = new SimpleStringProperty("");
    private final ObjectProperty<DecidedBy> decidedBy = new SimpleObjectProperty<>(DecidedBy.JOINT);
    private final ObjectProperty<WorkflowStage> target = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reasonError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper targetError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");

    /**
     * @param targets  the stages « Revenir à l’étape… » offers (BACK), the first preselected
     * @param recovery for RÉSILIÉ: the amount to recover at a date, as French text (may fail)
     */
    public TransitionViewModel(Mode mode, Messages messages, LocalDate today, List<WorkflowStage> targets,
            Function<LocalDate, String> recovery) {
        this.mode = mode;
        this.messages = messages;
        this.today = today;
        this.targets = List.copyOf(targets);
        this.recovery = recovery;
        date.set(DateInput.format(today));
        if (!targets.isEmpty()) {
            target.set(targets.getLast());
        }
        if (mode == Mode.TERMINATE) {
            date.addListener((obs, old, value) -> updatePreview());
            updatePreview();
        }
    }

    public Mode mode() {
        return mode;
    }

    public List<WorkflowStage> targets() {
        return targets;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public ObjectProperty<DecidedBy> decidedByProperty() {
        return decidedBy;
    }

    public ObjectProperty<WorkflowStage> targetProperty() {
        return target;
    }

    /** The reason (required but forward, where it is an optional comment). */
    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty targetErrorProperty() {
        return targetError.getReadOnlyProperty();
    }

    /** For RÉSILIÉ: « Avances à récupérer au 22/11/2026 : 12 345,67 € ». */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public boolean reasonRequired() {
        return mode != Mode.ADVANCE;
    }

    public boolean asksWhoDecided() {
        return mode == Mode.ADVANCE || mode == Mode.TERMINATE;
    }

    /** The request when the form is valid (errors shown otherwise). */
    public Optional<Request> validated() {
        dateError.set("");
        reasonError.set("");
        targetError.set("");
        DateInput input = DateInput.parse(date.get());
        boolean ok = true;
        if (!input.valid()) {
            dateError.set(messages.get("date.invalid", date.get().strip()));
            ok = false;
        } else if (input.date() == null) {
            dateError.set(messages.get("workflow.error.dateRequired"));
            ok = false;
        } else if (input.date().isAfter(today)) {
            dateError.set(messages.get("workflow.error.dateInFuture", FrenchFormat.date(input.date())));
            ok = false;
        }
        if (reasonRequired() && reason.get().isBlank()) {
            reasonError.set(messages.get("workflow.error.reasonRequired"));
            ok = false;
        }
        if (mode == Mode.BACK && target.get() == null) {
            targetError.set(messages.get("workflow.transition.targetRequired"));
            ok = false;
        }
        return ok ? Optional.of(new Request(mode, input.date(), decidedBy.get(), target.get(), reason.get().strip()))
                : Optional.empty();
    }

    private void updatePreview() {
        DateInput input = DateInput.parse(date.get());
        preview.set(input.valid() && input.date() != null ? recovery.apply(input.date()) : "");
    }
}
