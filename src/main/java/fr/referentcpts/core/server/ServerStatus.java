package fr.referentcpts.core.server;

/**
 * What a connection to the cellule's server found: PostgreSQL's version, the version of the
 * cellule's schema ({@code ""} when the application's schema is absent) and whether it is exactly
 * the one this application expects (same scripts, unchanged). {@code supported}: PostgreSQL 15 or
 * later, the oldest the cellule's scripts are tested against. {@code encrypted}: the connection went
 * through TLS.
 */
public record ServerStatus(String postgresVersion, boolean supported, String schemaVersion,
        String applicationVersion, boolean upToDate, boolean encrypted) {

    public boolean schemaAbsent() {
        return schemaVersion.isEmpty();
    }
}
