package fr.referentcpts.ui.casefile;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseFileService;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.ExchangeFiles;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.Delay;
import fr.referentcpts.ui.common.TaskRunner;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * « Annuler » after a deletion: the deleted case is kept whole in memory for {@link #DELAY}, and
 * {@link #undo} puts it back as it was and opens it.
 */
public final class DeletionUndo {
    /** How long « Annuler » is offered after a deletion. */
    public static final Duration DELAY = Duration.ofSeconds(10);

    private final ExchangeFiles exchange;
    private final CaseFileService caseFiles;
    private final TaskRunner tasks;
    private final Delay delay;
    private final Messages messages;
    private final Consumer<CaseFile> onRestored;
    private final Consumer<Throwable> onFailure;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private CaseBundle copy;

    DeletionUndo(ExchangeFiles exchange, CaseFileService caseFiles, TaskRunner tasks, Delay delay, Messages messages,
            Consumer<CaseFile> onRestored, Consumer<Throwable> onFailure) {
        this.exchange = exchange;
        this.caseFiles = caseFiles;
        this.tasks = tasks;
        this.delay = delay;
        this.messages = messages;
        this.onRestored = onRestored;
        this.onFailure = onFailure;
    }

    /** Offers to bring back {@code deleted} for a while. */
    void offer(CaseBundle deleted) {
        copy = deleted;
        text.set(messages.get("safety.deleted", deleted.caseFile().name()));
        delay.restart(DELAY, this::forget);
    }

    /** « Dossier « … » supprimé. » while a deletion can be undone, empty otherwise. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Brings back the case deleted last, as it was, and opens it. */
    public void undo() {
        CaseBundle deleted = copy;
        if (deleted == null) {
            return;
        }
        forget();
        tasks.run(() -> {
            exchange.restore(deleted);
            return caseFiles.get(deleted.caseFile().id());
        }, onRestored, onFailure);
    }

    /** The offer is gone (its delay passed, or the referent closed it). */
    public void forget() {
        delay.cancel();
        copy = null;
        text.set("");
    }
}
