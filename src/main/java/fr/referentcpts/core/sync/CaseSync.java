package fr.referentcpts.core.sync;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.ExchangeService;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The steps of one synchronisation, case by case, and what they did; the cases one side holds and
 * the other never did are moved in batches ({@link FirstTransfers}), the others one by one.
 */
final class CaseSync {
    private final SyncService.Local local;
    private final ServerSession server;
    private int sent;
    private int received;
    private int unchanged;
    private final List<String> conflicts = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private final List<SyncReport.DeletedCase> deletedHere = new ArrayList<>();
    private final List<String> deletedOnServer = new ArrayList<>();
    private final List<String> kept = new ArrayList<>();
    private final List<String> broughtBack = new ArrayList<>();
    private final List<String> deletionRefused = new ArrayList<>();
    /** Cases one side holds and the other never did, waiting to be moved together. */
    private final FirstTransfers first;

    CaseSync(SyncService.Local local, ServerSession server) {
        this.local = local;
        this.server = server;
        this.first = new FirstTransfers(local, server);
    }

    SyncReport report() {
        return new SyncReport(sent, received, unchanged, conflicts, refused, deletedHere, deletedOnServer, kept,
                broughtBack, deletionRefused);
    }

    /**
     * One case: {@code here} and {@code there} are null when a side does not hold it, {@code deleted}
     * is the server's tombstone when a synchronisation deleted it there, {@code base} null when the
     * two sides never agreed on it, {@code conflict} when none is pending.
     */
    void step(UUID id, CaseFile here, Revision there, Revision deleted, SyncBase base, SyncConflict conflict) {
        if (conflict != null) {
            if (here != null) {
                conflicts.add(conflict.caseName());
                return;
            }
            // deleted here while in conflict: the server's version changed since the agreement
            local.transactions().inTransaction(() -> local.store().clearConflict(id));
        }
        if (here == null && there == null) {
            forget(id, base); // gone from both sides (or no longer shown to this login)
        } else if (here == null) {
            if (base == null) {
                if (first.queuePull(id)) {
                    pullFirst();
                }
            } else {
                deleteOnServer(id, there, base);
            }
        } else if (there == null) {
            if (deleted != null) {
                deletedThere(here, deleted, base);
            } else if (base == null) {
                push(here, 0);
            } else {
                unchanged++; // no longer on the server, without a tombstone (removed by other means): kept here
            }
        } else {
            changedOnEitherSide(here, there, base);
        }
    }

    private void changedOnEitherSide(CaseFile here, Revision there, SyncBase base) {
        UUID id = here.id();
        boolean changedHere = SyncService.changedHere(here, base);
        boolean changedThere = base == null || there.number() > base.serverRevision();
        if (changedHere && changedThere) {
            reconcile(here);
        } else if (changedHere) {
            push(here, base.serverRevision());
        } else if (changedThere) {
            pull(id, here);
        } else {
            unchanged++;
        }
    }

    private void forget(UUID id, SyncBase base) {
        if (base != null) {
            local.transactions().inTransaction(() -> local.store().removeBase(id));
        }
    }

    /**
     * Deleted here after the agreement: deleted on the server too, leaving its tombstone, unless it
     * changed there since (then it comes back here) or the server refuses this login to delete it
     * (another referent's case: it comes back here at once, named as refused).
     */
    private void deleteOnServer(UUID id, Revision there, SyncBase base) {
        if (there.number() > base.serverRevision()) {
            broughtBack.add(bringBack(id));
            return;
        }
        String name;
        try {
            name = server.transactions().inTransaction(() -> {
                ServerRevisions revisions = server.revisions();
                OptionalLong current = revisions.lock(id);
                if (current.orElse(0) != base.serverRevision()) {
                    return null;
                }
                revisions.markDeleted(id, current);
                return server.cases().delete(id).name();
            });
        } catch (ServerRefusedException e) {
            deletionRefused.add(bringBack(id));
            return;
        }
        if (name == null) {
            broughtBack.add(bringBack(id)); // changed on the server since the list was read
            return;
        }
        local.transactions().inTransaction(() -> local.store().removeBase(id));
        deletedOnServer.add(name);
    }

    /** Brings back here the server's version of a case deleted here; returns its name. */
    private String bringBack(UUID id) {
        pull(id, null);
        return local.transactions().inTransaction(() -> local.caseFiles().find(id).map(CaseFile::name).orElse(""));
    }

    /**
     * Deleted on the server by another synchronisation: deleted here too, the way the referent
     * deletes a case, if it did not change here since the agreement; otherwise kept and sent back.
     */
    private void deletedThere(CaseFile here, Revision deleted, SyncBase base) {
        UUID id = here.id();
        if (base != null && !SyncService.changedHere(here, base)) {
            boolean removed = local.transactions().inTransaction(() -> {
                if (!local.caseFiles().find(id).map(CaseFile::updatedAt).equals(java.util.Optional.of(here.updatedAt()))) {
                    return false; // changed here meanwhile: the next synchronisation sends it back
                }
                local.cases().delete(id);
                local.store().removeBase(id);
                return true;
            });
            if (removed) {
                deletedHere.add(new SyncReport.DeletedCase(here.name(), deleted.changedBy()));
            } else {
                unchanged++;
            }
            return;
        }
        int before = sent;
        push(here, deleted.number());
        if (sent > before) {
            kept.add(here.name());
        }
    }

