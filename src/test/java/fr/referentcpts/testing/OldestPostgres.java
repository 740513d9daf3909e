package fr.referentcpts.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * An embedded PostgreSQL 15, the oldest version the cellule's server may run (the default embedded
 * server is 17). Its binaries are the Maven artifact the build copies to {@code target/postgres-15}
 * (see the pom); they exist for Linux x86-64 only, so elsewhere the tests using them are skipped.
 */
public final class OldestPostgres {
    public static final int MAJOR_VERSION = 15;
    private static final Path BINARIES = Path.of("target", "postgres-15", "postgres-15-linux-amd64.jar");

    private OldestPostgres() {
    }

    /** Fails unless {@code server} really is a PostgreSQL 15 (a test meant for it must not pass on another). */
    public static void assertRunsOn(DataSource server) throws SQLException {
        try (Connection c = server.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SHOW server_version")) {
            assertTrue(r.next());
            assertTrue(r.getString(1).startsWith(MAJOR_VERSION + "."), r.getString(1));
        }
    }

    public static EmbeddedPostgres.Builder builder() {
        boolean linux = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux");
        String arch = System.getProperty("os.arch");
        Assumptions.assumeTrue(linux && ("amd64".equals(arch) || "x86_64".equals(arch)),
                "PostgreSQL 15 embarqué : binaires Linux x86-64 seulement");
        Assumptions.assumeTrue(Files.isRegularFile(BINARIES), BINARIES + " absent : lancer les tests par Maven");
        return EmbeddedPostgres.builder().setPgBinaryResolver((system, hardware) -> {
            try (ZipFile jar = new ZipFile(BINARIES.toFile())) {
                ZipEntry archive = jar.getEntry("postgres-" + system.toLowerCase(Locale.ROOT) + "-" + hardware + ".txz");
                if (archive == null) {
                    throw new IOException("pas de binaires PostgreSQL 15 pour " + system + "-" + hardware);
                }
                return new ByteArrayInputStream(jar.getInputStream(archive).readAllBytes());
            }
        });
    }
}
