package fr.referentcpts.core.backup;

import java.time.Instant;

/**
 * A verified backup of the database: its name in the data folder's {@code backups/}, when it was
 * taken, how many case files it holds (counted by opening it after writing it) and its size.
 */
public record BackupInfo(String name, Instant createdAt, int cases, long size) {
}