    /**
     * Sends the laptop's version over the server's revision {@code expected} (0: a case the server
     * does not hold — sent with others, {@link #sendFirst}).
     */
    private void push(CaseFile here, long expected) {
        if (expected != 0) {
            pushOne(here, expected);
        } else if (first.queueSend(here)) {
            sendFirst();
        }
    }

    /** Sends, then brings, the cases still waiting to be moved together: called once every case was stepped. */
    void finish() {
        if (first.sendsWaiting()) {
            sendFirst();
        }
        if (first.pullsWaiting()) {
            pullFirst();
        }
    }

    /** The cases the server did not hold when the list was read, sent together ({@link FirstTransfers#send}). */
    private void sendFirst() {
        FirstTransfers.Sent done = first.send();
        sent += done.sent();
        done.refused().forEach(c -> refused.add(c.name()));
        done.meanwhile().forEach(this::reconcile); // sent meanwhile by another laptop
        done.alone().forEach(c -> pushOne(c, 0));
    }

    /** The cases absent here and never agreed on, brought together ({@link FirstTransfers#pull}). */
    private void pullFirst() {
        FirstTransfers.Pulled done = first.pull();
        received += done.received();
        unchanged += done.skipped();
        done.alone().forEach(id -> pull(id, null));
    }

    /** Sends one case over the server's revision {@code expected}, in a server transaction of its own. */
    private void pushOne(CaseFile here, long expected) {
        UUID id = here.id();
        CaseBundle mine = local.cases().bundle(id).detached();
        long revision;
        try {
            revision = server.transactions().inTransaction(() -> {
                ServerRevisions revisions = server.revisions();
                OptionalLong current = revisions.lock(id);
                if (current.orElse(0) != expected) {
                    return -1L;
                }
                java.util.Optional<String> assignee = revisions.assignee(id);
                ExchangeService cases = server.cases();
                cases.apply(cases.plan(List.of(mine)), true);
                assignee.filter(a -> !a.equals(server.user())).ifPresent(a -> revisions.assign(id, a));
                return revisions.bump(id, current);
            });
        } catch (ServerRefusedException e) {
            refused.add(here.name());
            return;
        }
        if (revision < 0) {
            reconcile(here); // changed on the server since the list was read
            return;
        }
        local.transactions().inTransaction(() -> local.store().saveBase(
                new SyncBase(id, revision, mine.caseFile().updatedAt(), local.clock().instant())));
        sent++;
    }

    /**
     * Replaces the laptop's version ({@code seen} when the list was read, null if absent) by the
     * server's, and records the agreement, in one local transaction — unless the case was changed
     * here meanwhile (the window open during a background synchronisation): the next one sees it.
     */
    private void pull(UUID id, CaseFile seen) {
        java.util.Optional<ServerCopy> read = read(id);
        if (read.isEmpty()) {
            unchanged++; // deleted on the server since its list was read: the next synchronisation sees it
            return;
        }
        ServerCopy theirs = read.get();
        boolean pulled = local.transactions().inTransaction(() -> {
            java.util.Optional<java.time.Instant> now = local.caseFiles().find(id).map(CaseFile::updatedAt);
            if (!now.equals(java.util.Optional.ofNullable(seen).map(CaseFile::updatedAt))) {
                return false;
            }
            local.cases().apply(local.cases().plan(List.of(theirs.bundle())), true);
            CaseFile written = local.caseFiles().find(id).orElseThrow();
            local.store().saveBase(new SyncBase(id, theirs.revision(), written.updatedAt(), local.clock().instant()));
            return true;
        });
        if (pulled) {
            received++;
        } else {
            unchanged++;
        }
    }

    /**
     * Changed on both sides: the same content (a synchronisation cut after the server's commit, or
     * the same edit made twice) is only an agreement to record; different content is a conflict,
     * the server's version kept here, nothing overwritten.
     */
    private void reconcile(CaseFile here) {
        UUID id = here.id();
        java.util.Optional<ServerCopy> read = read(id);
        if (read.isEmpty()) {
            unchanged++; // deleted on the server since its list was read: the next synchronisation sees it
            return;
        }
        ServerCopy theirs = read.get();
        boolean same = local.cases().plan(List.of(theirs.bundle())).getFirst().changes().isEmpty();
        if (same) {
            local.transactions().inTransaction(() -> local.store().saveBase(
                    new SyncBase(id, theirs.revision(), here.updatedAt(), local.clock().instant())));
            unchanged++;
            return;
        }
        byte[] copy = local.codec().write(theirs.bundle());
        local.transactions().inTransaction(() -> local.store().saveConflict(
                new SyncConflict(id, here.name(), theirs.revision(), local.clock().instant()), copy));
        conflicts.add(here.name());
    }

    private record ServerCopy(long revision, CaseBundle bundle) {
    }

    /** The server's version and its revision (read first: a later revision only means one more pull). */
    /** The server's version and its revision; empty when the case is no longer on the server. */
    private java.util.Optional<ServerCopy> read(UUID id) {
        return server.transactions().inTransaction(() -> {
            long revision = server.revisions().current(id).orElse(0);
            return server.cases().bundlesHeld(List.of(id)).stream().findFirst()
                    .map(b -> new ServerCopy(revision, b.detached()));
        });
    }
}
