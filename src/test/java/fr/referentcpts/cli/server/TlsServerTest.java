package fr.referentcpts.cli.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.cli.CliTestSupport;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cellule server that offers TLS: the connection is encrypted without anything to set, and an
 * address asking to verify the certificate accepts the server's own and refuses another's. The
 * server's certificate and key ({@code src/test/resources/tls}: self-signed for localhost, valid
 * until 2126, made with openssl for these tests only) are given to an embedded PostgreSQL.
 */
class TlsServerTest {
    private static EmbeddedPostgres postgres;
    private static Path certificates;
    @TempDir
    Path dataDir;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "PostgreSQL wants its key readable by its owner only");
        certificates = Files.createTempDirectory("tls");
        for (String name : new String[] {"server.crt", "server.key", "other-authority.crt"}) {
            try (InputStream in = TlsServerTest.class.getResourceAsStream("/tls/" + name)) {
                Files.copy(in, certificates.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.setPosixFilePermissions(certificates.resolve("server.key"), PosixFilePermissions.fromString("rw-------"));
        postgres = EmbeddedPostgres.builder()
                .setServerConfig("ssl", "on")
                .setServerConfig("ssl_cert_file", certificates.resolve("server.crt").toString())
                .setServerConfig("ssl_key_file", certificates.resolve("server.key").toString())
                .start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
        if (certificates != null) {
            try (var files = Files.list(certificates)) {
                files.forEach(f -> {
                    try {
                        Files.delete(f);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            Files.delete(certificates);
        }
    }

    @Test
    void aServerOfferingTlsIsReachedEncryptedWithNothingToSet() {
        CliTestSupport cli = new CliTestSupport(dataDir);
        assertEquals(0, cli.run("server", "connect", "postgresql://localhost:" + postgres.getPort() + "/postgres",
                "--user", "postgres"));
        cli.run("server", "status"); // 1: the cellule's schema is not created there

        assertTrue(cli.out.toString().contains("Connexion : chiffrée (TLS, sslmode=prefer)."), cli.out.toString());
    }

    @Test
    void verifyFullAcceptsTheServersAuthorityAndRefusesAnother() {
        String base = "postgresql://localhost:" + postgres.getPort() + "/postgres?sslmode=verify-full&sslrootcert=";
        CliTestSupport cli = new CliTestSupport(dataDir);
        assertEquals(0, cli.run("server", "connect", base + certificates.resolve("server.crt"), "--user", "postgres"));
        cli.run("server", "status");
        assertTrue(cli.out.toString().contains("Connexion : chiffrée (TLS, sslmode=verify-full)."), cli.out.toString());

        CliTestSupport other = new CliTestSupport(dataDir);
        assertEquals(0, other.run("server", "connect", base + certificates.resolve("other-authority.crt"),
                "--user", "postgres"));
        assertEquals(2, other.run("server", "status"));
        assertTrue(other.err.toString().contains("La connexion chiffrée au serveur postgresql://localhost:"),
                other.err.toString());
        assertTrue(other.err.toString().contains("a échoué (sslmode=verify-full)"), other.err.toString());
    }
}
