package fr.referentcpts.core.sync;

import java.time.Instant;

/**
 * A case's revision on the server: 0 for a case never sent by a synchronisation, then incremented by
 * each one, with its author (the PostgreSQL login) and the moment.
 */
public record Revision(long number, String changedBy, Instant changedAt) {
}
