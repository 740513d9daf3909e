package fr.referentcpts.core.sync;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseFileRepository;
import fr.referentcpts.core.common.NotFoundException;
import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.ExchangeService;
import fr.referentcpts.core.workflow.HistoryEntry;
import fr.referentcpts.core.workflow.HistoryKind;
import fr.referentcpts.core.workflow.WorkflowRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * « Synchroniser »: the laptop's database stays the working copy; a synchronisation sends the cases
 * changed here, brings those changed on the server, and never overwrites a case changed on both
 * sides since their last agreement — a conflict, kept until {@link #resolve}. Each case is sent in
 * one server transaction (its revision locked and checked), then recorded here in one local
 * transaction: a synchronisation cut between the two finds, at the next one, the same content on
 * both sides and only records the agreement.
 *
 * <p>A case deleted on a laptop after an agreement is deleted on the server at the next
 * synchronisation, which keeps its tombstone (its revision, who deleted it, when); the other laptops
 * delete it in turn, unless it changed there since their agreement: then it is kept and sent back.
 * Deleted here but changed on the server since, or deleted here but not this login's to delete on
 * the server, it comes back here. A case deleted before it was ever synchronised never reaches the
 * server.
 */
public final class SyncService {
    private final Local local;
    private final Supplier<ServerSession> servers;

    /** The laptop's side of a synchronisation. */
    record Local(ExchangeService cases, CaseFileRepository caseFiles, WorkflowRepository history,
            Transactions transactions, SyncStore store, BundleCodec codec, Clock clock, String author) {
    }

    /**
     * @param servers opens a session on the cellule's server (connects: called once per synchronisation)
     * @param author  who a merge is recorded as made by, in the case's history (the server login)
     */
    public SyncService(ExchangeService cases, CaseFileRepository caseFiles, WorkflowRepository history,
            Transactions transactions, SyncStore store, BundleCodec codec, Clock clock, String author,
            Supplier<ServerSession> servers) {
        this.local = new Local(cases, caseFiles, history, transactions, store, codec, clock, author);
        this.servers = servers;
    }

    /** Synchronises every case; an unreachable server changes nothing here. */
    public SyncReport sync() {
        return sync(SyncProgress.NONE);
    }

    /** Synchronises every case, telling {@code progress} how many are done out of how many. */
    public SyncReport sync(SyncProgress progress) {
        return run(null, progress);
    }

    /**
     * What changed here since the last synchronisation, without connecting: cases never sent,
     * changed or deleted since, and the conflicts waiting to be resolved.
     */
    public Pending pending() {
        return local.transactions().inTransaction(() -> {
            Map<UUID, SyncBase> bases = local.store().bases();
            List<CaseFile> cases = local.caseFiles().findAll();
            long changed = cases.stream().filter(c -> changedHere(c, bases.get(c.id()))).count();
            Set<UUID> held = cases.stream().map(CaseFile::id).collect(Collectors.toSet());
            long deleted = bases.keySet().stream().filter(id -> !held.contains(id)).count();
            return new Pending((int) (changed + deleted), local.store().conflicts());
        });
    }

    /** Cases changed (or deleted) on the laptop and not yet sent, and the conflicts to resolve. */
    public record Pending(int localChanges, List<SyncConflict> conflicts) {
        public Pending {
            conflicts = List.copyOf(conflicts);
        }
    }

    public List<SyncConflict> conflicts() {
        return local.transactions().inTransaction(() -> local.store().conflicts());
    }

    /** The server's version of a case in conflict (the laptop's is {@link ExchangeService#bundle}). */
    public CaseBundle serverVersion(UUID caseId) {
        return local.codec().read(local.transactions().inTransaction(() -> local.store().serverCopy(caseId))
                .orElseThrow(() -> new NotFoundException(caseId.toString())));
    }

    /**
     * Resolves a conflict with the version the referent merged: written here as a change of now,
     * with a line in the case's history, then sent over the server's revision the conflict was
     * found at. If the server's version changed again meanwhile, the case is again a conflict (with
     * the newer server version); if the server cannot be reached, the merge stays here, recorded,
     * and the next synchronisation sends it.
     */
    public SyncReport resolve(UUID caseId, CaseBundle merged) {
        if (!merged.caseFile().id().equals(caseId)) {
            throw new IllegalArgumentException("merged bundle of another case");
        }
        local.transactions().inTransaction(() -> {
            SyncConflict conflict = local.store().conflict(caseId)
                    .orElseThrow(() -> new NotFoundException(caseId.toString()));
            java.time.Instant now = local.clock().instant();
            CaseBundle touched = new CaseBundle(merged.caseFile().touched(now), merged.territory(), merged.people(),
                    merged.missions(), merged.documents(), merged.workflow(), merged.annexes()).detached();
            local.cases().apply(local.cases().plan(List.of(touched)), true);
            local.history().addHistory(new HistoryEntry(UUID.randomUUID(), caseId, LocalDate.now(local.clock()), now,
                    HistoryKind.SYNC_MERGE, null, null, null, "révision " + conflict.serverRevision() + " du serveur",
                    local.author()));
            local.caseFiles().touch(caseId, now);
            local.store().saveBase(new SyncBase(caseId, conflict.serverRevision(), null, now));
            local.store().clearConflict(caseId);
        });
        return run(Set.of(caseId), SyncProgress.NONE);
    }

    private SyncReport run(Set<UUID> only, SyncProgress progress) {
        try (ServerSession server = servers.get()) {
            Map<UUID, Revision> remote = server.transactions().inTransaction(() -> server.revisions().all());
            Map<UUID, Revision> deleted = server.transactions().inTransaction(() -> server.revisions().deleted());
            Map<UUID, CaseFile> here = local.transactions().inTransaction(() -> local.caseFiles().findAll()).stream()
                    .collect(Collectors.toMap(CaseFile::id, Function.identity()));
            Map<UUID, SyncBase> bases = local.transactions().inTransaction(() -> local.store().bases());
            Map<UUID, SyncConflict> conflicts = local.transactions().inTransaction(() -> local.store().conflicts())
                    .stream().collect(Collectors.toMap(SyncConflict::caseId, Function.identity()));
            Set<UUID> ids = new TreeSet<>(here.keySet());
            ids.addAll(remote.keySet());
            ids.addAll(bases.keySet()); // deleted here since the agreement
            if (only != null) {
                ids.retainAll(only);
            }
            CaseSync steps = new CaseSync(local, server);
            int total = ids.size();
            int done = 0;
            progress.at(done, total);
            for (UUID id : ids) {
                steps.step(id, here.get(id), remote.get(id), deleted.get(id), bases.get(id), conflicts.get(id));
                done++;
                if (done < total) {
                    progress.at(done, total); // the last one once the cases held back for a batch are sent too
                }
            }
            steps.finish();
            if (total > 0) {
                progress.at(total, total);
            }
            return steps.report();
        }
    }

    static boolean changedHere(CaseFile c, SyncBase base) {
        return base == null || !Objects.equals(base.localUpdatedAt(), c.updatedAt());
    }
}
