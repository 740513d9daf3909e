package fr.referentcpts.cli.server;

import fr.referentcpts.testing.ClosedPort;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.cli.CliTestSupport;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.persistence.ServerSchema;
import fr.referentcpts.testing.TestData;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import picocli.CommandLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import fr.referentcpts.testing.PasswordPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code server connect|status|migrate} against a real PostgreSQL, and against nothing. */
class ServerCommandTest {
    private static EmbeddedPostgres postgres;
    @TempDir
    Path dataDir;

    @BeforeAll
    static void start() throws Exception {
        postgres = PasswordPostgres.start();
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
            s.execute("CREATE ROLE alice LOGIN PASSWORD 'Mot de passe 1'");
            s.execute("CREATE DATABASE cellule_alice OWNER alice");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    /** This laptop with one case (« CPTS du Littoral »), connected to a server on {@code port} as alice. */
    private CliTestSupport oneCaseConnectedTo(int port) {
        try (AppContext laptop = TestData.open(dataDir)) {
            laptop.caseFiles().create(new CaseIdentity("CPTS du Littoral", "62", "", ""));
        }
        CliTestSupport cli = new CliTestSupport(dataDir);
        cli.run("server", "connect", "postgresql://127.0.0.1:" + port + "/cellule", "--user", "alice");
        return cli;
    }

    /** A new database on the server with this application's schema. */
    private static void migratedCellule(String name) throws Exception {
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        ServerSchema.migrate(postgres.getDatabase("postgres", name));
    }

    @Test
    void connectKeepsTheAddressAndTheLoginButNoPassword() throws Exception {
        CliTestSupport cli = new CliTestSupport(dataDir);
        assertEquals(0, cli.run("server", "connect", "postgresql://cellule.cpam.local:5432/cellule", "--user", "alice"));
        assertTrue(cli.out.toString().contains("Serveur de la cellule enregistré"), cli.out.toString());
        String saved = Files.readString(dataDir.resolve("server.properties"));
        assertTrue(saved.contains("cellule.cpam.local") && saved.contains("alice"), saved);
        assertFalse(saved.toLowerCase().contains("password") || saved.toLowerCase().contains("mot de passe ="), saved);
    }

    @Test
    void anAddressCarryingAPasswordIsRefusedAndNothingIsWritten() {
        CliTestSupport cli = new CliTestSupport(dataDir);
        assertEquals(2, cli.run("server", "connect", "postgresql://alice:secret@cellule.cpam.local/cellule",
                "--user", "alice"));
        assertTrue(cli.err.toString().contains("ne doit pas contenir de mot de passe"), cli.err.toString());
        assertFalse(Files.exists(dataDir.resolve("server.properties")));
    }

    @Test
    void statusSaysTheSchemaIsAbsentThenUpToDateOnceMigrated() {
        CliTestSupport cli = new CliTestSupport(dataDir);
        assertEquals(0, cli.run("server", "connect", "postgresql://localhost:" + postgres.getPort() + "/postgres",
                "--user", "postgres"));

        // the only test of this class that reaches the server: its schema is not there yet
        assertEquals(1, cli.run("server", "status"), cli.err.toString());
        assertTrue(cli.out.toString().contains("Schéma de la cellule : absent"), cli.out.toString());
        assertEquals(0, cli.run("server", "migrate"), cli.err.toString());

        assertEquals(0, cli.run("server", "status"), cli.err.toString());
        String out = cli.out.toString();
        assertTrue(out.contains("PostgreSQL 17."), out);
        assertTrue(out.contains("Schéma de la cellule : version 15, celle de l’application : à jour."), out);
    }

    @Test
    void thePasswordComesFromTheEnvironmentAndIsNeverWritten() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment env = new CliEnvironment(dir -> null, dataDir, new Messages(), new PrintWriter(out, true),
                new PrintWriter(err, true));
        CommandLine withPassword = new CommandLine(new ServerCommand(env,
                Map.of(ServerCommand.PASSWORD_VARIABLE, "Mot de passe 1")));
        assertEquals(0, withPassword.execute("connect", "postgresql://localhost:" + postgres.getPort()
                + "/cellule_alice", "--user", "alice"));
        assertEquals(1, withPassword.execute("status"), err.toString()); // connected; schema not created there
        assertEquals("", err.toString());
        assertTrue(out.toString().contains("Schéma de la cellule : absent"), out.toString());
        assertTrue(out.toString().contains("Serveur de la cellule : postgresql://localhost:"), out.toString());
        assertTrue(out.toString().contains("PostgreSQL 17."), out.toString());
        assertFalse(Files.readString(dataDir.resolve("server.properties")).contains("Mot de passe 1"));

        CliTestSupport cli = new CliTestSupport(dataDir); // no variable, no terminal: no password given
        assertEquals(2, cli.run("server", "status"));
        assertTrue(cli.err.toString().contains("Connexion refusée par le serveur"), cli.err.toString());
    }

