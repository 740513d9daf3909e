package fr.referentcpts.io.files;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.UserFiles;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/** The referent's files on the local disk: written through a temporary file, then moved into place. */
public final class LocalUserFiles implements UserFiles {
    /** Mo, for the message of a file too large. */
    private static final long MEGABYTE = 1024L * 1024;

    @Override
    public void save(Path target, byte[] content) {
        Path absolute = target.toAbsolutePath();
        Path tmp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        try {
            Files.write(tmp, content);
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw failure("file.error.write", e, target);
        }
    }

    @Override
    public byte[] read(Path source, long maxBytes) {
        String name = String.valueOf(source.getFileName());
        try {
            if (Files.size(source) > maxBytes) {
                throw new DomainException("document.error.tooLarge", name, maxBytes / MEGABYTE);
            }
            return Files.readAllBytes(source);
        } catch (IOException e) {
            throw new DomainException("document.error.read", e, name);
        }
    }

    @Override
    public Path temporaryCopy(String name, byte[] content) {
        try {
            Path dir = Files.createTempDirectory("referent-cpts-");
            Path file = dir.resolve(safeName(name));
            Files.write(file, content);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw failure("file.error.temporary", e, Path.of(System.getProperty("java.io.tmpdir")));
        }
    }

    /** The file name without any folder part, so a stored name can never write outside the temporary folder. */
    public static String safeName(String fileName) {
        Path path = Path.of(fileName.replace('\\', '/')).getFileName();
        String name = path == null ? "" : path.toString();
        return name.isBlank() || name.equals("..") ? "document" : name;
    }

    private static DomainException failure(String key, IOException e, Path file) {
        if (e instanceof AccessDeniedException) {
            return new DomainException("file.error.denied", e, file.toString());
        }
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("no space left") || message.contains("disk full") || message.contains("espace insuffisant")) {
            return new DomainException("file.error.diskFull", e, file.toString());
        }
        return new DomainException(key, e, file.toString());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing more to do: the temporary file is next to the target, named .tmp
        }
    }
}
