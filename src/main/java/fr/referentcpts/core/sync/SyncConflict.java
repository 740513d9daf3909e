package fr.referentcpts.core.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * A case changed both on this laptop and on the server since their last agreement: nothing was
 * overwritten, the server's version (at {@code serverRevision}) is kept on the laptop until the
 * referent resolves the conflict.
 */
public record SyncConflict(UUID caseId, String caseName, long serverRevision, Instant detectedAt) {
}
