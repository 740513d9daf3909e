package fr.referentcpts.ui.backup;

import fr.referentcpts.core.backup.BackupInfo;
import fr.referentcpts.core.backup.Backups;
import fr.referentcpts.i18n.BackupText;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.TaskRunner;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.collections.FXCollections;

/**
 * « Restaurer une sauvegarde… »: the verified backups (date, case files, size), newest first;
 * restoring one asks for confirmation, saying the current database is kept aside, then hands it
 * to the application, which closes the database, restores and reopens.
 */
public final class BackupViewModel {
    /** A backup as listed. */
    public record Row(BackupInfo backup, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final Backups backups;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Consumer<String> restorer;
    private final ZoneId zone;
    private final ReadOnlyListWrapper<Row> rows = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());

    public BackupViewModel(Backups backups, TaskRunner tasks, DialogService dialogs, Messages messages,
            Consumer<String> restorer, ZoneId zone) {
        this.backups = backups;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.restorer = restorer;
        this.zone = zone;
    }

    public ReadOnlyListProperty<Row> rows() {
        return rows.getReadOnlyProperty();
    }

    public void load() {
        tasks.run(backups::list, list -> rows.setAll(list.stream()
                .map(b -> new Row(b, BackupText.line(messages, b, zone))).toList()),
                error -> dialogs.error(messages.get("error.title"), new ErrorMessages(messages).describe(error)));
    }

    /** Asks, then restores {@code row}: true when the referent confirmed. */
    public boolean restore(Row row) {
        if (!dialogs.confirm(messages.get("backup.ui.title"), messages.get("backup.ui.confirm", row.text()),
                messages.get("backup.ui.restore"))) {
            return false;
        }
        restorer.accept(row.backup().name());
        return true;
    }
}
