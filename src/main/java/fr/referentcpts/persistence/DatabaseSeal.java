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
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.Properties;

/**
 * The small side file {@value #FILE_NAME} that says what the last clean close left: the database
 * file's size and checksums and its number of case files. It is marked « open » while the
 * database is in use, so at the next opening a mismatch after a clean close means the file was
 * changed by something else (truncated, emptied, replaced by another copy, altered), and an
 * « open » mark means the last session did not close (a crash): the file is then checked by
 * reading it without writing.
 *
 * <p>The checksums are CRC-32C and CRC-32 of the whole file (two polynomials: a random change
 * goes unseen once in 2<sup>64</sup>), which the processor computes in a few milliseconds where
 * a SHA-256 of the same 14 MB took 100 to 180 ms of the opening under the fast compiler. The seal
 * detects accidents, not a forgery: anyone able to rewrite the file could rewrite the seal beside
 * it, whatever digest it held. A seal written by an earlier version holds a SHA-256, still checked.
 *
 * @param closed    true when written by a clean close
 * @param checksum  {@code crc32c:…,crc32:…} (this version) or {@code sha256:…} (earlier ones)
 * @param cases     case files at the last clean close
 */
record DatabaseSeal(boolean closed, long size, String checksum, int cases, Instant at) {
    static final String FILE_NAME = "referent-cpts.seal";
    private static final String SHA256 = "sha256:";

    static Optional<DatabaseSeal> read(Path dataDir) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            p.load(reader);
            String checksum = p.getProperty("checksum", p.containsKey("sha256") ? SHA256 + p.getProperty("sha256") : "");
            boolean known = checksum.startsWith(SHA256) || checksum.startsWith("crc32c:");
            return Optional.of(new DatabaseSeal("closed".equals(p.getProperty("state")) && known,
                    Long.parseLong(p.getProperty("size", "-1")), checksum,
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
        return new DatabaseSeal(true, Files.size(database), checksum(database), cases, now);
    }

    /** Written through a temporary file forced to disk, then moved in place: never half a seal. */
    void write(Path dataDir) throws IOException {
        Properties p = new Properties();
        p.setProperty("state", closed ? "closed" : "open");
        p.setProperty("size", String.valueOf(size));
        p.setProperty("checksum", checksum);
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

    /** True when {@code database} is exactly what this clean close left. */
    boolean matches(Path database) throws IOException {
        if (!closed || Files.size(database) != size) {
            return false;
        }
        return checksum.equals(checksum.startsWith(SHA256) ? SHA256 + sha256(database) : checksum(database));
    }

    /** {@code crc32c:…,crc32:…} of the whole file, read once. */
    static String checksum(Path file) throws IOException {
        CRC32C castagnoli = new CRC32C();
        CRC32 ieee = new CRC32();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                castagnoli.update(buffer, 0, n);
                ieee.update(buffer, 0, n);
            }
        }
        return String.format("crc32c:%08x,crc32:%08x", castagnoli.getValue(), ieee.getValue());
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
