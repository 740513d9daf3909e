package fr.referentcpts.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.StorageException;
import fr.referentcpts.persistence.casefile.JooqCaseFileRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storage failures named by their cause: « disque plein » is not « fichier endommagé ». */
class StorageErrorsTest {
    @TempDir
    Path dataDir;

    @Test
    void aFullDiskIsNamedAsSuchWhereverH2WrapsIt() {
        Exception h2 = new SQLException("General error: \"org.h2.mvstore.MVStoreException: File corrupted while "
                + "writing\"", "HY000", 50000, new IllegalStateException("write failed",
                        new IOException("No space left on device")));

        assertEquals("error.diskFull", StorageErrors.translate(h2).messageKey());
        assertEquals("error.storage", StorageErrors.translate(new SQLException("x", "HY000", 50000)).messageKey());
    }

    @Test
    void aValueTooLongForItsColumnNamesTheColumn() {
        try (Database database = Database.open(dataDir)) {
            JooqCaseFileRepository repository = new JooqCaseFileRepository(new JooqTransactions(database.dsl()));
            Instant now = Instant.parse("2026-11-22T10:00:00Z");
            CaseFile tooLong = new CaseFile(UUID.randomUUID(), "CPTS A", "14", "", "n".repeat(10_001),
                    WorkflowStage.PRE_PROJECT, false, now, now, 0);
            JooqTransactions transactions = new JooqTransactions(database.dsl());

            StorageException e = assertThrows(StorageException.class, () -> transactions.inTransaction(() ->
                    new JooqCaseFileRepository(transactions).insert(tooLong)));

            assertEquals("error.valueTooLong", e.messageKey());
            assertEquals("notes", e.arguments()[0]);
        }
    }
}
