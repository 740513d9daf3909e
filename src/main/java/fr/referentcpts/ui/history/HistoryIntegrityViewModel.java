package fr.referentcpts.ui.history;

import fr.referentcpts.core.history.HistoryIntegrity;
import fr.referentcpts.i18n.HistoryChainText;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.TaskRunner;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history chain of the case being opened, checked in the background: a broken chain is
 * shown above the case (never hidden), an intact one shows nothing.
 */
public final class HistoryIntegrityViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryIntegrityViewModel.class);
    private final HistoryIntegrity integrity;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private UUID shown;

    public HistoryIntegrityViewModel(HistoryIntegrity integrity, TaskRunner tasks, Messages messages) {
        this.integrity = integrity;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Empty while the chain is intact; the French warning when it is broken. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public void load(UUID caseId) {
        shown = caseId;
        warning.set("");
        if (caseId == null) {
            return;
        }
        tasks.run(() -> integrity.verify(caseId), verdict -> {
            if (caseId.equals(shown) && !verdict.intact()) {
                warning.set(HistoryChainText.describe(messages, verdict));
            }
        }, error -> LOG.warn("Vérification de l’historique impossible", error));
    }
}
