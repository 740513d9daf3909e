package fr.referentcpts.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.sync.SyncConflict;
import fr.referentcpts.core.sync.SyncConnector;
import fr.referentcpts.core.sync.SyncProgress;
import fr.referentcpts.core.sync.SyncReport;
import fr.referentcpts.core.sync.Synchronisation;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.ManualDelay;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** « Synchroniser » as the referent sees it, over a server that answers as told. */
class SyncViewModelTest {
    @TempDir
    Path dataDir;
    private AppContext context;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final ManualDelay timer = new ManualDelay();
    private final Server server = new Server();
    private int passwordsAsked;
    private int reloads;
    private final List<String> resolverSaw = new ArrayList<>();
    private Optional<String> mergedName = Optional.empty();

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void withoutAServerThereIsNothingToSynchronise() {
        SyncViewModel model = model(Optional.empty());

        model.synchronise();

        assertFalse(model.available());
        assertEquals(0, server.syncs);
        assertEquals(0, passwordsAsked);
    }

    @Test
    void thePasswordIsAskedOnceAndTheListReadAgainWhenCasesCame() {
        SyncViewModel model = model(Optional.of("alice — postgresql://serveur/cellule"));
        server.report = new SyncReport(2, 3, 10, List.of(), List.of());
        server.rules = new fr.referentcpts.core.sync.RulesSharing.Shared(1, 0, List.of());

        model.synchronise();
        model.synchronise();

        assertEquals(1, passwordsAsked, "asked once per session");
        assertEquals(2, server.syncs);
        assertEquals("secret", server.lastPassword);
        assertEquals(2, reloads);
        assertTrue(model.statusProperty().get().contains("2 dossier(s) envoyé(s), 3 reçu(s), 0 conflit(s)"),
                model.statusProperty().get());
        assertTrue(model.statusProperty().get().endsWith("Versions des règles : 1 reçue(s), 0 envoyée(s)."),
                model.statusProperty().get());
        assertFalse(model.runningProperty().get());
    }

    @Test
    void aConflictIsShownWithBothVersionsAndTheMergeIsSent() {
        CaseFile bocage = context.caseFiles().create(new CaseIdentity("CPTS du Bocage", "14", "", ""));
        server.conflicts = List.of(new SyncConflict(bocage.id(), "CPTS du Bocage", 4, Instant.EPOCH));
        server.report = new SyncReport(0, 0, 1, List.of("CPTS du Bocage"), List.of());
        mergedName = Optional.of("CPTS du Bocage et du Noireau");
        SyncViewModel model = model(Optional.of("alice — postgresql://serveur/cellule"));

        model.synchronise();

        assertEquals(List.of("CPTS du Bocage: CPTS du Bocage / CPTS du Bocage Virois"), resolverSaw);
        assertEquals("CPTS du Bocage et du Noireau", server.resolved.caseFile().name());
        assertTrue(model.statusProperty().get().contains("0 conflit(s)"), model.statusProperty().get());
    }

    @Test
    void aConflictLeftForLaterIsSaidAndNothingIsSent() {
        CaseFile bocage = context.caseFiles().create(new CaseIdentity("CPTS du Bocage", "14", "", ""));
        server.conflicts = List.of(new SyncConflict(bocage.id(), "CPTS du Bocage", 4, Instant.EPOCH));
        server.report = new SyncReport(0, 0, 1, List.of("CPTS du Bocage"), List.of());
        SyncViewModel model = model(Optional.of("alice — postgresql://serveur/cellule"));

        model.synchronise();

        assertEquals(null, server.resolved);
        assertTrue(model.statusProperty().get().startsWith("1 conflit(s) laissé(s) pour plus tard"),
                model.statusProperty().get());
    }

    @Test
    void aRefusedPasswordIsAskedAgainAndTheReasonShown() {
        SyncViewModel model = model(Optional.of("alice — postgresql://serveur/cellule"));
        server.failure = new DomainException("server.error.authentication", "alice", "postgresql://serveur/cellule");

        model.synchronise();
        server.failure = null;
        server.report = new SyncReport(0, 0, 0, List.of(), List.of());
        model.synchronise();

        assertEquals(2, passwordsAsked);
        assertTrue(dialogs.shown.stream().anyMatch(s -> s.contains("mot de passe incorrect")), dialogs.shown.toString());
    }

