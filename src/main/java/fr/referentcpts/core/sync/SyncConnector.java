package fr.referentcpts.core.sync;

import java.util.Optional;
import java.util.function.Supplier;

/** The cellule's server a data folder is connected to, as the window sees it. */
public interface SyncConnector {
    /** The server and login (« alice sur postgresql://serveur/cellule »); empty when none is configured. */
    Optional<String> server();

    /**
     * The synchronisation with that server; each connection takes a password from
     * {@code passwords} (null: none, the server decides) and clears it after use.
     */
    Synchronisation connect(Supplier<char[]> passwords);

    /** The server's address and login, to find its password in the system's store; empty when none is configured. */
    default Optional<fr.referentcpts.core.server.ServerAddress> address() {
        return Optional.empty();
    }

    /** The system's credential store where the server's password may be kept. */
    default fr.referentcpts.core.server.Credentials credentials() {
        return fr.referentcpts.core.server.Credentials.none("cred.unavailable.none");
    }

    /**
     * Connecting this data folder to a server from the window (« Serveur de la cellule… »); without
     * one (a window without data folder), nothing can be recorded.
     */
    default fr.referentcpts.core.server.ServerConnection connection() {
        throw new IllegalStateException("no data folder to connect");
    }
}
