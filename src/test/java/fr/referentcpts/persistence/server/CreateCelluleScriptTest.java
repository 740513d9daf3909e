package fr.referentcpts.persistence.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.core.server.ServerStatus;
import fr.referentcpts.persistence.ServerSchema;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code packaging/server/create-cellule.sql} on a real PostgreSQL: what a referent or a manager
 * may do is refused by the server itself, here through hand-made JDBC connections that bypass the
 * application.
 */
class CreateCelluleScriptTest {
    static EmbeddedPostgres postgres;
    private UUID alicesCase;
    private UUID bobsCase;

    @BeforeAll
    static void start() throws Exception {
        startOn(EmbeddedPostgres.builder());
    }

    /** Starts the server this class's tests run on (a subclass hides {@link #start()} to choose another version). */
    static void startOn(EmbeddedPostgres.Builder builder) throws Exception {
        postgres = builder.start();
        ServerSchema.migrate(postgres.getPostgresDatabase());
        String script = Files.readString(Path.of("packaging/server/create-cellule.sql"));
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
            s.execute(script);
            s.execute(script); // replayed after an update of the application: no error
            s.execute("CREATE ROLE alice LOGIN PASSWORD 'a' IN ROLE cellule_referent");
            s.execute("CREATE ROLE bob LOGIN PASSWORD 'b' IN ROLE cellule_referent");
            s.execute("CREATE ROLE claire LOGIN PASSWORD 'c' IN ROLE cellule_manager");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void twoCasesAndTheDefaultOption() throws SQLException {
        alicesCase = UUID.randomUUID();
        bobsCase = UUID.randomUUID();
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
            s.execute("UPDATE cellule_options SET referents_read_others = TRUE");
            insertCase(admin, alicesCase, "CPTS Nord", "alice");
            insertCase(admin, bobsCase, "CPTS Sud", "bob");
            s.execute("INSERT INTO person (id, case_id, kind, name, position) VALUES ('" + UUID.randomUUID()
                    + "', '" + bobsCase + "', 'MEMBER', 'Dr Martin', 0)");
        }
    }

