package fr.referentcpts.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.cli.CliTestSupport;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.ui.history.HistoryIntegrityViewModel;
import java.nio.file.Path;
import java.util.UUID;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A decision rewritten in the database behind the application's back is reported by cases show. */
class HistoryTamperingTest {
    @TempDir
    Path dataDir;

    @Test
    void casesShowReportsAHistoryRewrittenOutsideTheApplication() throws Exception {
        CaseFile withHistory;
        try (AppContext context = TestData.open(dataDir)) {
            context.demo().load();
            withHistory = context.caseFiles().list().stream()
                    .filter(c -> context.workflow().snapshot(c.id()).history().size() >= 2).findFirst().orElseThrow();
        }
        CliTestSupport cli = new CliTestSupport(dataDir);
        assertEquals(0, cli.run("cases", "show", withHistory.id().toString()));
        assertTrue(cli.out.toString().contains("chaîne d’empreintes intacte"), cli.out.toString());

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("referent-cpts")
                .toAbsolutePath(), "sa", ""); PreparedStatement update = c.prepareStatement(
                        "UPDATE stage_history SET reason = 'décision falsifiée' WHERE case_id = ? AND sequence = 0")) {
            update.setObject(1, withHistory.id());
            assertEquals(1, update.executeUpdate());
        }
        // The whole file no longer matches its seal (DamagedDatabaseTest): someone who also removes
        // the seal gets past that check, not past the chain.
        java.nio.file.Files.delete(dataDir.resolve("referent-cpts.seal"));

        assertEquals(0, cli.run("cases", "show", withHistory.id().toString()));
        assertTrue(cli.out.toString().contains("Historique modifié hors de l’application"), cli.out.toString());
        assertEquals(0, cli.run("cases", "show", withHistory.id().toString(), "--json"));
        assertTrue(cli.out.toString().contains("\"intact\" : false"), cli.out.toString());

        try (AppContext context = TestData.open(dataDir)) {
            HistoryIntegrityViewModel vm = new HistoryIntegrityViewModel(context.historyIntegrity(),
                    new SyncTaskRunner(), new Messages());
            vm.load(withHistory.id());
            assertTrue(vm.warningProperty().get().startsWith("⚠ Historique modifié"), "shown when the case opens");
            UUID other = context.caseFiles().list().stream().map(CaseFile::id).filter(id -> !id.equals(withHistory.id()))
                    .findFirst().orElseThrow();
            vm.load(other);
            assertEquals("", vm.warningProperty().get(), "an intact history shows nothing");
        }
    }
}
