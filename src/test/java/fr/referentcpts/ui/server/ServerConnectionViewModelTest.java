package fr.referentcpts.ui.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.server.CelluleServer;
import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.core.server.ServerConnection;
import fr.referentcpts.core.server.ServerStatus;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FakeCredentials;
import fr.referentcpts.testing.MemoryServerSettings;
import fr.referentcpts.testing.SyncTaskRunner;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** « Serveur de la cellule… »: what the referent reads after « Vérifier et enregistrer ». */
class ServerConnectionViewModelTest {
    private final FakeCredentials store = new FakeCredentials();
    private DomainException refusal;
    private final MemoryServerSettings settings = new MemoryServerSettings();
    private final CelluleServer server = new CelluleServer() {
        @Override
        public ServerStatus status(ServerAddress address, char[] password) {
            if (refusal != null) {
                throw refusal;
            }
            return new ServerStatus("16.4", true, "13", "13", true, true);
        }

        @Override
        public ServerStatus migrate(ServerAddress address, char[] password) {
            throw new AssertionError();
        }
    };
    private final ServerConnectionViewModel vm = new ServerConnectionViewModel(
            new ServerConnection(settings, store, server), new SyncTaskRunner(), new Messages());
    private final AtomicReference<String> said = new AtomicReference<>();

    @Test
    void acceptedTheReferentReadsWhereItIsRecordedThatItIsEncryptedAndThatSynchroniserIsThere() {
        vm.load(() -> { });
        assertTrue(vm.storeAvailableProperty().get());
        vm.urlProperty().set("postgresql://cellule.cpam.local:5432/cellule");
        vm.userProperty().set("alice");
        vm.passwordProperty().set("Mot de passe 1");

        vm.save(said::set);

        assertEquals("Serveur de la cellule enregistré pour ce poste : alice sur postgresql://cellule.cpam.local:5432/"
                + "cellule.\nServeur joint par une connexion chiffrée (TLS) : PostgreSQL 16.4. Schéma de la cellule à "
                + "jour (version 13) : « Synchroniser » est disponible dans la barre d’outils.\nMot de passe gardé dans "
                + "le trousseau du système.", said.get());
        assertEquals("Mot de passe 1", store.kept.get(settings.saved));
        assertEquals("", vm.passwordProperty().get());
    }

    @Test
    void aMalformedAddressIsSaidUnderItsFieldAndNothingIsAsked() {
        vm.urlProperty().set("cellule.cpam.local");
        vm.userProperty().set("alice");

        vm.save(said::set);

        assertTrue(vm.urlErrorProperty().get().startsWith("Adresse de serveur non reconnue"), vm.urlErrorProperty().get());
        assertNull(said.get());
        assertNull(settings.saved);
    }

    @Test
    void aRefusalIsSaidUnderTheFormAndNothingIsRecorded() {
        refusal = new DomainException("server.error.authentication", "alice", "postgresql://h/cellule");
        vm.urlProperty().set("postgresql://h/cellule");
        vm.userProperty().set("alice");
        vm.passwordProperty().set("faux");

        vm.save(said::set);

        assertTrue(vm.formErrorProperty().get().startsWith("Connexion refusée par le serveur postgresql://h/cellule "
                + "pour l’utilisateur alice"), vm.formErrorProperty().get());
        assertNull(said.get());
        assertNull(settings.saved);
        assertTrue(store.kept.isEmpty());
    }

    @Test
    void withoutAKeyringTheReferentIsToldThePasswordWillBeAsked() {
        store.available = false;
        settings.saved = new ServerAddress("postgresql://h/cellule?sslmode=require", "bob");

        vm.load(() -> { });

        assertFalse(vm.storeAvailableProperty().get());
        assertEquals("Le mot de passe sera demandé à chaque session : l’outil « secret-tool » est introuvable : "
                + "installez le paquet libsecret-tools (Debian, Ubuntu) ou libsecret (Fedora).", vm.storeTextProperty().get());
        assertEquals("bob", vm.userProperty().get());
        assertTrue(vm.requireTlsProperty().get());
    }
}
