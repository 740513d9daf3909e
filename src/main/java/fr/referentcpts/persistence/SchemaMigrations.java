package fr.referentcpts.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The schema's migrations ({@code db/migration}), applied by Flyway. A database whose history
 * already holds exactly these scripts, each with the checksum Flyway recorded, successfully, is
 * opened without starting Flyway (about a thousand classes and a classpath scan at every start);
 * anything else — a new script, a failed or edited one, an unknown database — goes through
 * Flyway, which migrates and validates as usual.
 */
final class SchemaMigrations {
    /** Every script of {@code src/main/resources/db/migration}, in order (a test keeps the list complete). */
    static final List<String> SCRIPTS = List.of("V1__create_case_file.sql", "V2__create_case_content.sql",
            "V3__create_workflow.sql", "V4__create_annex.sql", "V5__create_contract_terms.sql",
            "V6__indicator_terms.sql", "V10__chain_history.sql", "V11__case_assignment.sql",
            "V12__sync_tables.sql", "V13__case_tombstone.sql", "V14__territory_summary_index.sql",
            "V15__case_figures.sql");
    private static final String LOCATION = "db/migration/";
    /** Flyway callbacks run on PostgreSQL only ({@code beforeMigrate.sql}): never recorded in the history. */
    private static final String POSTGRESQL_CALLBACKS = "db/postgresql/";

    private SchemaMigrations() {
    }

    /** What {@link #migrate} did. */
    enum Outcome {
        /** Nothing: the schema was up to date. */
        UP_TO_DATE,
        /** The schema was created in an empty database. */
        CREATED,
        /** An existing schema was brought up to date. */
        MIGRATED
    }

    /** Brings the schema up to date; a Flyway failure comes back as a {@link MigrationException}. */
    static Outcome migrate(DataSource database) throws SQLException {
        if (upToDate(database)) {
            return Outcome.UP_TO_DATE;
        }
        boolean existed;
        try (Connection connection = database.getConnection()) {
            existed = hasHistory(connection);
        }
        FlywayRun.migrate(database);
        return existed ? Outcome.MIGRATED : Outcome.CREATED;
    }

    private static boolean hasHistory(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            return tables.next();
        }
    }

    /** Apart, so that Flyway's classes load only when a migration or a validation is needed. */
    private static final class FlywayRun {
        static void migrate(DataSource database) throws SQLException {
            try {
                Flyway.configure().dataSource(database).locations(locations(database)).load().migrate();
            } catch (FlywayException e) {
                throw new MigrationException(e);
            }
        }
    }

    /**
     * The migrations, and on PostgreSQL (the cellule's server) the callback that gives it H2's
     * BLOB and CLOB types before the same scripts run.
     */
    static String[] locations(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection()) {
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return new String[] {"classpath:" + LOCATION, "classpath:" + POSTGRESQL_CALLBACKS};
            }
        }
        return new String[] {"classpath:" + LOCATION};
    }

    /** The history holds exactly {@link #SCRIPTS}, applied with success and unchanged since. */
    static boolean upToDate(DataSource database) throws SQLException {
        Map<String, Integer> applied = new HashMap<>();
        try (Connection connection = database.getConnection()) {
            if (!hasHistory(connection)) {
                return false;
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "SELECT \"script\", \"checksum\", \"success\", \"type\" FROM \"flyway_schema_history\"")) {
                while (rows.next()) {
                    if ("TABLE".equals(rows.getString(4))) {
                        continue; // the row that records the history table's creation
                    }
                    Object checksum = rows.getObject(2);
                    if (!rows.getBoolean(3) || !(checksum instanceof Number number)) {
                        return false;
                    }
                    applied.put(rows.getString(1), number.intValue());
                }
            }
        }
        if (applied.size() != SCRIPTS.size()) {
            return false;
        }
        for (String script : SCRIPTS) {
            Integer recorded = applied.get(script);
            if (recorded == null || recorded != checksum(script)) {
                return false;
            }
        }
        return true;
    }

    /** Flyway's checksum of a script: CRC32 of its lines, line breaks and a leading BOM left out. */
    static int checksum(String script) {
        CRC32 crc = new CRC32();
        try (InputStream in = SchemaMigrations.class.getClassLoader().getResourceAsStream(LOCATION + script)) {
            if (in == null) {
                return 0;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean first = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (first && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                first = false;
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    /** Flyway refused to migrate or validate the schema. */
    static final class MigrationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MigrationException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
