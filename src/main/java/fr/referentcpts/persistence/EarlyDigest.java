package fr.referentcpts.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SHA-256 of a database file computed ahead of its opening, on a thread of its own, while
 * the command line reads its arguments, so that the seal check of the opening
 * ({@link DatabaseSeal#matches}) finds it done instead of reading 13 MB then.
 *
 * <p>A digest started here is used once, and only if the file is still the one it was computed
 * on: same size, modification time, change time (where the system keeps one: it cannot be set
 * back by a program) and file identity when the digest started, when it ended and when it is
 * used. It can only confirm a seal: a digest that does not match is computed again from the file
 * before the database is called damaged.
 */
final class EarlyDigest {
    private static final ConcurrentHashMap<Path, EarlyDigest> STARTED = new ConcurrentHashMap<>();

    private final FileState state;
    private final CompletableFuture<String> digest;

    private EarlyDigest(FileState state, CompletableFuture<String> digest) {
        this.state = state;
        this.digest = digest;
    }

    /** Starts the digest of {@code file} in the background; nothing if it does not exist. */
    static void start(Path file) {
        Path key = file.toAbsolutePath().normalize();
        FileState state = FileState.of(key);
        if (state == null) {
            return;
        }
        CompletableFuture<String> digest = new CompletableFuture<>();
        STARTED.put(key, new EarlyDigest(state, digest));
        Thread.ofPlatform().daemon().name("referent-cpts-digest").start(() -> {
            try {
                String computed = DatabaseSeal.sha256(key);
                digest.complete(state.equals(FileState.of(key)) ? computed : null);
            } catch (IOException | RuntimeException e) {
                digest.complete(null); // the opening computes it itself, and says what fails
            }
        });
    }

    /**
     * The digest started for {@code file}, waiting for its end, if the file has not changed
     * since; null otherwise (never started, already used, file changed, digest failed).
     */
    static String take(Path file) {
        Path key = file.toAbsolutePath().normalize();
        EarlyDigest early = STARTED.remove(key);
        if (early == null) {
            return null;
        }
        String digest = early.digest.join();
        return digest != null && early.state.equals(FileState.of(key)) ? digest : null;
    }

    /** What tells that a file was written: null when it cannot be read. */
    private record FileState(long size, FileTime modified, Object changed, Object identity) {
        static FileState of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (!attributes.isRegularFile()) {
                    return null;
                }
                return new FileState(attributes.size(), attributes.lastModifiedTime(), changeTime(file),
                        attributes.fileKey());
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        private static Object changeTime(Path file) {
            try {
                return Files.getAttribute(file, "unix:ctime");
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                return ""; // no change time on this system: size, modification time and identity only
            }
        }
    }
}
