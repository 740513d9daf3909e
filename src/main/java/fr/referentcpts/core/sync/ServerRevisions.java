package fr.referentcpts.core.sync;

import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Port: the cases' revisions on the server, within the server session's transactions. The server's
 * own rules (row-level security) decide what is seen and written; a write they refuse comes back as
 * a {@link ServerRefusedException}.
 */
public interface ServerRevisions {
    /** Every case the login sees on the server, with its revision. */
    Map<UUID, Revision> all();

    /**
     * The cases deleted on the server by a synchronisation (their tombstones): the revision of the
     * deletion, who deleted it and when.
     */
    Map<UUID, Revision> deleted();

    /** The case's revision now (empty when the server does not hold it or never synchronised it). */
    OptionalLong current(UUID caseId);

    /** The revisions now of those of the cases {@code caseIds} the server holds a revision of (one query). */
    Map<UUID, Long> current(Collection<UUID> caseIds);

    /**
     * Locks the case's revision until the end of the transaction and returns it (empty for a case
     * the server does not hold); refused when the login sees the case but may not change it.
     */
    OptionalLong lock(UUID caseId);

    /**
     * Locks, as {@link #lock} each, the revisions of the cases {@code caseIds} (a few queries for all):
     * the revisions of those the server holds a revision of, and those refused to this login.
     */
    Locks lock(Collection<UUID> caseIds);

    /** What {@link #lock(Collection)} found: revisions by case, cases the login sees but may not change. */
    record Locks(Map<UUID, Long> revisions, java.util.Set<UUID> refused) {
    }

    /**
     * Records the revision following {@code previous} as written now by the login (a case deleted
     * there is no longer a tombstone); returns it.
     */
    long bump(UUID caseId, OptionalLong previous);

    /**
     * Records revision 1, written now by the login, of the cases {@code caseIds}, none of which the
     * server holds a revision of (one statement for all).
     */
    void created(Collection<UUID> caseIds);

    /**
     * Records the deletion of the case by the login now, as the revision following {@code previous}
     * (its tombstone), before the case itself is deleted; returns that revision.
     */
    long markDeleted(UUID caseId, OptionalLong previous);

    /** Who the case is assigned to on the server (empty when it holds none). */
    java.util.Optional<String> assignee(UUID caseId);

    /** Who each of the cases {@code caseIds} is assigned to on the server (those it does not hold, or unassigned, absent). */
    Map<UUID, String> assignees(Collection<UUID> caseIds);

    /** Gives the case back to {@code user} after it was written again (a manager's push keeps it). */
    void assign(UUID caseId, String user);
}
