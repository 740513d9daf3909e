package fr.referentcpts.testing;

import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.core.server.ServerSettings;
import java.util.Optional;

/** The data folder's server settings in memory: what was saved can be read (and set) by the test. */
public final class MemoryServerSettings implements ServerSettings {
    public ServerAddress saved;

    @Override
    public Optional<ServerAddress> load() {
        return Optional.ofNullable(saved);
    }

    @Override
    public void save(ServerAddress address) {
        saved = address;
    }
}
