package fr.referentcpts.core.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * What a laptop last agreed with the server about one case: the server's revision then, and the
 * case's last change on the laptop then ({@code localUpdatedAt}; null once a conflict was resolved
 * here: the case counts as changed on the laptop until it is sent).
 */
public record SyncBase(UUID caseId, long serverRevision, Instant localUpdatedAt, Instant syncedAt) {
}
