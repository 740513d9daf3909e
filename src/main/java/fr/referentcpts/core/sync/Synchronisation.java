package fr.referentcpts.core.sync;

import fr.referentcpts.core.exchange.CaseBundle;
import java.util.List;
import java.util.UUID;

/** What the window asks of a synchronisation with the cellule's server: the case files ({@link SyncService}) and the rules versions ({@link RulesSharing}). */
public interface Synchronisation {
    /**
     * Sends this laptop's changes and brings the others'; conflicts are kept, never overwritten.
     * {@code progress} is told, from the thread that synchronises, how many cases are done out of how many.
     */
    SyncReport sync(SyncProgress progress);

    /** The conflicts waiting for the referent, without connecting. */
    List<SyncConflict> conflicts();

    /** The server's version of a case in conflict, as kept when the conflict was found. */
    CaseBundle serverVersion(UUID caseId);

    /** Writes the merged version here, with a line in the history, then sends it. */
    SyncReport resolve(UUID caseId, CaseBundle merged);

    /** Brings the rules versions confirmed elsewhere and sends this laptop's. */
    RulesSharing.Shared shareRules();
}
