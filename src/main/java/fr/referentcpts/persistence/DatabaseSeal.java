package fr.referentcpts.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * The small side file {@value #FILE_NAME} that says what the last clean close left: the database
 * file's size and SHA-256 and its number of case files. It is marked « open » while the database
 * is in use, so at the next opening a mismatch after a clean close means the file was changed by
 * something else (truncated, emptied, altered), and an « open » mark means the last session did
 * not close (a crash): the file is then checked by reading it without writing.
 *
 * @param closed    true when written by a clean close
 * @param cases     case files at the last clean close
 */
record DatabaseSeal(boolean closed, long size, String sha256, int cases, Instant at) {
    static final String FILE_NAME = "referent-cpts.seal";

    static Optional<DatabaseSeal> read(Path dataDir) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            p.load(reader);
            return Optional.of(new DatabaseSeal("closed".equals(p.getProperty("state")),
                    Long.parseLong(p.getProperty("size", "-1")), p.getProperty("sha256", ""),
                    Integer.parseInt(p.getProperty("cases", "-1")), Instant.parse(p.getProperty("at"))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // An unreadable seal says nothing: the database is then checked by reading it.
            return Optional.of(new DatabaseSeal(false, -1, "", -1, Instant.EPOCH));
        }
    }

    /** The seal of a database now in use: what its last clean close counted is kept. */
    DatabaseSeal opened(Instant now) {
        return new DatabaseSeal(false, -1, "", cases, now);
    }

    /** The seal of {@code database} as a clean close leaves it. */
    static DatabaseSeal closed(Path database, int cases, Instant now) throws IOException {
        return new DatabaseSeal(true, Files.size(database), sha256(database), cases, now);
    }

    /** Written through a temporary file forced to disk, then moved in place: never half a seal. */
    void write(Path dataDir) throws IOException {
        Properties p = new Properties();
        p.setProperty("state", closed ? "closed" : "open");
        p.setProperty("size", String.valueOf(size));
        p.setProperty("sha256", sha256);
        p.setProperty("cases", String.valueOf(cases));
        p.setProperty("at", at.toString());
        StringWriter text = new StringWriter();
        p.store(text, "Référent CPTS : état de la base à la dernière fermeture (ne pas modifier)");
        Path tmp = dataDir.resolve(FILE_NAME + ".tmp");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING); OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            channel.force(true);
        }
        Files.move(tmp, dataDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * True when {@code database} is exactly what this clean close left. A digest computed ahead
     * ({@link EarlyDigest}) can confirm it; a mismatch is always confirmed on the file itself.
     */
    boolean matches(Path database) throws IOException {
        if (!closed || Files.size(database) != size) {
            return false;
        }
        return sha256.equals(EarlyDigest.take(database)) || sha256(database).equals(sha256);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
