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
}
