package fr.referentcpts.persistence;

import fr.referentcpts.core.common.DomainException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Encryption at rest of a data folder's database (H2 {@code CIPHER=AES}). The key is derived
 * from the referent's passphrase by PBKDF2-HMAC-SHA256 ({@value #ITERATIONS} iterations, a
 * random salt): only the salt and the iteration count are on the disk, in {@value #FILE_NAME};
 * the passphrase and the key never are. A folder without that file is not encrypted.
 */
public record DatabaseEncryption(String salt, int iterations) {
    static final String FILE_NAME = "referent-cpts.key.properties";
    static final int ITERATIONS = 310_000;
    public static final int MIN_PASSPHRASE = 10;

    static Optional<DatabaseEncryption> read(Path dataDir) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            p.load(reader);
            return Optional.of(new DatabaseEncryption(p.getProperty("salt"), Integer.parseInt(p.getProperty("iterations"))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            throw new DomainException("error.encryption.unreadable", e, dataDir.resolve(FILE_NAME).toString());
        }
    }

    static DatabaseEncryption fresh() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return new DatabaseEncryption(HexFormat.of().formatHex(salt), ITERATIONS);
    }

    void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("cipher", "AES (H2), clé PBKDF2WithHmacSHA256 256 bits");
        p.setProperty("salt", salt);
        p.setProperty("iterations", String.valueOf(iterations));
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(writer, "Référent CPTS : base chiffrée (ni la phrase de passe ni la clé ne sont ici)");
        }
    }

    /** The H2 file password: the key derived from {@code passphrase}, in hex. */
    String filePassword(char[] passphrase) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, HexFormat.of().parseHex(salt), iterations, 256);
        try {
            return HexFormat.of().formatHex(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is required by every Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    /**
     * How to connect to a folder's database: in clear, or encrypted with the key derived from the
     * passphrase {@code passphrases} gives (asked only when the folder is encrypted).
     */
    record Access(String urlSuffix, String password) {
        static final Access CLEAR = new Access("", "");

        /**
         * True for a database in clear. Not {@code equals(CLEAR)}: a record's generated equals
         * links a method handle at its first call, ≈ 5 ms of every opening.
         */
        boolean clear() {
            return urlSuffix.isEmpty() && password.isEmpty();
        }

        static Access of(Path dataDir, Supplier<char[]> passphrases) {
            Optional<DatabaseEncryption> encryption = read(dataDir);
            if (encryption.isEmpty()) {
                return CLEAR;
            }
            char[] passphrase = passphrases.get();
            if (passphrase == null || passphrase.length == 0) {
                throw new DomainException("error.passphraseRequired", dataDir.toString());
            }
            try {
                return encrypted(encryption.get().filePassword(passphrase));
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }

        static Access encrypted(String filePassword) {
            return new Access(";CIPHER=AES", filePassword + " ");
        }

        Connection connect(String url) throws SQLException {
            return DriverManager.getConnection(url + urlSuffix, "sa", password);
        }
    }
}
