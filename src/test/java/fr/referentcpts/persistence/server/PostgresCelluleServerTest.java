package fr.referentcpts.persistence.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.core.server.ServerStatus;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import fr.referentcpts.testing.PasswordPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A server that asks for passwords (scram-sha-256), as a real one does. */
class PostgresCelluleServerTest {
    private static EmbeddedPostgres postgres;
    private final PostgresCelluleServer server = new PostgresCelluleServer();

    @BeforeAll
    static void start() throws Exception {
        postgres = PasswordPostgres.start();
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
            s.execute("CREATE ROLE admin_cellule LOGIN PASSWORD 'Mot de passe 1'");
            s.execute("CREATE DATABASE cellule OWNER admin_cellule");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static ServerAddress address(String database) {
        return new ServerAddress("postgresql://localhost:" + postgres.getPort() + "/" + database, "admin_cellule");
    }

    @Test
    void aWrongOrMissingPasswordIsRefusedWithTheLoginsName() {
        DomainException wrong = assertThrows(DomainException.class,
                () -> server.status(address("cellule"), "mauvais".toCharArray()));
        assertEquals("server.error.authentication", wrong.messageKey());
        assertEquals("admin_cellule", wrong.arguments()[0]);
        assertEquals("server.error.authentication", assertThrows(DomainException.class,
                () -> server.status(address("cellule"), null)).messageKey());
    }

    @Test
    void theAdministratorCreatesTheSchemaWhichIsThenUpToDate() {
        ServerStatus before = server.status(address("cellule"), "Mot de passe 1".toCharArray());
        assertTrue(before.schemaAbsent());
        assertFalse(before.upToDate());
        assertTrue(before.supported(), before.postgresVersion());

        ServerStatus after = server.migrate(address("cellule"), "Mot de passe 1".toCharArray());
        assertTrue(after.upToDate());
        assertEquals(after.applicationVersion(), after.schemaVersion());
    }

    @Test
    void anUnknownDatabaseIsNamed() {
        assertEquals("server.error.noDatabase", assertThrows(DomainException.class,
                () -> server.status(address("inconnue"), "Mot de passe 1".toCharArray())).messageKey());
    }
}
