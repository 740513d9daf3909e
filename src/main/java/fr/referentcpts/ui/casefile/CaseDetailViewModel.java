package fr.referentcpts.ui.casefile;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseFileService;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.common.StaleEditException;
import fr.referentcpts.core.exchange.ExchangeFiles;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.Delay;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.TaskRunner;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The identity of the open case file. Edits save themselves {@link #AUTOSAVE_DELAY} after the
 * referent stops typing, and at once when another case is opened or the window closes.
 */
public final class CaseDetailViewModel {
    public static final Duration AUTOSAVE_DELAY = Duration.ofMillis(700);

    private final CaseFileService caseFiles;
    private final ExchangeFiles exchange;
    private final BiFunction<UUID, String, Map<String, Long>> territoryDepartements;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Delay autosave;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Consumer<CaseFile> onChanged;
    private final Consumer<UUID> onDeleted;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty departement = new SimpleStringProperty("");
    private final StringProperty referent = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final IdentityErrors fieldErrors;
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stageLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper archived = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<CaseFile> current = new ReadOnlyObjectWrapper<>();
    private final DeletionUndo deletionUndo;
    /** The département code saved or confirmed by the referent; another one waits for {@link #commitDepartement}. */
    private String confirmedDepartement = "";

    private boolean showing;
    private boolean saving;
    private Runnable afterSave;

    /**
     * @param exchange  deletes a case keeping a copy in memory, and brings it back (undo)
     * @param territoryDepartements the départements of a case's communes when none lies in the
     *                  département given (see {@code TerritoryService#departementsIfNoneIn})
     * @param undoDelay how long « Annuler » stays offered after a deletion
     */
    public CaseDetailViewModel(CaseFileService caseFiles, ExchangeFiles exchange,
            BiFunction<UUID, String, Map<String, Long>> territoryDepartements, TaskRunner tasks,
            DialogService dialogs, Delay autosave, Delay undoDelay, Messages messages, Consumer<CaseFile> onChanged,
            Consumer<UUID> onDeleted) {
        this.caseFiles = caseFiles;
        this.exchange = exchange;
        this.territoryDepartements = territoryDepartements;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.autosave = autosave;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.fieldErrors = new IdentityErrors(messages);
        this.onChanged = onChanged;
        this.onDeleted = onDeleted;
        this.deletionUndo = new DeletionUndo(exchange, caseFiles, tasks, undoDelay, messages, onChanged, this::failed);
        List.of(name, departement, referent, notes).forEach(p -> p.addListener((obs, old, value) -> edited()));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty departementProperty() {
        return departement;
    }

    public StringProperty referentProperty() {
        return referent;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** The French error under each field. */
    public IdentityErrors fieldErrors() {
        return fieldErrors;
    }

    /** « Enregistré », « Modifications en cours… », or what prevents saving. */
    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stageLabelProperty() {
        return stageLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty archivedProperty() {
        return archived.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CaseFile> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Shows a case file (after saving the one being edited). Null clears the pane. */
    public void show(CaseFile caseFile) {
        showing = true;
        try {
            current.set(caseFile);
            CaseIdentity identity = caseFile == null ? new CaseIdentity("", "", "", "") : caseFile.identity();
            name.set(identity.name());
            departement.set(identity.departement());
            confirmedDepartement = identity.departement();
            referent.set(identity.referent());
            notes.set(identity.notes());
            stageLabel.set(caseFile == null ? "" : messages.get(caseFile.stage()));
            archived.set(caseFile != null && caseFile.archived());
            fieldErrors.clear();
            saveState.set(caseFile == null ? "" : messages.get("casefile.saved"));
        } finally {
            showing = false;
        }
    }

    /**
     * The case changed elsewhere in this window (its stage moved): take its stored state (stage,
     * version) and keep what is being typed.
     */
    public void reloaded(CaseFile fresh) {
        CaseFile shown = current.get();
        if (shown != null && fresh != null && shown.id().equals(fresh.id())) {
            current.set(fresh);
            stageLabel.set(messages.get(fresh.stage()));
            archived.set(fresh.archived());
        }
    }

    /** True while typed changes are not yet in the database. */
    public boolean hasPendingChanges() {
        CaseFile shown = current.get();
        return shown != null && !shown.identity().equals(caseFiles.normalize(identity()));
    }

    /** Saves pending changes now, then runs {@code then} (even when there was nothing to save). */
    public void flush(Runnable then) {
        autosave.cancel();
        if (saving) {
            Runnable previous = afterSave;
            afterSave = () -> {
                if (previous != null) {
                    previous.run();
                }
                flush(then);
            };
            return;
        }
        if (!hasPendingChanges() || !validate()) {
            then.run();
            return;
        }
        if (departementUnconfirmed()) {
            commitDepartement(() -> flush(then));
            return;
        }
        save(then);
    }

    /**
     * The referent left the département field (or chose a suggestion): a département that none of
     * the territory's communes lies in is saved only once confirmed (« Annuler », the default, puts
     * the saved one back); any other is saved as usual. Then runs {@code then}.
     */
    public void commitDepartement(Runnable then) {
        CaseFile shown = current.get();
        if (shown == null || !departementUnconfirmed() || !validate()) {
            then.run();
            return;
        }
        String chosen = caseFiles.normalize(identity()).departement();
        tasks.run(() -> territoryDepartements.apply(shown.id(), chosen), others -> {
            if (current.get() == null || !current.get().id().equals(shown.id())) {
                then.run();
                return;
            }
            if (others.isEmpty() || dialogs.confirm(messages.get("ux.departement.title"), messages.get(
                    "ux.departement.question", others.values().stream().mapToLong(Long::longValue).sum(),
                    caseFiles.departementLabel(chosen), others.entrySet().stream().map(e -> messages.get(
                            "ux.departement.count", caseFiles.departementLabel(e.getKey()), e.getValue()))
                            .collect(Collectors.joining(", "))), messages.get("ux.departement.confirm"))) {
                confirmedDepartement = chosen;
                edited();
            } else {
                departement.set(confirmedDepartement);
            }
            then.run();
        }, this::failed);
    }

    private boolean departementUnconfirmed() {
        return current.get() != null && !caseFiles.normalize(identity()).departement().equals(confirmedDepartement);
    }

    public void archive() {
        changeArchived(true);
    }

    public void restore() {
        changeArchived(false);
    }

    /**
     * Deletes the case file after a confirmation that names it (« Annuler » is its default); a
     * copy is kept in memory for a while so that {@link DeletionUndo#undo} brings it back.
     */
    public void delete() {
        CaseFile shown = current.get();
        if (shown == null || !dialogs.confirm(messages.get("casefile.delete.title"),
                messages.get("casefile.delete.question", shown.name()), messages.get("casefile.delete.confirm"))) {
            return;
        }
        autosave.cancel();
        tasks.run(() -> exchange.deleteKeepingCopy(shown.id()), copy -> {
            show(null);
            onDeleted.accept(copy.caseFile().id());
            deletionUndo.offer(copy);
        }, this::failed);
    }

    /** « Annuler » after a deletion. */
    public DeletionUndo deletionUndo() {
        return deletionUndo;
    }

    private void changeArchived(boolean value) {
        flush(() -> {
            CaseFile shown = current.get();
            if (shown == null) {
                return;
            }
            tasks.run(() -> caseFiles.setArchived(shown.id(), shown.version(), value), this::saved, this::failed);
        });
    }

    private void edited() {
        if (showing || current.get() == null) {
            return;
        }
        if (!validate()) {
            autosave.cancel();
            saveState.set(messages.get("casefile.notSaved"));
            return;
        }
        if (departementUnconfirmed()) {
            // Not while the département is being typed or chosen: saved when the field is left.
            autosave.cancel();
            saveState.set(messages.get("ux.departement.pending"));
            return;
        }
        saveState.set(messages.get("casefile.saving"));
        autosave.restart(AUTOSAVE_DELAY, () -> flush(() -> { }));
    }

    private boolean validate() {
        return fieldErrors.show(caseFiles.check(identity()));
    }

    private void save(Runnable then) {
        CaseFile shown = current.get();
        CaseIdentity sent = identity();
        saving = true;
        afterSave = then;
        tasks.run(() -> caseFiles.updateIdentity(shown.id(), shown.version(), sent), this::saved, this::failed);
    }

    private void saved(CaseFile saved) {
        saving = false;
        CaseFile before = current.get();
        boolean sameCase = before != null && before.id().equals(saved.id());
        if (sameCase) {
            // Keep what was typed meanwhile: only the stored state (version, dates) moves on.
            current.set(saved);
            archived.set(saved.archived());
            saveState.set(hasPendingChanges() ? messages.get("casefile.saving") : messages.get("casefile.saved"));
            if (hasPendingChanges() && validate()) {
                autosave.restart(AUTOSAVE_DELAY, () -> flush(() -> { }));
            }
        }
        onChanged.accept(saved);
        runAfterSave();
    }

    private void failed(Throwable error) {
        saving = false;
        afterSave = null;
        if (error instanceof StaleEditException) {
            dialogs.error(messages.get("error.title"), errors.describe(error));
            reloadCurrent();
            return;
        }
        saveState.set(messages.get("casefile.notSaved"));
        dialogs.error(messages.get("error.title"), errors.describe(error));
    }

    private void reloadCurrent() {
        CaseFile shown = current.get();
        if (shown != null) {
            tasks.run(() -> caseFiles.get(shown.id()), fresh -> {
                show(fresh);
                onChanged.accept(fresh);
            }, error -> dialogs.error(messages.get("error.title"), errors.describe(error)));
        }
    }

    private void runAfterSave() {
        Runnable then = afterSave;
        afterSave = null;
        if (then != null) {
            then.run();
        }
    }

    private CaseIdentity identity() {
        return new CaseIdentity(name.get(), departement.get(), referent.get(), notes.get());
    }

}
