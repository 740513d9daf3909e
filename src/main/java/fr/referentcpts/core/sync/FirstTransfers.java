package fr.referentcpts.core.sync;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.exchange.AnnexFile;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.ExchangeService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cases one side holds and the other never did — a laptop's first synchronisation, or an empty
 * laptop's — moved in batches rather than one by one: read on one side a query per table for the
 * whole batch, written on the other in one transaction, their agreements recorded here together.
 * Whatever a batch cannot do is handed back to {@link CaseSync}, to be done case by case.
 */
final class FirstTransfers {
    /** Cases moved in one transaction at most (their documents held in memory). */
    static final int BATCH = 50;
    /** Documents' and annexes' bytes held in memory for one batch, at most (about). */
    private static final long BATCH_BYTES = 64L << 20;
    private final SyncService.Local local;
    private final ServerSession server;
    private final List<CaseFile> sends = new ArrayList<>();
    private final List<UUID> pulls = new ArrayList<>();

    FirstTransfers(SyncService.Local local, ServerSession server) {
        this.local = local;
        this.server = server;
    }

    /** What the first sends did: sent (count), refused by the server, sent meanwhile by another laptop, to send alone. */
    record Sent(int sent, List<CaseFile> refused, List<CaseFile> meanwhile, List<CaseFile> alone) {
    }

    /** What the first pulls did: received, skipped (here meanwhile, or gone from the server), to pull alone. */
    record Pulled(int received, int skipped, List<UUID> alone) {
    }

    /** Queues a case the server does not hold; true when a batch is full ({@link #send}). */
    boolean queueSend(CaseFile here) {
        sends.add(here);
        return sends.size() >= BATCH;
    }

    /** Queues a case absent here and never agreed on; true when a batch is full ({@link #pull}). */
    boolean queuePull(UUID id) {
        pulls.add(id);
        return pulls.size() >= BATCH;
    }

    boolean sendsWaiting() {
        return !sends.isEmpty();
    }

    boolean pullsWaiting() {
        return !pulls.isEmpty();
    }

