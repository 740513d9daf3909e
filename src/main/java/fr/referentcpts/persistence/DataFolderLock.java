package fr.referentcpts.persistence;

import fr.referentcpts.core.common.StorageException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on the data folder, taken before the database is opened, so that a
 * second window (or a command run while the window is open) stops with a clear message
 * instead of touching the data.
 */
public final class DataFolderLock implements AutoCloseable {
    static final String LOCK_FILE = "referent-cpts.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static DataFolderLock acquire(Path dataDir) {
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(dataDir, null, channel);
            }
            return new DataFolderLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDir, e, channel);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StorageException("error.dataFolderUnusable", e, dataDir.toString());
        }
    }

    private static StorageException inUse(Path dataDir, Exception cause, FileChannel channel) {
        closeQuietly(channel);
        return new StorageException("error.dataFolderInUse", cause, dataDir.toString());
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // The lock attempt already failed; its own error is the one reported.
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new StorageException("error.dataFolderUnusable", e, "");
        }
    }
}
