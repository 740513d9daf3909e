package fr.referentcpts.core.server;

/**
 * The cellule's PostgreSQL server. Every method connects, does its work and disconnects; nothing
 * on the laptop is changed. An unreachable server, a refused login or a server that is not
 * PostgreSQL come back as {@link fr.referentcpts.core.common.DomainException}s.
 */
public interface CelluleServer {
    /** Connects and reports the server's and the schema's versions. */
    ServerStatus status(ServerAddress address, char[] password);

    /**
     * Brings the cellule's schema to this application's version (the login must own the
     * schema: the administrator's), then reports as {@link #status}.
     */
    ServerStatus migrate(ServerAddress address, char[] password);
}