    /**
     * The cases queued, read here together, sent about 64 Mio of documents at most in one server
     * transaction: each one's revision locked and checked as when sent alone, then all written in one
     * server transaction (their rows a few statements a table), and their agreements recorded here in
     * one local transaction. If that transaction fails — a case the server's rules refuse, an id
     * another case holds there — each case is to be sent again alone, so one refusal does not keep
     * the others from the server. A case deleted here since the list was read is not sent.
     */
    Sent send() {
        List<CaseFile> waiting = List.copyOf(sends);
        sends.clear();
        Map<UUID, CaseBundle> read = local.cases().bundlesHeld(waiting.stream().map(CaseFile::id).toList()).stream()
                .collect(Collectors.toMap(b -> b.caseFile().id(), Function.identity()));
        Sent done = new Sent(0, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<CaseFile> group = new ArrayList<>();
        List<CaseBundle> bundles = new ArrayList<>();
        long bytes = 0;
        for (CaseFile here : waiting) {
            CaseBundle b = read.get(here.id());
            if (b == null) {
                continue;
            }
            group.add(here);
            bundles.add(b);
            bytes += bytes(b);
            if (bytes >= BATCH_BYTES) {
                done = send(group, bundles, done);
                group.clear();
                bundles.clear();
                bytes = 0;
            }
        }
        return group.isEmpty() ? done : send(group, bundles, done);
    }

    /** {@code waiting} sent together, {@code read} their bundles (bytes not yet read); {@code done} so far. */
    private Sent send(List<CaseFile> waiting, List<CaseBundle> read, Sent done) {
        List<CaseBundle> mine = read.stream().map(CaseBundle::detached).toList();
        Written written;
        try {
            written = server.transactions().inTransaction(() -> sendAll(mine));
        } catch (RuntimeException e) {
            done.alone().addAll(waiting);
            return done;
        }
        Instant now = local.clock().instant();
        local.transactions().inTransaction(() -> {
            for (CaseBundle b : mine) {
                Long revision = written.revisions().get(b.caseFile().id());
                if (revision != null) {
                    local.store().saveBase(new SyncBase(b.caseFile().id(), revision, b.caseFile().updatedAt(), now));
                }
            }
        });
        for (CaseFile here : waiting) {
            if (written.refused().contains(here.id())) {
                done.refused().add(here);
            } else if (!written.revisions().containsKey(here.id())) {
                done.meanwhile().add(here);
            }
        }
        return new Sent(done.sent() + written.revisions().size(), done.refused(), done.meanwhile(), done.alone());
    }

    /** What {@link #sendAll} did: the revisions of the cases written, the cases refused. */
    private record Written(Map<UUID, Long> revisions, Set<UUID> refused) {
    }

    /**
     * In the server's transaction: the cases still absent there written, each one's revision
     * recorded — their revisions locked, their assignees read and their revisions recorded a
     * statement for all of them, as {@link CaseSync} does for one case.
     */
    private Written sendAll(List<CaseBundle> mine) {
        ServerRevisions revisions = server.revisions();
        ServerRevisions.Locks locks = revisions.lock(mine.stream().map(b -> b.caseFile().id()).toList());
        List<CaseBundle> absent = mine.stream().filter(b -> !locks.refused().contains(b.caseFile().id())
                && locks.revisions().getOrDefault(b.caseFile().id(), 0L) == 0).toList();
        Map<UUID, Long> written = new LinkedHashMap<>();
        if (absent.isEmpty()) {
            return new Written(written, locks.refused());
        }
        List<UUID> ids = absent.stream().map(b -> b.caseFile().id()).toList();
        Map<UUID, String> assignees = revisions.assignees(ids);
        ExchangeService cases = server.cases();
        cases.apply(cases.plan(absent), true);
        assignees.forEach((id, a) -> {
            if (!a.equals(server.user())) {
                revisions.assign(id, a);
            }
        });
        List<UUID> created = ids.stream().filter(id -> !locks.revisions().containsKey(id)).toList();
        revisions.created(created);
        for (UUID id : ids) {
            written.put(id, created.contains(id) ? 1L : revisions.bump(id, OptionalLong.of(locks.revisions().get(id))));
        }
        return new Written(written, locks.refused());
    }

    /**
     * The cases queued, read from the server {@value #BATCH} at a time (about 64 Mio of documents at
     * most), each batch's revisions read first in the same server transaction (a later revision only
     * means one more pull), then written here in one local transaction with their agreements — except
     * a case that appeared here meanwhile (the window open during a background synchronisation, an
     * import): not overwritten, the next synchronisation sees it. If the local transaction fails, each
     * case of the batch is to be pulled alone.
     */
    Pulled pull() {
        int received = 0;
        int skipped = 0;
        List<UUID> alone = new ArrayList<>();
        while (!pulls.isEmpty()) {
            Copies theirs = read(List.copyOf(pulls.subList(0, Math.min(BATCH, pulls.size()))));
            pulls.subList(0, theirs.handled().size()).clear();
            int written;
            try {
                written = write(theirs);
            } catch (RuntimeException e) {
                theirs.bundles().forEach(b -> alone.add(b.caseFile().id()));
                skipped += theirs.handled().size() - theirs.bundles().size();
                continue;
            }
            received += written;
            skipped += theirs.handled().size() - written;
        }
        return new Pulled(received, skipped, alone);
    }

    /** The server's copies of {@code handled} (those it still holds), with their revisions. */
    private record Copies(List<UUID> handled, Map<UUID, Long> revisions, List<CaseBundle> bundles) {
    }

    /** The server's copies of the first of {@code ids}: all of them, or as many as about 64 Mio of bytes hold. */
    private Copies read(List<UUID> ids) {
        return server.transactions().inTransaction(() -> {
            Map<UUID, Long> revisions = server.revisions().current(ids);
            Map<UUID, CaseBundle> held = server.cases().bundlesHeld(ids).stream()
                    .collect(Collectors.toMap(b -> b.caseFile().id(), Function.identity()));
            List<UUID> handled = new ArrayList<>();
            List<CaseBundle> copies = new ArrayList<>();
            long bytes = 0;
            for (UUID id : ids) {
                if (bytes >= BATCH_BYTES) {
                    break;
                }
                handled.add(id);
                CaseBundle b = held.get(id);
                if (b != null) {
                    CaseBundle copy = b.detached();
                    bytes += bytes(copy);
                    copies.add(copy);
                }
            }
            return new Copies(handled, revisions, copies);
        });
    }

    /** In one local transaction: the copies of cases still absent here written, their agreements recorded; how many. */
    private int write(Copies theirs) {
        return local.transactions().inTransaction(() -> {
            Set<UUID> here = local.caseFiles().findAll(theirs.handled()).stream().map(CaseFile::id)
                    .collect(Collectors.toSet());
            List<CaseBundle> absent = theirs.bundles().stream().filter(b -> !here.contains(b.caseFile().id()))
                    .toList();
            if (absent.isEmpty()) {
                return 0;
            }
            local.cases().apply(local.cases().plan(absent), true);
            Map<UUID, CaseFile> written = local.caseFiles().findAll(absent.stream().map(b -> b.caseFile().id())
                    .toList()).stream().collect(Collectors.toMap(CaseFile::id, Function.identity()));
            Instant now = local.clock().instant();
            for (CaseBundle b : absent) {
                UUID id = b.caseFile().id();
                local.store().saveBase(new SyncBase(id, theirs.revisions().getOrDefault(id, 0L),
                        written.get(id).updatedAt(), now));
            }
            return absent.size();
        });
    }

    /** The documents' and annexes' bytes of a case, as its records give their sizes. */
    private static long bytes(CaseBundle b) {
        return b.documents().stream().mapToLong(f -> f.document().size()).sum()
                + b.annexes().stream().mapToLong(AnnexFile::size).sum();
    }
}
