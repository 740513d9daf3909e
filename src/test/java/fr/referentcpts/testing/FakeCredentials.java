package fr.referentcpts.testing;

import fr.referentcpts.core.server.Credentials;
import fr.referentcpts.core.server.ServerAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A credential store in memory: what it keeps can be read by the test; it can be made unavailable. */
public final class FakeCredentials implements Credentials {
    public final Map<ServerAddress, String> kept = new HashMap<>();
    public boolean available = true;

    @Override
    public Availability availability() {
        return available ? Availability.available("cred.store.secretService")
                : Availability.unavailable("cred.unavailable.noSecretTool", "secret-tool");
    }

    @Override
    public Optional<char[]> find(ServerAddress address) {
        return available ? Optional.ofNullable(kept.get(address)).map(String::toCharArray) : Optional.empty();
    }

    @Override
    public void save(ServerAddress address, char[] password) {
        if (!available) {
            throw new fr.referentcpts.core.common.DomainException("cred.unavailable.noSecretTool", "secret-tool");
        }
        kept.put(address, new String(password));
    }

    @Override
    public boolean forget(ServerAddress address) {
        return kept.remove(address) != null;
    }
}
