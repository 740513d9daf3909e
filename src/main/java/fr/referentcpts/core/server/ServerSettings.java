package fr.referentcpts.core.server;

import java.util.Optional;

/** The server a data folder is connected to (address and login, never the password). */
public interface ServerSettings {
    Optional<ServerAddress> load();

    void save(ServerAddress address);
}
