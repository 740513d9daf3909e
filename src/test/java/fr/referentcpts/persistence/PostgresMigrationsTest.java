package fr.referentcpts.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.documents.CaseDocument;
import fr.referentcpts.core.documents.DocumentKind;
import fr.referentcpts.persistence.casefile.JooqCaseFileRepository;
import fr.referentcpts.persistence.documents.JooqDocumentRepository;
import fr.referentcpts.persistence.server.PostgresDsl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The laptops' migrations, written for H2, on a real PostgreSQL (the cellule's server). */
class PostgresMigrationsTest {
    private static EmbeddedPostgres postgres;
    static DataSource server;

    @BeforeAll
    static void start() throws Exception {
        startOn(EmbeddedPostgres.builder());
    }

    /** Starts the server this class's tests run on (a subclass hides {@link #start()} to choose another version). */
    static void startOn(EmbeddedPostgres.Builder builder) throws Exception {
        postgres = builder.start();
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
                "contract_annex", "payment_received", "rules_version", "app_settings", "case_revision",
                "sync_base", "sync_conflict")) {
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

    @Test
    void anAttachedDocumentsBytesComeBackIdenticalFromH2sBlobColumn() {
        JooqTransactions transactions = new JooqTransactions(PostgresDsl.using(server));
        JooqCaseFileRepository cases = new JooqCaseFileRepository(transactions);
        JooqDocumentRepository documents = new JooqDocumentRepository(transactions);
        Instant now = Instant.parse("2026-03-02T09:15:30Z");
        CaseFile owner = new CaseFile(UUID.randomUUID(), "CPTS Essonne Sud", "91", "", "",
                WorkflowStage.HEALTH_PROJECT, false, now, now, 0);
        cases.insert(owner);
        byte[] content = new byte[70_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        CaseDocument document = new CaseDocument(UUID.randomUUID(), owner.id(), DocumentKind.STATUTES, "statuts.pdf",
                "application/pdf", content.length, "00", LocalDate.of(2026, 3, 1), "", now);
        documents.insert(document, content);
        assertArrayEquals(content, documents.content(document.id()).orElseThrow());
        assertEquals(List.of("statuts.pdf"), documents.documents(owner.id()).stream().map(CaseDocument::fileName).toList());
    }
}
