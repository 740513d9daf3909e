package fr.referentcpts;

import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.exchange.ExchangeService;
import fr.referentcpts.core.sync.Revision;
import fr.referentcpts.core.sync.ServerRevisions;
import fr.referentcpts.core.sync.ServerSession;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A second data folder standing for the cellule's server, its revisions all at 1, for tests of the
 * laptop's side of a synchronisation; nothing is sent to it.
 */
final class DataFolderServer {
    private DataFolderServer() {
    }

    /**
     * The other data folder as the cellule's server: {@code onBatch} runs when a batch's revisions are
     * first read (the first pulls), {@code onOne} when one case's revision is first read (a case
     * pulled or reconciled alone).
     */
    static ServerSession session(AppContext server, Runnable onBatch, Runnable onOne) {
        ExchangeService cases = server.exchange();
        Transactions transactions = server.repositories().transactions();
        ServerRevisions revisions = new ServerRevisions() {
            private Runnable once = onBatch;
            private Runnable onceAlone = onOne;

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
                onceAlone.run();
                onceAlone = () -> { };
                return OptionalLong.of(1);
            }

            @Override
            public OptionalLong lock(UUID caseId) {
                throw new AssertionError("nothing is sent in this test");
            }

            @Override
            public Locks lock(Collection<UUID> caseIds) {
                throw new AssertionError("nothing is sent in this test");
            }

            @Override
            public void created(Collection<UUID> caseIds) {
                throw new AssertionError("nothing is sent in this test");
            }

            @Override
            public Map<UUID, String> assignees(Collection<UUID> caseIds) {
                throw new AssertionError("nothing is sent in this test");
            }

            @Override
            public long bump(UUID caseId, OptionalLong previous) {
                throw new AssertionError("nothing is sent in this test");
            }

            @Override
            public long markDeleted(UUID caseId, OptionalLong previous) {
                throw new AssertionError("nothing is deleted in this test");
            }

            @Override
            public Optional<String> assignee(UUID caseId) {
                throw new AssertionError("nothing is sent in this test");
            }

            @Override
            public void assign(UUID caseId, String user) {
                throw new AssertionError("nothing is sent in this test");
            }
        };
        return ServerSession.of(cases, revisions, transactions, "test", () -> { });
    }
}
