package fr.referentcpts.ui.annex;

import fr.referentcpts.core.annex.AnnexCheck;
import fr.referentcpts.core.annex.AnnexNotReadyException;
import fr.referentcpts.core.annex.AnnexService;
import fr.referentcpts.core.annex.DraftReason;
import fr.referentcpts.core.annex.GeneratedAnnex;
import fr.referentcpts.core.common.Keyed;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.core.annex.PageImage;
import fr.referentcpts.core.annex.PageRenderer;
import fr.referentcpts.core.common.UserFiles;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The « Annexes » tab: generate the contract annexes (final or draft) in the background with
 * progress, preview their pages (zoom, navigation), save them, print them, and reopen earlier
 * final annexes with the result of their SHA-256 check.
 */
public final class AnnexViewModel {
    private final AnnexService annexes;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorMessages errors;
    private final PageRenderer renderer;
    private final UserFiles files;
    private final AnnexPreviewViewModel preview;
    private final Executor uiThread;
    private final Runnable onChanged;
    private final ZoneId zone;
    private final ObservableList<AnnexRow> history = FXCollections.observableArrayList();
    private final ObservableList<AnnexRow> readOnlyHistory = FXCollections.unmodifiableObservableList(history);
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyReasons = FXCollections.unmodifiableObservableList(reasons);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper suggestedFileName = new ReadOnlyStringWrapper("annexes.pdf");
    private UUID caseId;

    public AnnexViewModel(AnnexService annexes, TaskRunner tasks, DialogService dialogs, Messages messages,
            PageRenderer renderer, UserFiles files, Executor uiThread, Runnable onChanged, ZoneId zone) {
        this.annexes = annexes;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.renderer = renderer;
        this.files = files;
        this.uiThread = uiThread;
        this.onChanged = onChanged;
        this.zone = zone;
        this.preview = new AnnexPreviewViewModel(tasks, renderer, this::failed);
    }

    /** The pages of the annex shown. */
    public AnnexPreviewViewModel preview() {
        return preview;
    }

    public ObservableList<AnnexRow> history() {
        return readOnlyHistory;
    }

    /** What still keeps the case from final annexes (or the draft's reasons), in French. */
    public ObservableList<String> reasons() {
        return readOnlyReasons;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty suggestedFileNameProperty() {
        return suggestedFileName.getReadOnlyProperty();
    }

    public void load(UUID id) {
        caseId = id;
        preview.clear();
        reasons.clear();
        status.set("");
        if (id == null) {
            history.clear();
            return;
        }
        tasks.run(() -> annexes.checkedAnnexes(id), this::showHistory, this::failed);
    }

    public void generateFinal() {
        generate(false);
    }

    public void generateDraft() {
        generate(true);
    }

    private void generate(boolean draft) {
        UUID id = caseId;
        if (id == null || busy.get()) {
            return;
        }
        busy.set(true);
        progress.set(0);
        reasons.clear();
        status.set(messages.get("annex.ui.generating"));
        float dpi = preview.dpi();
        tasks.run(() -> {
            GeneratedAnnex annex = annexes.generate(id, draft, done -> uiThread.execute(() -> progress.set(done)));
            return new Generated(annex, renderer.render(annex.content(), 0, dpi),
                    annex.isFinal() ? annexes.checkedAnnexes(id) : null);
        }, this::generated, this::generationFailed);
    }

    private record Generated(GeneratedAnnex annex, PageImage first, List<AnnexCheck> history) {
    }

    private void generated(Generated result) {
        busy.set(false);
        progress.set(1);
        GeneratedAnnex annex = result.annex();
        reasons.setAll(annex.report().draftReasons().stream().map(this::sentence).toList());
        status.set(annex.isFinal()
                ? messages.get("annex.ui.finalDone", Integer.toString(annex.pageCount()), annex.report().documentId())
                : messages.get("annex.ui.draftDone", Integer.toString(annex.pageCount())));
        suggestedFileName.set(messages.get(annex.isFinal() ? "annex.ui.fileFinal" : "annex.ui.fileDraft",
                annex.report().documentId()));
        preview.shown(annex.content(), result.first());
        if (result.history() != null) {
            showHistory(result.history());
            onChanged.run();
        }
    }

    private void generationFailed(Throwable error) {
        busy.set(false);
        progress.set(0);
        Throwable cause = error instanceof TaskRunner.TaskFailedException && error.getCause() != null
                ? error.getCause() : error;
        if (cause instanceof AnnexNotReadyException notReady) {
            status.set(messages.get(notReady) + " " + messages.get("annex.ui.tryDraft"));
            reasons.setAll(notReady.reasons().stream().map(this::sentence).toList());
            return;
        }
        status.set("");
        failed(error);
    }

    /** Shows an earlier annex from the list (even an altered one: the check says so). */
    public void open(AnnexRow row) {
        if (row == null) {
            return;
        }
        byte[] content = row.check().annex().content();
        reasons.clear();
        status.set(row.intact() ? messages.get("annex.ui.opened", row.generated(), row.documentId())
                : messages.get("annex.ui.openedAltered", row.generated(), row.documentId()));
        suggestedFileName.set(messages.get("annex.ui.fileFinal", row.documentId()));
        preview.show(content);
    }

    /** Writes the annex shown to {@code target}. */
    public void saveAs(Path target) {
        byte[] content = preview.content();
        if (content == null) {
            return;
        }
        tasks.run(() -> {
            files.save(target, content);
            return target;
        }, path -> dialogs.info(messages.get("annex.ui.savedTitle"), messages.get("annex.ui.saved", path)),
                this::failed);
    }

    /** No printer is installed: nothing to print on. */
    public void printUnavailable() {
        dialogs.error(messages.get("annex.ui.printTitle"), messages.get("annex.ui.noPrinter"));
    }

    /** The printer refused a page. */
    public void printFailed() {
        dialogs.error(messages.get("annex.ui.printTitle"), messages.get("annex.ui.printFailed"));
    }

    private void showHistory(List<AnnexCheck> checks) {
        history.setAll(checks.stream().map(c -> AnnexRow.of(c, messages, zone)).toList());
    }

    private String sentence(DraftReason reason) {
        Object[] arguments = reason.arguments().stream()
                .map(a -> a instanceof Keyed keyed ? messages.get(keyed) : a).toArray();
        return messages.get(reason.messageKey(), arguments);
    }

    private void failed(Throwable error) {
        dialogs.error(messages.get("error.title"), errors.describe(error));
    }
}
