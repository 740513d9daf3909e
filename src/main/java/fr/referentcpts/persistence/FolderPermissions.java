package fr.referentcpts.persistence;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The data folder readable by its user only (names, phones and RPPS numbers of health
 * professionals): folders 700, files 600, on systems with POSIX permissions (Linux, macOS; on
 * Windows the folder is under the user's own profile). Applied at each opening and clean close,
 * so files written since (backups, logs, the seal) are covered too.
 */
final class FolderPermissions {
    private FolderPermissions() {
    }

    static void restrict(Path dataDir) {
        if (Files.getFileAttributeView(dataDir, PosixFileAttributeView.class) == null) {
            return;
        }
        for (Path folder : List.of(dataDir, dataDir.resolve(DatabaseBackups.FOLDER), dataDir.resolve("logs"))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
                try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, Files::isRegularFile)) {
                    for (Path file : files) {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    }
                }
            } catch (IOException | UnsupportedOperationException e) {
                // the journal is obtained here only: every opening passes by, few need to write
                LoggerFactory.getLogger(FolderPermissions.class).warn("Droits d’accès de {} non restreints", folder, e);
            }
        }
    }
}
