package fr.referentcpts.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.persistence.casefile.JooqCaseFileRepository;
import fr.referentcpts.persistence.server.PostgresDsl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The laptops' migrations, written for H2, on a real PostgreSQL (the cellule's server). */
class PostgresMigrationsTest {
    private static EmbeddedPostgres postgres;
    private static DataSource server;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        server = postgres.getPostgresDatabase();
        ServerSchema.migrate(server);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void theSameScriptsBringPostgresqlToTheApplicationsVersion() throws Exception {
        assertTrue(ServerSchema.upToDate(server));
        try (Connection c = server.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                        + "WHERE \"success\" ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            assertTrue(r.next());
            assertEquals(ServerSchema.applicationVersion(), r.getString(1));
        }
        ServerSchema.migrate(server); // a second run changes nothing and fails on nothing
        assertTrue(ServerSchema.upToDate(server));
    }

    @Test
    void everyTableOfTheLaptopsExistsOnTheServer() throws Exception {
        Set<String> tables = new HashSet<>();
        try (Connection c = server.getConnection();
                ResultSet r = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (r.next()) {
                tables.add(r.getString("TABLE_NAME"));
            }
        }
        for (String table : Set.of("case_file", "person", "mission_action", "indicator_tier", "stage_history",
                "contract_annex", "payment_received", "rules_version", "app_settings")) {
            assertTrue(tables.contains(table), table + " manque parmi " + tables);
        }
    }

    @Test
    void aCaseFileIsWrittenAndReadBackThroughTheRepositoryInPostgresDialect() {
        JooqTransactions transactions = new JooqTransactions(PostgresDsl.using(server));
        JooqCaseFileRepository cases = new JooqCaseFileRepository(transactions);
        Instant created = Instant.parse("2026-03-02T09:15:30Z");
        CaseFile written = new CaseFile(UUID.randomUUID(), "CPTS du Val d’Orge", "91", "Mme Durand",
                "Première réunion : « bonne dynamique »", WorkflowStage.PRE_PROJECT, false, created, created, 0);
        transactions.inTransaction(() -> {
            cases.insert(written);
            return null;
        });
        assertEquals(written, cases.find(written.id()).orElseThrow());
        CaseFile renamed = cases.update(written.withStage(WorkflowStage.LETTER_OF_INTENT));
        assertEquals(WorkflowStage.LETTER_OF_INTENT, cases.find(written.id()).orElseThrow().stage());
        assertEquals(1, renamed.version());
        cases.delete(written.id());
        assertFalse(cases.find(written.id()).isPresent());
    }
}
