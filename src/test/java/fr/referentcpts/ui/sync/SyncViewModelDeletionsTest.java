package fr.referentcpts.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.sync.SyncConnector;
import fr.referentcpts.core.sync.SyncReport;
import fr.referentcpts.core.sync.Synchronisation;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.ManualDelay;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deleted cases a synchronisation reports, as the window says them. */
class SyncViewModelDeletionsTest {
    @TempDir
    Path dataDir;
    private final FakeDialogs dialogs = new FakeDialogs();
    private int reloads;

    @Test
    void theStatusNamesTheCasesDeletedHereAndByWhomAndTheListIsReadAgain() {
        SyncReport report = new SyncReport(0, 0, 3, List.of(), List.of(),
                List.of(new SyncReport.DeletedCase("CPTS Nord", "alice")), List.of("CPTS Sud"), List.of(), List.of(),
                List.of());
        try (AppContext context = TestData.open(dataDir)) {
            SyncViewModel model = model(context, report);
            model.synchronise();
            String status = model.statusProperty().get();
            assertTrue(status.contains("Suppressions : 1 sur ce poste (faites ailleurs), 1 sur le serveur ; "
                    + "0 dossier(s) conservé(s) ou rétabli(s)."), status);
            assertTrue(status.contains("Supprimés sur ce poste (supprimés ailleurs) : CPTS Nord (par alice)"), status);
            assertEquals(1, reloads, "the deleted case leaves the list");
            assertEquals(List.of(), dialogs.shown);
        }
    }

    @Test
    void aDeletionTheServerRefusedIsShownAndTheCaseIsBack() {
        SyncReport report = new SyncReport(0, 1, 0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of("CPTS de Bob"));
        try (AppContext context = TestData.open(dataDir)) {
            model(context, report).synchronise();
            assertEquals(1, dialogs.shown.size(), dialogs.shown.toString());
            assertTrue(dialogs.shown.getFirst().contains("Suppression refusée par le serveur"), dialogs.shown.toString());
            assertTrue(dialogs.shown.getFirst().contains("CPTS de Bob"), dialogs.shown.toString());
            assertEquals(1, reloads);
        }
    }

    private SyncViewModel model(AppContext context, SyncReport report) {
        Synchronisation server = new fr.referentcpts.testing.RoundOnlySynchronisation(progress -> report);
        SyncConnector connector = new SyncConnector() {
            @Override
            public Optional<String> server() {
                return Optional.of("alice — postgresql://serveur/cellule");
            }

            @Override
            public Synchronisation connect(Supplier<char[]> passwords) {
                return server;
            }
        };
        return new SyncViewModel(connector, context.exchangeFiles(), new SyncTaskRunner(), dialogs, new Messages(),
                TestData.CLOCK, () -> "secret".toCharArray(), (name, mine, theirs, now) -> Optional.empty(),
                () -> reloads++, new ManualDelay(), Runnable::run);
    }
}
