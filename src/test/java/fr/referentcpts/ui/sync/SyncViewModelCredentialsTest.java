package fr.referentcpts.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.server.Credentials;
import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.core.sync.SyncConnector;
import fr.referentcpts.core.sync.SyncReport;
import fr.referentcpts.core.sync.Synchronisation;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FakeCredentials;
import fr.referentcpts.testing.RoundOnlySynchronisation;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.ManualDelay;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** « Synchroniser » with the password kept in the system's credential store (a fake one). */
class SyncViewModelCredentialsTest {
    private static final ServerAddress ALICE = new ServerAddress("postgresql://serveur/cellule", "alice");
    @TempDir
    Path dataDir;
    private AppContext context;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final FakeCredentials store = new FakeCredentials();
    private final ManualDelay timer = new ManualDelay();
    private final List<Boolean> offers = new ArrayList<>();
    private final List<String> passwordsSent = new ArrayList<>();
    private SyncViewModel.Answer typed = new SyncViewModel.Answer("tapé".toCharArray(), true);
    private RuntimeException failure;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aKeptPasswordIsUsedWithoutAsking() {
        store.kept.put(ALICE, "du trousseau");
        SyncViewModel model = model();

        model.synchronise();

        assertEquals(List.of(), offers, "nothing asked");
        assertEquals(List.of("du trousseau"), passwordsSent);
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
    }

    @Test
    void aTypedPasswordIsKeptWhenAskedOnceTheServerAcceptedIt() {
        SyncViewModel model = model();

        model.synchronise();

        assertEquals(List.of(true), offers, "« Mémoriser » offered");
        assertEquals(List.of("tapé"), passwordsSent);
        assertEquals("tapé", store.kept.get(ALICE));
        assertTrue(model.statusProperty().get().contains("Mot de passe mémorisé dans le trousseau du système"),
                model.statusProperty().get());
    }

    @Test
    void aPasswordTheServerRefusesIsNotKept() {
        failure = new DomainException("server.error.authentication", "alice", "postgresql://serveur/cellule");
        SyncViewModel model = model();

        model.synchronise();

        assertTrue(store.kept.isEmpty());
        assertTrue(dialogs.shown.get(0).contains("Connexion refusée"), dialogs.shown.toString());
    }

    @Test
    void withoutAStoreNothingIsOfferedNorKept() {
        store.available = false;
        SyncViewModel model = model();

        model.synchronise();

        assertEquals(List.of(false), offers);
        assertEquals(List.of("tapé"), passwordsSent);
        assertTrue(store.kept.isEmpty());
    }

    @Test
    void aKeptPasswordTheServerRefusesIsSaidThenTheNextClickAsksAndReplacesIt() {
        store.kept.put(ALICE, "ancien");
        failure = new DomainException("server.error.authentication", "alice", "postgresql://serveur/cellule");
        SyncViewModel model = model();

        model.synchronise();

        assertEquals(List.of(), offers);
        assertTrue(dialogs.shown.get(0).contains("refuse le mot de passe mémorisé dans le trousseau"),
                dialogs.shown.toString());
        failure = null;
        model.synchronise();
        assertEquals(List.of(true), offers, "asked, not read again from the store");
        assertEquals(List.of("ancien", "tapé"), passwordsSent);
        assertEquals("tapé", store.kept.get(ALICE));
    }

    @Test
    void withAKeptPasswordTheBackgroundRoundsStartByThemselvesAfterTheWindowIsShown() {
        store.kept.put(ALICE, "du trousseau");
        SyncViewModel model = model();

        model.startAutomatically();
        assertEquals(List.of(), passwordsSent, "nothing on the start path");
        timer.fire();

        assertEquals(List.of("du trousseau"), passwordsSent);
        assertEquals(List.of(), offers, "nothing asked");
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
        assertTrue(model.statusProperty().get().startsWith("Synchronisé à"), model.statusProperty().get());
        assertTrue(timer.isPending(), "then every 5 minutes");
        timer.fire();
        assertEquals(List.of("du trousseau", "du trousseau"), passwordsSent);
    }

    @Test
    void withoutAKeptPasswordNothingStartsBeforeTheFirstClick() {
        SyncViewModel model = model();

        model.startAutomatically();
        timer.fire();

        assertEquals(List.of(), passwordsSent);
        assertEquals(List.of(), offers, "no password asked unprompted");
        assertFalse(timer.isPending());
        assertTrue(model.statusProperty().get().contains("Pas encore synchronisé"), model.statusProperty().get());
    }

    @Test
    void aKeptPasswordRefusedInTheBackgroundIsSaidInTheStatusLineOnlyAndStopsTheRoundsUntilTheNextClick() {
        store.kept.put(ALICE, "ancien");
        failure = new DomainException("server.error.authentication", "alice", "postgresql://serveur/cellule");
        SyncViewModel model = model();

        model.startAutomatically();
        timer.fire();

        assertEquals(List.of(), offers, "nothing asked");
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
        assertTrue(model.statusProperty().get().contains("refuse le mot de passe mémorisé dans le trousseau"),
                model.statusProperty().get());
        assertFalse(timer.isPending(), "no more rounds by themselves");
        assertFalse(model.runningProperty().get());
        failure = null;
        model.synchronise();
        assertEquals(List.of(true), offers, "the click asks it");
        assertEquals(List.of("ancien", "tapé"), passwordsSent);
    }

    private SyncViewModel model() {
        SyncConnector connector = new SyncConnector() {
            @Override
            public Optional<String> server() {
                return Optional.of("alice — postgresql://serveur/cellule");
            }

            @Override
            public Optional<ServerAddress> address() {
                return Optional.of(ALICE);
            }

            @Override
            public Credentials credentials() {
                return store;
            }

            @Override
            public Synchronisation connect(Supplier<char[]> passwords) {
                return acceptingServer(passwords);
            }
        };
        return new SyncViewModel(connector, context.exchangeFiles(), new SyncTaskRunner(), dialogs, new Messages(),
                TestData.CLOCK, offer -> {
                    offers.add(offer);
                    return Optional.of(new SyncViewModel.Answer(typed.password().clone(), typed.remember()));
                }, (name, mine, theirs, now) -> Optional.empty(), () -> { }, timer, Runnable::run);
    }

    /** A server that accepts any password unless a failure is set. */
    private Synchronisation acceptingServer(Supplier<char[]> passwords) {
        return new RoundOnlySynchronisation(progress -> {
            passwordsSent.add(new String(passwords.get()));
            if (failure != null) {
                throw failure;
            }
            return new SyncReport(0, 0, 0, List.of(), List.of());
        });
    }
}