    @Test
    void anUnreachableServerExitsWith2AndAFrenchMessageAndChangesNothingLocally() throws Exception {
        int closedPort = ClosedPort.any();
        CliTestSupport cli = new CliTestSupport(dataDir);
        cli.run("server", "connect", "postgresql://127.0.0.1:" + closedPort + "/cellule", "--user", "alice");
        List<Path> before = files();

        assertEquals(2, cli.run("server", "status"));
        assertTrue(cli.err.toString().contains("Serveur de la cellule injoignable (postgresql://127.0.0.1:" + closedPort
                + "/cellule). Rien n’a été modifié sur ce poste"), cli.err.toString());
        assertEquals(before, files());
    }

    @Test
    void syncWithTheServerUnreachableExitsWith2AndAFrenchMessageAndKeepsTheLocalCases() throws Exception {
        int closedPort = ClosedPort.any();
        CliTestSupport cli = oneCaseConnectedTo(closedPort);

        assertEquals(2, cli.run("server", "sync"));
        assertTrue(cli.err.toString().contains("Serveur de la cellule injoignable (postgresql://127.0.0.1:" + closedPort
                + "/cellule)"), cli.err.toString());
        try (AppContext laptop = TestData.open(dataDir)) {
            assertEquals(List.of("CPTS du Littoral"), laptop.caseFiles().list().stream().map(CaseFile::name).toList());
        }
    }

    @Test
    void syncSendsTheLaptopsCasesThenHasNothingLeftToSend() throws Exception {
        migratedCellule("cellule_sync");
        try (AppContext laptop = TestData.open(dataDir)) {
            laptop.caseFiles().create(new CaseIdentity("CPTS du Littoral", "62", "", ""));
        }
        CliTestSupport cli = new CliTestSupport(dataDir);
        cli.run("server", "connect", "postgresql://localhost:" + postgres.getPort() + "/cellule_sync", "--user",
                "postgres");

        assertEquals(0, cli.run("server", "sync"), cli.err.toString());
        assertTrue(cli.out.toString().contains("1 dossier(s) envoyé(s), 0 reçu(s), 0 inchangé(s)."), cli.out.toString());
        assertEquals(0, cli.run("server", "sync"), cli.err.toString());
        assertTrue(cli.out.toString().contains("0 dossier(s) envoyé(s), 0 reçu(s), 1 inchangé(s)."), cli.out.toString());
    }

    @Test
    void rulesConfirmedOnOneLaptopReachTheOtherThroughTheServer(@org.junit.jupiter.api.io.TempDir Path other)
            throws Exception {
        migratedCellule("cellule_regles");
        String url = "postgresql://localhost:" + postgres.getPort() + "/cellule_regles";
        String confirmed;
        try (AppContext laptop = TestData.open(dataDir)) {
            confirmed = laptop.rulesService().confirm(fr.referentcpts.testing.ConfirmedRules.cpam14()).id();
        }
        CliTestSupport alice = new CliTestSupport(dataDir);
        alice.run("server", "connect", url, "--user", "postgres");
        assertEquals(0, alice.run("server", "sync"), alice.err.toString());
        assertTrue(alice.out.toString().contains("Versions des règles de l’ACI : 0 reçue(s) du serveur, 1 envoyée(s)."),
                alice.out.toString());

        CliTestSupport bruno = new CliTestSupport(other);
        bruno.run("server", "connect", url, "--user", "postgres");
        assertEquals(0, bruno.run("server", "sync"), bruno.err.toString());
        assertTrue(bruno.out.toString().contains("Versions des règles de l’ACI : 1 reçue(s) du serveur, 0 envoyée(s)."),
                bruno.out.toString());
        try (AppContext laptop = TestData.open(other)) {
            assertTrue(laptop.rulesService().catalog().find(confirmed).isPresent());
        }
    }

