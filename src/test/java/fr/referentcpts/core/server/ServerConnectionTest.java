package fr.referentcpts.core.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.testing.FakeCredentials;
import fr.referentcpts.testing.MemoryServerSettings;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** « Réglages → Serveur de la cellule… »: checked with the server, then kept — or nothing changed. */
class ServerConnectionTest {
    private static final ServerAddress OLD = new ServerAddress("postgresql://ancien/cellule", "alice");
    private static final ServerAddress NEW = new ServerAddress("postgresql://cellule.cpam.local/cellule", "alice");
    private static final ServerStatus UP = new ServerStatus("16.4", true, "13", "13", true, true);

    private final FakeCredentials store = new FakeCredentials();
    private final MemoryServerSettings settings = new MemoryServerSettings();
    /** What the server says, and the password it was given. */
    private DomainException refusal;
    private String given;

    private final CelluleServer server = new CelluleServer() {
        @Override
        public ServerStatus status(ServerAddress address, char[] password) {
            given = new String(password);
            if (refusal != null) {
                throw refusal;
            }
            return UP;
        }

        @Override
        public ServerStatus migrate(ServerAddress address, char[] password) {
            throw new AssertionError("never migrated from the window");
        }
    };
    private final ServerConnection connection = new ServerConnection(settings, store, server);

    @Test
    void acceptedTheAddressIsRecordedThePasswordKeptAndThePreviousServersForgotten() {
        settings.saved = OLD;
        store.kept.put(OLD, "ancien");
        char[] typed = "Mot de passe 1".toCharArray();

        ServerConnection.Outcome outcome = connection.connect(NEW, false, typed, true);

        assertEquals("Mot de passe 1", given);
        assertEquals(Optional.of(UP), outcome.status());
        assertTrue(outcome.passwordKept());
        assertEquals(NEW, settings.saved);
        assertEquals(Map.of(NEW, "Mot de passe 1"), store.kept);
        assertArrayEquals(new char[typed.length], typed); // cleared once used
    }

    @Test
    void refusedByTheServerNothingChanges() {
        settings.saved = OLD;
        store.kept.put(OLD, "ancien");
        refusal = new DomainException("server.error.authentication", "alice", NEW.url());

        DomainException e = assertThrows(DomainException.class,
                () -> connection.connect(NEW, false, "faux".toCharArray(), true));

        assertEquals("server.error.authentication", e.messageKey());
        assertEquals(OLD, settings.saved);
        assertEquals(Map.of(OLD, "ancien"), store.kept);
    }

    @Test
    void unreachableTheAddressIsStillRecordedForTheFirstSynchronisationToCheck() {
        refusal = new DomainException("server.error.unreachable", "Connection refused");

        ServerConnection.Outcome outcome = connection.connect(NEW, false, "Mot de passe 1".toCharArray(), true);

        assertTrue(outcome.status().isEmpty());
        assertEquals("server.error.unreachable", outcome.unreachable().orElseThrow().messageKey());
        assertEquals(NEW, settings.saved);
        assertEquals(Map.of(NEW, "Mot de passe 1"), store.kept);
    }

    @Test
    void notRememberedThePasswordKeptForThatServerIsRemoved() {
        store.kept.put(NEW, "ancien");

        ServerConnection.Outcome outcome = connection.connect(NEW, false, "Mot de passe 1".toCharArray(), false);

        assertFalse(outcome.passwordKept());
        assertTrue(store.kept.isEmpty());
        assertEquals(NEW, settings.saved);
    }

    @Test
    void requiringTlsRecordsTheAddressWithSslmodeRequire() {
        connection.connect(NEW, true, "x".toCharArray(), false);

        assertEquals("postgresql://cellule.cpam.local/cellule?sslmode=require", settings.saved.url());
    }

    @Test
    void withoutAStoreThePasswordIsNeverKept() {
        store.available = false;

        ServerConnection.Outcome outcome = connection.connect(NEW, false, "Mot de passe 1".toCharArray(), true);

        assertFalse(outcome.passwordKept());
        assertTrue(store.kept.isEmpty());
        assertEquals(NEW, settings.saved);
    }
}
