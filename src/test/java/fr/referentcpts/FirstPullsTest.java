package fr.referentcpts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.ExchangeService;
import fr.referentcpts.core.sync.Revision;
import fr.referentcpts.core.sync.ServerRevisions;
import fr.referentcpts.core.sync.ServerSession;
import fr.referentcpts.core.sync.SyncReport;
import fr.referentcpts.core.sync.SyncService;
import fr.referentcpts.io.exchange.CptsBundleCodec;
import fr.referentcpts.persistence.sync.JooqSyncStore;
import fr.referentcpts.testing.RichCases;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
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
                    laptop.clock(), "test", () -> session(server, meanwhile));

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

    /** The other data folder as the cellule's server; {@code meanwhile} run when the first batch is read. */
    private static ServerSession session(AppContext server, Runnable meanwhile) {
        ExchangeService cases = server.exchange();
        Transactions transactions = server.repositories().transactions();
        ServerRevisions revisions = new ServerRevisions() {
            private Runnable once = meanwhile;

            @Override
            public Map<UUID, Revision> all() {
                Map<UUID, Revision> all = new HashMap<>();
                server.caseFiles().list().forEach(c -> all.put(c.id(), new Revision(1, "cellule", Instant.EPOCH)));
                return all;
            }

            @Override
            public Map<UUID, Revision> deleted() {
                return Map.of();
            }

            @Override
            public Map<UUID, Long> current(Collection<UUID> caseIds) {
                once.run();
                once = () -> { };
                Map<UUID, Long> current = new HashMap<>();
                caseIds.forEach(id -> current.put(id, 1L));
                return current;
            }

            @Override
            public OptionalLong current(UUID caseId) {
                return OptionalLong.of(1);
            }

            @Override
            public OptionalLong lock(UUID caseId) {
                throw new UnsupportedOperationException("nothing is sent in this test");
            }

            @Override
            public Locks lock(Collection<UUID> caseIds) {
                throw new UnsupportedOperationException("nothing is sent in this test");
            }

            @Override
            public void created(Collection<UUID> caseIds) {
                throw new UnsupportedOperationException("nothing is sent in this test");
            }

            @Override
            public Map<UUID, String> assignees(Collection<UUID> caseIds) {
                throw new UnsupportedOperationException("nothing is sent in this test");
            }

            @Override
            public long bump(UUID caseId, OptionalLong previous) {
                throw new UnsupportedOperationException("nothing is sent in this test");
            }

            @Override
            public long markDeleted(UUID caseId, OptionalLong previous) {
                throw new UnsupportedOperationException("nothing is deleted in this test");
            }

            @Override
            public Optional<String> assignee(UUID caseId) {
                throw new UnsupportedOperationException("nothing is sent in this test");
            }

            @Override
            public void assign(UUID caseId, String user) {
                throw new UnsupportedOperationException("nothing is sent in this test");
            }
        };
        return new ServerSession() {
            @Override
            public ExchangeService cases() {
                return cases;
            }

            @Override
            public ServerRevisions revisions() {
                return revisions;
            }

            @Override
            public Transactions transactions() {
                return transactions;
            }

            @Override
            public String user() {
                return "test";
            }

            @Override
            public void close() {
            }
        };
    }
}
