package fr.referentcpts.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder written by an earlier version is brought up to date at its first opening for
 * writing, and its file compacted then: the next openings do not read and check a file several
 * times larger than its content.
 */
class SchemaUpgradeTest {
    /** Above H2's 40 000 rows kept in memory, an index is built through temporary pages in the file. */
    private static final int COMMUNES = 45_000;

    @TempDir
    Path dataDir;

    @Test
    void aMigratedDatabaseIsCompactedRightAway() throws Exception {
        CaseFile big;
        try (AppContext context = TestData.open(dataDir)) {
            big = context.caseFiles().create(new CaseIdentity("CPTS du grand territoire", "14", "", ""));
        }
        try (Database database = Database.open(dataDir, TestData.CLOCK)) {
            database.dsl().execute("INSERT INTO territory_commune (case_id, insee_code, name, population, position) "
                    + "SELECT CAST('" + big.id() + "' AS UUID), LPAD(CAST(X AS VARCHAR), 5, '0'), "
                    + "'Commune ' || X, 100, X FROM SYSTEM_RANGE(1, " + COMMUNES + ")");
            database.dsl().execute("DROP INDEX territory_commune_summary_idx");
            // as an earlier version left it: before V14 and V15 (which, replayed, leaves its table and column)
            database.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"script\" IN "
                    + "('V14__territory_summary_index.sql', 'V15__case_figures.sql')");
            database.compactAndClose();
        }
        Path file = dataDir.resolve("referent-cpts.mv.db");
        long before = Files.size(file);

        try (Database database = Database.open(dataDir, TestData.CLOCK)) {
            assertEquals(1, database.dsl().fetch("SELECT * FROM INFORMATION_SCHEMA.INDEXES "
                    + "WHERE INDEX_NAME = 'TERRITORY_COMMUNE_SUMMARY_IDX'").size(), "migrated");
            assertTrue(Files.size(file) < before * 3 / 2,
                    "compacted: " + Files.size(file) + " bytes after migrating a file of " + before);
        }
        try (AppContext context = AppContext.open(dataDir, TestData.CLOCK, () -> null)) {
            assertEquals(COMMUNES, context.territories().territory(big.id()).communes().size(), "opens again, nothing lost");
        }
    }
}
