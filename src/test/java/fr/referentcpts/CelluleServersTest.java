package fr.referentcpts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import fr.referentcpts.core.server.Credentials;
import fr.referentcpts.io.server.MacKeychainCredentials;
import fr.referentcpts.io.server.SecretToolCredentials;
import fr.referentcpts.io.server.WindowsVaultCredentials;
import org.junit.jupiter.api.Test;

class CelluleServersTest {
    @Test
    void eachSystemGetsItsOwnCredentialStoreAndAnOtherOneNone() {
        assertInstanceOf(SecretToolCredentials.class, CelluleServers.credentials("Linux"));
        assertInstanceOf(MacKeychainCredentials.class, CelluleServers.credentials("Mac OS X"));
        assertInstanceOf(WindowsVaultCredentials.class, CelluleServers.credentials("Windows 11"));
        Credentials none = CelluleServers.credentials("SunOS");
        assertFalse(none.availability().available());
        assertEquals("cred.unavailable.unsupported", none.availability().messageKey());
        assertEquals(java.util.Optional.empty(), none.find(
                new fr.referentcpts.core.server.ServerAddress("postgresql://h/cellule", "alice")));
    }
}
