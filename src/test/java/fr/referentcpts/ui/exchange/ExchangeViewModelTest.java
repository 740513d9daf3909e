package fr.referentcpts.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export then import through the window's ViewModel: the plan is shown, nothing is written without consent. */
class ExchangeViewModelTest {
    @TempDir
    Path mine;
    @TempDir
    Path theirs;
    @TempDir
    Path files;

    @Test
    void theImportShowsThePlanAndWritesOnlyWhenConfirmed() {
        Path file = files.resolve("a.cpts");
        try (AppContext context = TestData.open(mine)) {
            CaseFile c = context.caseFiles().create(new CaseIdentity("CPTS A", "14", "", ""));
            FakeDialogs dialogs = new FakeDialogs();
            new ExchangeViewModel(context.exchangeFiles(), new SyncTaskRunner(), dialogs, new Messages(),
                    () -> { }, () -> null).export(List.of(c.id()), file);
            assertEquals("info: 1 dossier(s) exporté(s) dans " + file + ".", dialogs.shown.getFirst());
        }
        try (AppContext context = TestData.open(theirs)) {
            FakeDialogs dialogs = new FakeDialogs();
            int[] reloads = {0};
            ExchangeViewModel vm = new ExchangeViewModel(context.exchangeFiles(), new SyncTaskRunner(), dialogs,
                    new Messages(), () -> reloads[0]++, () -> null);

            dialogs.answer = false;
            vm.importFile(file);
            assertEquals("confirm: Nouveau dossier : CPTS A", dialogs.shown.getFirst());
            assertTrue(context.caseFiles().list().isEmpty());

            dialogs.answer = true;
            vm.importFile(file);
            assertEquals(1, context.caseFiles().list().size());
            assertEquals(1, reloads[0]);
        }
    }

    @Test
    void replacingACaseByAnOlderVersionAsksWithAButtonThatSaysSo() {
        Path file = files.resolve("ancien.cpts");
        FakeDialogs dialogs = new FakeDialogs();
        java.util.UUID id;
        try (AppContext context = AppContext.open(mine, java.time.Clock.fixed(
                java.time.Instant.parse("2020-01-01T10:00:00Z"), TestData.PARIS))) {
            id = context.caseFiles().create(new CaseIdentity("CPTS A", "14", "", "")).id();
            new ExchangeViewModel(context.exchangeFiles(), new SyncTaskRunner(), dialogs, new Messages(),
                    () -> { }, () -> null).export(List.of(id), file);
        }
        try (AppContext context = TestData.open(mine)) {
            CaseFile c = context.caseFiles().get(id);
            context.caseFiles().updateIdentity(id, c.version(), new CaseIdentity("CPTS A renommée", "14", "", ""));
            String[] label = new String[1];
            ExchangeViewModel vm = new ExchangeViewModel(context.exchangeFiles(), new SyncTaskRunner(), new fr.referentcpts.ui.common.DialogService() {
                @Override
                public boolean confirm(String title, String message, String confirmLabel) {
                    label[0] = confirmLabel;
                    return true;
                }

                @Override
                public void error(String title, String message) {
                    throw new AssertionError(message);
                }

                @Override
                public void info(String title, String message) {
                }
            }, new Messages(), () -> { }, () -> null);

            vm.importFile(file);

            assertEquals("Remplacer par la version plus ancienne", label[0]);
            assertEquals("CPTS A", context.caseFiles().get(id).name(), "replaced once confirmed");
        }
    }

    @Test
    void anEncryptedExportAsksItsPassphraseAtImport() {
        Path file = files.resolve("chiffre.cpts");
        try (AppContext context = TestData.open(mine)) {
            CaseFile c = context.caseFiles().create(new CaseIdentity("CPTS Chiffrée", "14", "", ""));
            FakeDialogs dialogs = new FakeDialogs();
            new ExchangeViewModel(context.exchangeFiles(), new SyncTaskRunner(), dialogs, new Messages(), () -> { },
                    () -> null).export(List.of(c.id()), file, "mistral gagnant 1985".toCharArray());
            assertTrue(dialogs.shown.getFirst().startsWith("info: 1 dossier(s) exporté(s)"), dialogs.shown.toString());
        }
        try (AppContext context = TestData.open(theirs)) {
            int[] asked = {0};
            FakeDialogs dialogs = new FakeDialogs();
            new ExchangeViewModel(context.exchangeFiles(), new SyncTaskRunner(), dialogs, new Messages(), () -> { }, () -> {
                asked[0]++;
                return "mistral gagnant 1985".toCharArray();
            }).importFile(file);

            assertEquals(1, asked[0]);
            assertEquals("CPTS Chiffrée", context.caseFiles().list().getFirst().name());
        }
    }
}