    @Test
    void afterTheFirstSynchronisationItGoesOnInTheBackgroundWithoutAskingOrInterrupting() {
        SyncViewModel model = model(Optional.of("alice — postgresql://serveur/cellule"));
        assertFalse(timer.isPending(), "nothing in the background before the referent synchronised");
        model.synchronise();
        assertTrue(timer.isPending());

        server.report = new SyncReport(0, 1, 5, List.of(), List.of());
        timer.fire();
        assertEquals(2, server.syncs);
        assertEquals(1, passwordsAsked);
        assertEquals(1, reloads, "the case that came is in the list");

        server.failure = new DomainException("server.error.unreachable", "postgresql://serveur/cellule");
        timer.fire();
        assertTrue(model.statusProperty().get().startsWith("Serveur de la cellule injoignable à"),
                model.statusProperty().get());
        assertTrue(dialogs.shown.isEmpty(), "no dialog in the middle of the referent's work: " + dialogs.shown);
        assertTrue(timer.isPending(), "tried again later");
        assertFalse(model.runningProperty().get());
    }

    @Test
    void whileItRunsTheCasesDoneAreCountedInTheTooltipAndTheBarAskedOrInTheBackground() {
        SyncViewModel model = model(Optional.of("alice — postgresql://serveur/cellule"));
        server.cases = 1000;
        List<String> lines = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        model.statusProperty().addListener((obs, was, now) -> lines.add(now + " [" + model.progressProperty().get()
                + "]"));
        model.progressProperty().addListener((obs, was, now) -> fractions.add(now.doubleValue()));

        model.synchronise();

        assertEquals("Synchronisation en cours… [-1.0]", lines.getFirst(), "connecting: the bar moves, no count yet");
        assertTrue(lines.contains("Synchronisation : 120 / 1\u202f000 dossiers… [0.12]"), lines.toString());
        assertEquals("Synchronisation : 1\u202f000 / 1\u202f000 dossiers… [1.0]", lines.get(lines.size() - 2));
        assertTrue(lines.getLast().startsWith("Synchronisé à"), lines.getLast());
        assertTrue(fractions.size() <= 102, "at most one update per hundredth: " + fractions.size());
        lines.clear();
        timer.fire();
        assertTrue(lines.contains("Synchronisation : 500 / 1\u202f000 dossiers… [0.5]"), lines.toString());
        assertTrue(lines.getLast().startsWith("Synchronisé à"), lines.getLast());
    }

    private SyncViewModel model(Optional<String> configured) {
        SyncConnector connector = new SyncConnector() {
            @Override
            public Optional<String> server() {
                return configured;
            }

            @Override
            public Synchronisation connect(Supplier<char[]> passwords) {
                server.passwords = passwords;
                return server;
            }
        };
        return new SyncViewModel(connector, context.exchangeFiles(), new SyncTaskRunner(), dialogs, new Messages(),
                TestData.CLOCK, () -> {
                    passwordsAsked++;
                    return "secret".toCharArray();
                }, (name, mine, theirs, now) -> {
                    resolverSaw.add(name + ": " + mine.caseFile().name() + " / " + theirs.caseFile().name());
                    return mergedName.map(n -> renamed(mine, n));
                }, () -> reloads++, timer, Runnable::run);
    }

    private static CaseBundle renamed(CaseBundle bundle, String name) {
        CaseFile c = bundle.caseFile();
        return new CaseBundle(new CaseFile(c.id(), name, c.departement(), c.referent(), c.notes(), c.stage(),
                c.archived(), c.createdAt(), c.updatedAt(), c.version()), bundle.territory(), bundle.people(),
                bundle.missions(), bundle.documents(), bundle.workflow(), bundle.annexes());
    }

    /** The server's answers, set by each test. */
    private final class Server implements Synchronisation {
        SyncReport report = new SyncReport(0, 0, 0, List.of(), List.of());
        List<SyncConflict> conflicts = List.of();
        RuntimeException failure;
        fr.referentcpts.core.sync.RulesSharing.Shared rules = new fr.referentcpts.core.sync.RulesSharing.Shared(0, 0,
                List.of());
        Supplier<char[]> passwords;
        String lastPassword;
        CaseBundle resolved;
        int syncs;
        /** The cases the server's synchronisation looks at, counted one by one. */
        int cases;

        @Override
        public SyncReport sync(SyncProgress progress) {
            lastPassword = new String(passwords.get());
            if (failure != null) {
                throw failure;
            }
            syncs++;
            for (int done = 0; done <= cases; done++) {
                progress.at(done, cases);
            }
            return report;
        }

        @Override
        public List<SyncConflict> conflicts() {
            return resolved == null ? conflicts : List.of();
        }

        @Override
        public CaseBundle serverVersion(UUID caseId) {
            return renamed(context.exchangeFiles().bundle(caseId), "CPTS du Bocage Virois");
        }

        @Override
        public fr.referentcpts.core.sync.RulesSharing.Shared shareRules() {
            return rules;
        }

        @Override
        public SyncReport resolve(UUID caseId, CaseBundle merged) {
            resolved = merged;
            return new SyncReport(1, 0, 0, List.of(), List.of());
        }
    }
}
