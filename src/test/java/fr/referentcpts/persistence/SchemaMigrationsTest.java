package fr.referentcpts.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationsTest {
    @TempDir
    Path dir;

    @Test
    void theListOfScriptsIsEveryMigrationOfTheProjectInOrder() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            List<String> found = files.map(p -> p.getFileName().toString())
                    .sorted(Comparator.comparingInt(SchemaMigrationsTest::version)).toList();
            assertEquals(found, SchemaMigrations.SCRIPTS);
        }
    }

    @Test
    void aDatabaseMigratedByFlywayIsRecognisedAsUpToDateAndAnEditedHistoryIsNot() throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(),
                "sa", "");
        try {
            assertFalse(SchemaMigrations.upToDate(pool), "an empty database needs Flyway");
            SchemaMigrations.migrate(pool);
            assertTrue(SchemaMigrations.upToDate(pool), "same checksums as Flyway's: Flyway is not started again");
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = 1 WHERE \"script\" = '"
                        + SchemaMigrations.SCRIPTS.getLast() + "'");
            }
            assertFalse(SchemaMigrations.upToDate(pool), "an edited script goes through Flyway's validation");
        } finally {
            pool.dispose();
        }
    }

    private static int version(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }
}
