package fr.referentcpts.persistence;

import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The application's schema on the cellule's PostgreSQL server: the very migrations of the laptops'
 * H2 ({@code db/migration}), applied and checked the same way.
 */
public final class ServerSchema {
    private ServerSchema() {
    }

    /** Brings the server's schema up to date; a Flyway refusal comes back as an {@link IllegalStateException}. */
    public static void migrate(DataSource server) throws SQLException {
        try {
            SchemaMigrations.migrate(server);
        } catch (SchemaMigrations.MigrationException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The history holds exactly this application's scripts, applied with success and unchanged. */
    public static boolean upToDate(DataSource server) throws SQLException {
        return SchemaMigrations.upToDate(server);
    }

    /** The version this application's last script brings the schema to (« 11 » for {@code V11__…}). */
    public static String applicationVersion() {
        List<String> scripts = SchemaMigrations.SCRIPTS;
        String last = scripts.get(scripts.size() - 1);
        return last.substring(1, last.indexOf("__"));
    }
}