    @Test
    void aReferentReadsTheOthersCasesButCannotChangeOrDeleteThem() throws SQLException {
        try (Connection alice = connect("alice"); Statement s = alice.createStatement()) {
            assertEquals(2, count(alice, "SELECT COUNT(*) FROM case_file WHERE id IN ('" + alicesCase + "', '"
                    + bobsCase + "')"));
            assertEquals(0, s.executeUpdate("UPDATE case_file SET name = 'pris' WHERE id = '" + bobsCase + "'"));
            assertEquals(0, s.executeUpdate("DELETE FROM case_file WHERE id = '" + bobsCase + "'"));
            assertEquals(0, s.executeUpdate("DELETE FROM person WHERE case_id = '" + bobsCase + "'"));
            assertEquals(1, s.executeUpdate("UPDATE case_file SET name = 'CPTS Nord-Est' WHERE id = '"
                    + alicesCase + "'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO person (id, case_id, kind, name, "
                    + "position) VALUES ('" + UUID.randomUUID() + "', '" + bobsCase + "', 'MEMBER', 'Intrus', 1)"));
        }
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            assertEquals("CPTS Sud", text(admin, "SELECT name FROM case_file WHERE id = '" + bobsCase + "'"));
            assertEquals(1, count(admin, "SELECT COUNT(*) FROM person WHERE case_id = '" + bobsCase + "'"));
        }
    }

    @Test
    void aReferentCanNeitherGiveAwayNorTakeACase() throws SQLException {
        try (Connection alice = connect("alice"); Statement s = alice.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE case_file SET assigned_to = 'bob' WHERE id = '" + alicesCase + "'"));
        }
        try (Connection alice = connect("alice")) {
            assertThrows(SQLException.class, () -> insertCase(alice, UUID.randomUUID(), "CPTS Est", "bob"));
            UUID created = UUID.randomUUID();
            try (Statement s = alice.createStatement()) {
                s.execute("INSERT INTO case_file (id, name, departement, stage, created_at, updated_at) VALUES ('"
                        + created + "', 'CPTS Ouest', '91', 'PRE_PROJECT', now(), now())");
            }
            assertEquals("alice", text(alice, "SELECT assigned_to FROM case_file WHERE id = '" + created + "'"));
        }
    }

    @Test
    void withTheReadingOptionOffAReferentSeesNeitherTheOthersCasesNorWhatHangsOnThem() throws SQLException {
        try (Connection claire = connect("claire"); Statement s = claire.createStatement()) {
            s.execute("UPDATE cellule_options SET referents_read_others = FALSE");
        }
        try (Connection alice = connect("alice")) {
            assertEquals(0, count(alice, "SELECT COUNT(*) FROM case_file WHERE id = '" + bobsCase + "'"));
            assertEquals(0, count(alice, "SELECT COUNT(*) FROM person WHERE case_id = '" + bobsCase + "'"));
            assertEquals(1, count(alice, "SELECT COUNT(*) FROM case_file WHERE id = '" + alicesCase + "'"));
            try (Statement s = alice.createStatement()) {
                assertThrows(SQLException.class,
                        () -> s.executeUpdate("UPDATE cellule_options SET referents_read_others = TRUE"));
            }
        }
    }

    @Test
    void aManagerReadsEveryCaseAndReassignsThem() throws SQLException {
        try (Connection claire = connect("claire"); Statement s = claire.createStatement()) {
            s.execute("UPDATE cellule_options SET referents_read_others = FALSE");
            assertEquals(2, count(claire, "SELECT COUNT(*) FROM case_file WHERE id IN ('" + alicesCase + "', '"
                    + bobsCase + "')"));
            assertEquals(1, count(claire, "SELECT COUNT(*) FROM person WHERE case_id = '" + bobsCase + "'"));
            assertEquals(1, s.executeUpdate("UPDATE case_file SET assigned_to = 'alice' WHERE id = '"
                    + bobsCase + "'"));
        }
        try (Connection alice = connect("alice"); Statement s = alice.createStatement()) {
            assertEquals(1, count(alice, "SELECT COUNT(*) FROM person WHERE case_id = '" + bobsCase + "'"));
            assertEquals(1, s.executeUpdate("UPDATE case_file SET name = 'CPTS Sud reprise' WHERE id = '"
                    + bobsCase + "'"));
        }
        try (Connection bob = connect("bob")) {
            assertEquals(0, count(bob, "SELECT COUNT(*) FROM case_file WHERE id = '" + bobsCase + "'"));
        }
    }

    @Test
    void theLaptopsOwnSettingsAreNobodysOnTheServer() throws SQLException {
        for (String table : java.util.List.of("app_settings", "sync_base", "sync_conflict")) {
            for (String user : java.util.List.of("claire", "alice")) {
                try (Connection c = connect(user); Statement s = c.createStatement()) {
                    assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM " + table), table);
                }
            }
        }
    }

    @Test
    void aReferentCannotMoveTheRevisionOfSomeoneElsesCase() throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
            s.execute("INSERT INTO case_revision (case_id, revision, changed_by, changed_at) VALUES ('" + bobsCase
                    + "', 3, 'bob', now()), ('" + alicesCase + "', 1, 'alice', now())");
        }
        try (Connection alice = connect("alice"); Statement s = alice.createStatement()) {
            assertEquals(0, s.executeUpdate("UPDATE case_revision SET revision = 4, changed_by = 'alice' "
                    + "WHERE case_id = '" + bobsCase + "'"));
            assertEquals(1, s.executeUpdate("UPDATE case_revision SET revision = 2, changed_by = 'alice' "
                    + "WHERE case_id = '" + alicesCase + "'"));
            assertEquals(3, count(alice, "SELECT revision FROM case_revision WHERE case_id = '" + bobsCase + "'"));
        }
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            assertEquals("bob", text(admin, "SELECT changed_by FROM case_revision WHERE case_id = '" + bobsCase + "'"));
        }
    }

    @Test
    void onlyWhoMayDeleteACaseLeavesItsTraceWhichEveryoneThenReads() throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
            s.execute("INSERT INTO case_revision (case_id, revision, changed_by, changed_at) VALUES ('" + bobsCase
                    + "', 2, 'bob', now())");
        }
        String bury = "UPDATE case_revision SET revision = 3, deleted_at = now(), deleted_by = current_user "
                + "WHERE case_id = '" + bobsCase + "'";
        try (Connection alice = connect("alice"); Statement s = alice.createStatement()) {
            assertEquals(0, s.executeUpdate(bury));
        }
        try (Connection bob = connect("bob"); Statement s = bob.createStatement()) {
            bob.setAutoCommit(false);
            assertEquals(1, s.executeUpdate(bury));
            assertEquals(1, s.executeUpdate("DELETE FROM case_file WHERE id = '" + bobsCase + "'"));
            bob.commit();
        }
        try (Connection claire = connect("claire"); Statement s = claire.createStatement()) {
            s.execute("UPDATE cellule_options SET referents_read_others = FALSE"); // the trace is still read
        }
        for (String user : java.util.List.of("alice", "claire")) {
            try (Connection c = connect(user)) {
                assertEquals("3 bob", text(c, "SELECT revision || ' ' || deleted_by FROM case_revision "
                        + "WHERE case_id = '" + bobsCase + "'"), user);
            }
        }
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            assertEquals(0, count(admin, "SELECT COUNT(*) FROM person WHERE case_id = '" + bobsCase + "'"));
        }
    }

    @Test
    void aReferentSeesTheServerStatusLikeTheAdministrator() {
        ServerStatus status = new PostgresCelluleServer().status(
                new ServerAddress("postgresql://localhost:" + postgres.getPort() + "/postgres", "alice"), null);
        assertTrue(status.upToDate());
        assertEquals(ServerSchema.applicationVersion(), status.schemaVersion());
    }

    private static Connection connect(String user) throws SQLException {
        return DriverManager.getConnection(postgres.getJdbcUrl(user, "postgres"), user, user.substring(0, 1));
    }

    private static void insertCase(Connection c, UUID id, String name, String assignedTo) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO case_file (id, name, departement, stage, "
                + "created_at, updated_at, assigned_to) VALUES (?, ?, '91', 'PRE_PROJECT', now(), now(), ?)")) {
            p.setObject(1, id);
            p.setString(2, name);
            p.setString(3, assignedTo);
            p.executeUpdate();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
