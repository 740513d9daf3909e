package fr.referentcpts.cli.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.cli.CliTestSupport;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.persistence.ServerSchema;
import fr.referentcpts.testing.TestData;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code server sync} names the cases deleted on the server and those deleted here because deleted elsewhere. */
class ServerSyncDeletionsCommandTest {
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        ServerSchema.migrate(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void syncSaysWhichCasesItDeletedOnTheServerAndWhichHereAndByWhom(@TempDir Path a, @TempDir Path b) {
        CaseFile nord;
        try (AppContext laptop = TestData.open(a)) {
            nord = laptop.caseFiles().create(new CaseIdentity("CPTS Nord", "59", "", ""));
            laptop.caseFiles().create(new CaseIdentity("CPTS Sud", "13", "", ""));
        }
        String url = "postgresql://localhost:" + postgres.getPort() + "/postgres";
        CliTestSupport first = new CliTestSupport(a);
        first.run("server", "connect", url, "--user", "postgres");
        assertEquals(0, first.run("server", "sync"), first.err.toString());
        CliTestSupport second = new CliTestSupport(b);
        second.run("server", "connect", url, "--user", "postgres");
        assertEquals(0, second.run("server", "sync"), second.err.toString());

        try (AppContext laptop = TestData.open(a)) {
            laptop.exchange().deleteKeepingCopy(nord.id());
        }
        assertEquals(0, first.run("server", "sync"), first.err.toString());
        assertTrue(first.out.toString().contains("Supprimés sur le serveur : CPTS Nord."), first.out.toString());
        assertEquals(0, second.run("server", "sync"), second.err.toString());
        assertTrue(second.out.toString().contains("Supprimés sur ce poste (supprimés ailleurs) : CPTS Nord (par "
                + "postgres)."), second.out.toString());
        try (AppContext laptop = TestData.open(b)) {
            assertEquals(List.of("CPTS Sud"), laptop.caseFiles().list().stream().map(CaseFile::name).toList());
        }
    }
}
