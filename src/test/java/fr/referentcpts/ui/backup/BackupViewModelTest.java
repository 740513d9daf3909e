package fr.referentcpts.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.backup.BackupInfo;
import fr.referentcpts.core.backup.Backups;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** « Restaurer une sauvegarde… »: the list says date, case files and size; nothing is restored without consent. */
class BackupViewModelTest {
    private final List<String> restored = new ArrayList<>();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final BackupViewModel vm = new BackupViewModel(new Backups() {
        @Override
        public List<BackupInfo> list() {
            return List.of(new BackupInfo("referent-cpts-2026-11-22-103000.zip", Instant.parse("2026-11-22T09:30:00Z"),
                    47, 1_258_291));
        }

        @Override
        public Restored restore(String name) {
            throw new AssertionError("the application restores, not the ViewModel");
        }
    }, new SyncTaskRunner(), dialogs, new Messages(), restored::add, TestData.PARIS);

    @Test
    void eachBackupShowsItsDateCaseCountAndSize() {
        vm.load();

        assertEquals("22/11/2026 10:30 — 47 dossier(s) — 1,2 Mo — referent-cpts-2026-11-22-103000.zip",
                vm.rows().getFirst().text().replace('\u202f', ' '));
    }

    @Test
    void restoringAsksFirstAndSaysTheCurrentBaseIsKeptAside() {
        vm.load();
        dialogs.answer = false;
        assertFalse(vm.restore(vm.rows().getFirst()));
        assertTrue(restored.isEmpty());
        assertTrue(dialogs.shown.getFirst().contains("gardée de côté"), dialogs.shown.getFirst());

        dialogs.answer = true;
        assertTrue(vm.restore(vm.rows().getFirst()));
        assertEquals(List.of("referent-cpts-2026-11-22-103000.zip"), restored);
    }
}
