package fr.referentcpts.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** An embedded PostgreSQL that asks for passwords (scram-sha-256) as a real server does; its administrator without. */
public final class PasswordPostgres {
    private PasswordPostgres() {
    }

    public static EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectoryCustomizer(dir -> {
            try {
                Files.writeString(dir.toPath().resolve("pg_hba.conf"), """
                        host all postgres 127.0.0.1/32 trust
                        host all postgres ::1/128 trust
                        host all all 127.0.0.1/32 scram-sha-256
                        host all all ::1/128 scram-sha-256
                        """);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).start();
    }
}