    @Test
    void onATerminalSyncShowsItsProgressOnTheErrorStreamOnly() throws Exception {
        migratedCellule("cellule_progres");
        try (AppContext laptop = TestData.open(dataDir)) {
            for (String name : List.of("CPTS Nord", "CPTS Sud", "CPTS Est")) {
                laptop.caseFiles().create(new CaseIdentity(name, "59", "", ""));
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment env = new CliEnvironment(TestData::open, dataDir, new Messages(), new PrintWriter(out, true),
                new PrintWriter(err, true));
        CommandLine onTerminal = new CommandLine(new ServerCommand(env, Map.of(),
                new fr.referentcpts.testing.FakeCredentials(), true));
        assertEquals(0, onTerminal.execute("connect", "postgresql://localhost:" + postgres.getPort()
                + "/cellule_progres", "--user", "postgres"));

        assertEquals(0, onTerminal.execute("sync"), err.toString());

        assertTrue(err.toString().contains("\rSynchronisation : 0 / 3 dossiers…"), err.toString());
        assertTrue(err.toString().endsWith("\rSynchronisation : 3 / 3 dossiers…" + System.lineSeparator()),
                err.toString());
        assertFalse(out.toString().contains("Synchronisation :"), out.toString());
        assertTrue(out.toString().contains(": 3 dossier(s) envoyé(s)"), out.toString());
    }

    @Test
    void syncWithAServerWhoseSchemaIsNotThisVersionsExchangesNothing() throws Exception {
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE cellule_vide");
        }
        CliTestSupport cli = new CliTestSupport(dataDir);
        cli.run("server", "connect", "postgresql://localhost:" + postgres.getPort() + "/cellule_vide", "--user",
                "postgres");
        assertEquals(2, cli.run("server", "sync"));
        assertTrue(cli.err.toString().contains("rien n’a été échangé"), cli.err.toString());
    }

    @Test
    void statusWithoutAConfiguredServerSaysHowToConfigureOne() {
        CliTestSupport cli = new CliTestSupport(dataDir);
        assertEquals(2, cli.run("server", "status"));
        assertTrue(cli.err.toString().contains("server connect URL --user UTILISATEUR"), cli.err.toString());
    }

    @Test
    void connectKeepsThePasswordInTheStoreStatusUsesItAndForgetRemovesIt() throws Exception {
        fr.referentcpts.testing.FakeCredentials store = new fr.referentcpts.testing.FakeCredentials();
        String url = "postgresql://localhost:" + postgres.getPort() + "/cellule_alice";
        StringWriter out = new StringWriter();
        CommandLine connect = withStore(store, Map.of(ServerCommand.PASSWORD_VARIABLE, "Mot de passe 1"), out);
        assertEquals(0, connect.execute("connect", url, "--user", "alice"));
        assertTrue(out.toString().contains("Mot de passe gardé dans le trousseau du système"), out.toString());
        assertEquals("Mot de passe 1", store.kept.get(new fr.referentcpts.core.server.ServerAddress(url, "alice")));
        assertFalse(Files.readString(dataDir.resolve("server.properties")).contains("Mot de passe 1"));

        out.getBuffer().setLength(0);
        CommandLine noVariable = withStore(store, Map.of(), out);
        assertEquals(1, noVariable.execute("status"), out.toString()); // connected; schema not created there
        assertTrue(out.toString().contains("Mot de passe : lu dans le trousseau du système"), out.toString());
        assertTrue(out.toString().contains("Connexion : non chiffrée (le serveur ne propose pas TLS ; sslmode=prefer)"),
                out.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, noVariable.execute("forget"));
        assertTrue(out.toString().contains("retiré : le trousseau du système"), out.toString());
        assertTrue(store.kept.isEmpty());
        out.getBuffer().setLength(0);
        assertEquals(0, noVariable.execute("forget"));
        assertTrue(out.toString().contains("Aucun mot de passe de alice"), out.toString());
    }

    @Test
    void aKeptPasswordTheServerRefusesSaysToConnectAgain() {
        fr.referentcpts.testing.FakeCredentials store = new fr.referentcpts.testing.FakeCredentials();
        String url = "postgresql://localhost:" + postgres.getPort() + "/cellule_alice";
        StringWriter out = new StringWriter();
        CommandLine cli = withStore(store, Map.of(ServerCommand.PASSWORD_VARIABLE, "ancien"), out);
        assertEquals(0, cli.execute("connect", url, "--user", "alice"));

        assertEquals(2, cli.execute("status"));
        assertTrue(out.toString().contains("refuse le mot de passe de alice gardé dans le trousseau du système")
                && out.toString().contains("Relancez « server connect " + url + " --user alice »"), out.toString());
    }

    @Test
    void withoutAStoreOrWithNoSavePasswordNothingIsKeptAndTheReasonIsSaid() {
        fr.referentcpts.testing.FakeCredentials store = new fr.referentcpts.testing.FakeCredentials();
        StringWriter out = new StringWriter();
        CommandLine cli = withStore(store, Map.of(ServerCommand.PASSWORD_VARIABLE, "Mot de passe 1"), out);
        assertEquals(0, cli.execute("connect", "postgresql://h/cellule", "--user", "alice", "--no-save-password"));
        assertTrue(out.toString().contains("Mot de passe non gardé (--no-save-password)"), out.toString());
        assertTrue(store.kept.isEmpty());

        store.available = false;
        out.getBuffer().setLength(0);
        assertEquals(0, cli.execute("connect", "postgresql://h/cellule", "--user", "alice"));
        assertTrue(out.toString().contains("Le mot de passe sera demandé à chaque connexion (ou lu dans "
                + "REFERENT_CPTS_SERVER_PASSWORD) : l’outil « secret-tool » est introuvable"), out.toString());
        assertTrue(store.kept.isEmpty());
    }

    @Test
    void requireTlsRefusesAServerWithoutTls() throws Exception {
        CliTestSupport cli = new CliTestSupport(dataDir);
        assertEquals(0, cli.run("server", "connect", "postgresql://localhost:" + postgres.getPort() + "/postgres",
                "--user", "postgres", "--require-tls"));
        assertTrue(cli.out.toString().contains("Connexion chiffrée (TLS) exigée"), cli.out.toString());
        assertTrue(new fr.referentcpts.io.server.ServerSettingsFile(dataDir).load().orElseThrow().url()
                .endsWith("/postgres?sslmode=require"));

        assertEquals(2, cli.run("server", "status"));
        assertTrue(cli.err.toString().contains("ne propose pas de connexion chiffrée (TLS), et cette adresse l’exige"),
                cli.err.toString());
    }

    @Test
    void statusSaysWhatWaitsOnThisLaptopEvenWithTheServerUnreachable() throws Exception {
        int closedPort = ClosedPort.any();
        CliTestSupport cli = oneCaseConnectedTo(closedPort);

        assertEquals(2, cli.run("server", "status"));
        assertTrue(cli.out.toString().contains("Sur ce poste : 1 dossier(s) modifié(s) depuis la dernière "
                + "synchronisation."), cli.out.toString());
        assertTrue(cli.err.toString().contains("Serveur de la cellule injoignable"), cli.err.toString());
    }

    @Test
    void statusWithTheDataFolderOpenElsewhereSaysSoAndGoesOnToTheServer() throws Exception {
        int closedPort = ClosedPort.any();
        CliTestSupport cli = new CliTestSupport(dataDir);
        cli.run("server", "connect", "postgresql://127.0.0.1:" + closedPort + "/cellule", "--user", "alice");
        try (AppContext window = TestData.open(dataDir)) {
            assertEquals(2, cli.run("server", "status"));
        }
        assertTrue(cli.out.toString().contains("Sur ce poste : dossier de données illisible pour l’instant"),
                cli.out.toString());
        assertTrue(cli.err.toString().contains("Serveur de la cellule injoignable"), cli.err.toString());
    }

    /** The server commands over a fake credential store, errors said as the command line says them. */
    private CommandLine withStore(fr.referentcpts.testing.FakeCredentials store, Map<String, String> variables,
            StringWriter out) {
        PrintWriter writer = new PrintWriter(out, true);
        CliEnvironment env = new CliEnvironment(dir -> AppContext.open(dir, TestData.CLOCK, () -> null), dataDir,
                new Messages(), writer, writer);
        CommandLine cli = new CommandLine(new ServerCommand(env, variables, store));
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            writer.println(new Messages().get((fr.referentcpts.core.common.DomainException) e));
            return 2;
        });
        return cli;
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> all = Files.walk(dataDir)) {
            return all.sorted().toList();
        }
    }
}
