package fr.referentcpts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.sync.SyncReport;
import fr.referentcpts.core.sync.SyncService;
import fr.referentcpts.io.exchange.CptsBundleCodec;
import fr.referentcpts.persistence.sync.JooqSyncStore;
import fr.referentcpts.testing.RichCases;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An empty laptop's first synchronisation brings the server's cases in batches, and never
 * overwrites a case that appeared on the laptop while its batch was read from the server (an
 * import, or the window during a background synchronisation). The server here is a second data
 * folder, its revisions all at 1: what is checked is the laptop's side.
 */
class FirstPullsTest {
    @TempDir
    Path serverDir;
    @TempDir
    Path laptopDir;

    @Test
    void aCaseThatAppearedHereWhileItsBatchWasReadIsKeptAndTheOthersArrive() {
        try (AppContext server = TestData.open(serverDir); AppContext laptop = TestData.open(laptopDir)) {
            server.demoGenerator().generate(55, 3, done -> { });
            List<UUID> ids = server.caseFiles().list().stream().map(CaseFile::id).sorted().toList();
            UUID early = ids.get(10); // stepped (in the order of ids) into the first batch of 50
            CaseBundle theirs = server.exchange().bundle(early);
            CaseBundle imported = new CaseBundle(theirs.caseFile().withIdentity(new CaseIdentity("Copie reçue par courriel",
                    theirs.caseFile().departement(), "", "")),
                    theirs.territory(), theirs.people(), theirs.missions(), theirs.documents(), theirs.workflow(),
                    theirs.annexes()).detached();
            Runnable meanwhile = () -> laptop.exchange().apply(laptop.exchange().plan(List.of(imported)), false);
            SyncService sync = new SyncService(laptop.exchange(), laptop.repositories().caseFiles(),
                    laptop.repositories().workflow(), laptop.repositories().transactions(),
                    new JooqSyncStore(laptop.repositories().transactions()), new CptsBundleCodec("test"),
                    laptop.clock(), "test", () -> DataFolderServer.session(server, meanwhile, () -> { }));

            assertEquals(new SyncReport(0, 54, 1, List.of(), List.of()), sync.sync());

            assertEquals("Copie reçue par courriel", laptop.caseFiles().get(early).name());
            for (UUID id : ids) {
                if (!id.equals(early)) {
                    assertEquals(RichCases.content(server.exchange().bundle(id)),
                            RichCases.content(laptop.exchange().bundle(id)));
                }
            }
            SyncReport next = sync.sync(); // held on both sides, never agreed on, different: a conflict
            assertEquals(List.of("Copie reçue par courriel"), next.conflicts());
            assertEquals(54, next.unchanged());
            assertEquals("Copie reçue par courriel", laptop.caseFiles().get(early).name());
        }
    }
}
