package fr.referentcpts.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.server.ServerAddress;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A synchronisation counts the cases it looks at, on both sides, as it goes (a real PostgreSQL). */
class SyncProgressTest {
    private static EmbeddedPostgres postgres;
    private static CelluleFixture cellule;
    @TempDir
    Path folders;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        cellule = new CelluleFixture(postgres);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void theCasesHereAndOnTheServerAreCountedOneByOneUpToTheirTotal() throws Exception {
        ServerAddress server = cellule.address(cellule.newCellule(), "postgres");
        try (AppContext a = CelluleFixture.laptop(folders.resolve("a"));
                AppContext b = CelluleFixture.laptop(folders.resolve("b"))) {
            for (String name : List.of("CPTS Nord", "CPTS Sud", "CPTS Est")) {
                a.caseFiles().create(new CaseIdentity(name, "59", "", ""));
            }
            b.caseFiles().create(new CaseIdentity("CPTS Ouest", "29", "", ""));
            List<String> seenByA = new ArrayList<>();
            List<String> seenByB = new ArrayList<>();

            CelluleFixture.sync(a, server, null).sync((done, total) -> seenByA.add(done + "/" + total));
            CelluleFixture.sync(b, server, null).sync((done, total) -> seenByB.add(done + "/" + total));

            assertEquals(List.of("0/3", "1/3", "2/3", "3/3"), seenByA);
            assertEquals(List.of("0/4", "1/4", "2/4", "3/4", "4/4"), seenByB, "its own case and the 3 received");
        }
    }
}
