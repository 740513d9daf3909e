package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.common.FieldProblem;
import fr.referentcpts.core.common.FrenchNumbers;
import fr.referentcpts.core.common.StaleEditException;
import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DateInput;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.NumberErrors;
import fr.referentcpts.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;

/**
 * What the stage forms share: the French error under each field, typed dates and amounts
 * parsed (an impossible date or a malformed amount is an error, an empty field an absence),
 * saving off the FX thread with the form's version, and a form kept as typed while it has
 * unsaved changes when the case is reloaded.
 */
public abstract class FormViewModel {
    protected final TaskRunner tasks;
    protected final DialogService dialogs;
    protected final Messages messages;
    private final ErrorMessages errors;
    private final Runnable onSaved;
    private final Map<String, ReadOnlyStringWrapper> fieldErrors = new HashMap<>();
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private boolean loading;
    private boolean invalid;
    protected UUID caseId;

    protected FormViewModel(TaskRunner tasks, DialogService dialogs, Messages messages, Runnable onSaved) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.onSaved = onSaved;
    }

    /** The French error under {@code field}, empty when none. */
    public ReadOnlyStringProperty errorProperty(String field) {
        return fieldErrors.computeIfAbsent(field, f -> new ReadOnlyStringWrapper("")).getReadOnlyProperty();
    }

    /** « Enregistré. », « Modifications non enregistrées », or what prevents saving. */
    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** True while typed changes are not saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Shows the case's stored data, unless the same case's form holds unsaved changes. */
    public final void show(CaseSnapshot snapshot) {
        UUID id = snapshot == null ? null : snapshot.id();
        if (id != null && id.equals(caseId) && dirty.get()) {
            return;
        }
        caseId = id;
        loading = true;
        try {
            fieldErrors.values().forEach(e -> e.set(""));
            if (snapshot != null) {
                load(snapshot);
            }
            saveState.set("");
            dirty.set(false);
        } finally {
            loading = false;
        }
    }

    /** Sets the form's fields from the stored data. */
    protected abstract void load(CaseSnapshot snapshot);

    /** Changes the fields without making the form dirty (another year or item shown). */
    protected final void quietly(Runnable change) {
        boolean was = loading;
        loading = true;
        try {
            change.run();
        } finally {
            loading = was;
        }
    }

    /** Watches the inputs: a change makes the form dirty. */
    protected final void watch(Observable... inputs) {
        for (Observable input : inputs) {
            input.addListener(o -> {
                if (!loading) {
                    dirty.set(true);
                    saveState.set(messages.get("workflow.form.unsaved"));
                }
            });
        }
    }

    /** Starts a validation: clears the errors. */
    protected void begin() {
        invalid = false;
        fieldErrors.values().forEach(e -> e.set(""));
    }

    /** True when no error was shown since {@link #begin()}. */
    protected boolean valid() {
        return !invalid;
    }

    protected void error(String field, String text) {
        invalid = true;
        ReadOnlyStringWrapper error = fieldErrors.computeIfAbsent(field, f -> new ReadOnlyStringWrapper(""));
        if (error.get().isEmpty()) {
            error.set(text);
        }
    }

    /** Clears the error under {@code field} (a check made as the field is typed). */
    protected void clearError(String field) {
        ReadOnlyStringWrapper error = fieldErrors.get(field);
        if (error != null) {
            error.set("");
        }
    }

    /** Shows the core's problems under their fields; true when there is none. */
    protected boolean show(List<FieldProblem> problems) {
        problems.forEach(p -> error(p.field(), messages.get(p.messageKey(), p.arguments())));
        return problems.isEmpty();
    }

    /** The date typed in {@code text} (null when empty); an impossible date is an error on {@code field}. */
    protected LocalDate date(String field, StringProperty text) {
        DateInput input = DateInput.parse(text.get());
        if (!input.valid()) {
            error(field, messages.get("date.invalid", text.get().strip()));
        }
        return input.date();
    }

    /**
     * An amount typed the French way (« 20 000,50 », « 20000.50 », « 20 000 € »), null when empty;
     * refused text is explained under {@code field}, naming it by {@code label}.
     */
    protected BigDecimal amount(String field, String label, StringProperty text) {
        return parsed(field, label, text.get(), FrenchNumbers.parseAmount(text.get()));
    }

    /** A whole number typed with or without grouping (« 105 452 »), null when empty. */
    protected Long whole(String field, String label, StringProperty text) {
        return parsed(field, label, text.get(), FrenchNumbers.parseInteger(text.get()));
    }

    /** A decimal number (« 12,5 »), null when empty. */
    protected BigDecimal decimal(String field, String label, String text) {
        return parsed(field, label, text, FrenchNumbers.parseDecimal(text));
    }

    private <T> T parsed(String field, String label, String typed, FrenchNumbers.Parsed<T> parsed) {
        if (!parsed.valid()) {
            error(field, NumberErrors.describe(messages, label, parsed.problem(), typed));
        }
        return parsed.value();
    }

    /** Saves in the background; a refused field shows under it, someone else's save reloads the case. */
    protected <T> void save(Callable<T> work, Consumer<T> saved) {
        saveState.set(messages.get("workflow.form.saving"));
        tasks.run(work, result -> {
            saved.accept(result);
            dirty.set(false);
            saveState.set(messages.get("workflow.form.saved"));
            onSaved.run();
        }, this::failed);
    }

    private void failed(Throwable error) {
        Throwable cause = error instanceof fr.referentcpts.ui.common.TaskRunner.TaskFailedException && error.getCause() != null
                ? error.getCause() : error;
        if (cause instanceof ValidationException v) {
            error(v.field(), messages.get(v));
            saveState.set(messages.get("workflow.form.notSaved"));
        } else if (cause instanceof StaleEditException) {
            dialogs.error(messages.get("error.title"), errors.describe(cause));
            dirty.set(false);
            onSaved.run();
        } else {
            saveState.set(messages.get("workflow.form.notSaved"));
            dialogs.error(messages.get("error.title"), errors.describe(cause));
        }
    }

    /** Formats a stored date for its field. */
    protected static String text(LocalDate date) {
        return DateInput.format(date);
    }
}
