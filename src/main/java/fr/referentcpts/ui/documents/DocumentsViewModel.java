package fr.referentcpts.ui.documents;

import fr.referentcpts.core.annex.Annex;
import fr.referentcpts.core.annex.AnnexService;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.UserFiles;
import fr.referentcpts.core.documents.DocumentKind;
import fr.referentcpts.core.documents.DocumentService;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The « Documents » tab: attach files (letter of intent, statutes, signed contract…), open them
 * with the system viewer, save a copy elsewhere, remove them. The final annexes generated for the
 * case are listed too, after the attached files: they open and save the same way but stay.
 */
public final class DocumentsViewModel {
    private final DocumentService documents;
    private final UserFiles files;
    private final Function<UUID, List<Annex>> annexes;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Consumer<Path> systemViewer;
    private final Runnable onChanged;
    private final ZoneId zone;
    private final ObservableList<DocumentRow> rows = FXCollections.observableArrayList();
    private final ObservableList<DocumentRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private UUID caseId;

    /** @param annexes the annexes recorded for a case (only the final ones are listed) */
    public DocumentsViewModel(DocumentService documents, UserFiles files, Function<UUID, List<Annex>> annexes,
            TaskRunner tasks,
            DialogService dialogs, Messages messages, Consumer<Path> systemViewer, Runnable onChanged, ZoneId zone) {
        this.documents = documents;
        this.files = files;
        this.annexes = annexes;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.systemViewer = systemViewer;
        this.onChanged = onChanged;
        this.zone = zone;
    }

    public ObservableList<DocumentRow> rows() {
        return readOnlyRows;
    }

    public void load(UUID id) {
        caseId = id;
        if (id == null) {
            rows.clear();
            return;
        }
        tasks.run(() -> rowsOf(id), rows::setAll, this::failed);
    }

    /** Reads {@code file} in the background and stores it in the case file. */
    public void attach(Path file, DocumentKind kind, LocalDate date, String note) {
        UUID id = caseId;
        tasks.run(() -> {
            documents.attach(id, file.getFileName().toString(), files.read(file, DocumentService.MAX_SIZE), kind, date, note);
            return rowsOf(id);
        }, list -> {
            rows.setAll(list);
            onChanged.run();
        }, this::failed);
    }

    /** Writes the document to a temporary file and hands it to the system viewer. */
    public void open(DocumentRow row) {
        tasks.run(() -> files.temporaryCopy(row.fileName(), content(row)), systemViewer, this::failed);
    }

    public void saveAs(DocumentRow row, Path target) {
        tasks.run(() -> {
            files.save(target, content(row));
            return target;
        },
                path -> dialogs.info(messages.get("document.saved.title"), messages.get("document.saved", path)),
                this::failed);
    }

    public void delete(DocumentRow row) {
        if (!row.removable() || !dialogs.confirm(messages.get("document.delete.title"),
                messages.get("document.delete.question", row.document().fileName()),
                messages.get("document.delete.confirm"))) {
            return;
        }
        UUID id = caseId;
        tasks.run(() -> {
            documents.delete(row.document());
            return rowsOf(id);
        }, list -> {
            rows.setAll(list);
            onChanged.run();
        }, this::failed);
    }

    /** The attached files, then the final annexes, newest first. */
    private List<DocumentRow> rowsOf(UUID id) {
        List<DocumentRow> list = new ArrayList<>();
        documents.documents(id).forEach(d -> list.add(DocumentRow.of(d, messages, zone)));
        annexes.apply(id).stream().filter(Annex::finalVersion)
                .sorted(Comparator.comparing(Annex::generatedAt).reversed())
                .forEach(a -> list.add(DocumentRow.of(a, messages, zone)));
        return list;
    }

    private byte[] content(DocumentRow row) {
        if (row.removable()) {
            return documents.content(row.document());
        }
        if (!AnnexService.sha256(row.annex().content()).equals(row.annex().sha256())) {
            throw new DomainException("document.error.corrupted", row.fileName());
        }
        return row.annex().content();
    }

    private void failed(Throwable error) {
        dialogs.error(messages.get("error.title"), errors.describe(error));
    }
}
