package fr.referentcpts.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.DataFolders;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case list a clean close keeps beside the database, and when it is (not) trusted. */
class CaseListSnapshotTest {
    @TempDir
    Path dataDir;

    /** Closed by a session that keeps the list, as the window does. */
    private List<CaseFile> closedWithCases() {
        try (AppContext context = TestData.open(dataDir)) {
            context.keepCaseListAtClose();
            context.demo().load();
            CaseFile first = context.caseFiles().list().getFirst();
            context.caseFiles().updateIdentity(first.id(), first.version(), new CaseIdentity(first.name(),
                    first.departement(), "Camille\tMartin", "ligne 1\nligne 2\\ fin\r\n« accents » é"));
            return context.caseFiles().list();
        }
    }

    @Test
    void aCleanCloseKeepsExactlyTheListTheDatabaseGives() {
        List<CaseFile> list = closedWithCases();

        assertEquals(list, CaseListSnapshot.read(dataDir).orElseThrow().cases(), "same case files, fields and order");
    }

    @Test
    void nothingKeptIsTrustedWhileTheFolderIsOpenNorAfterTheDatabaseChanged() throws Exception {
        closedWithCases();
        Path database = dataDir.resolve(Database.FILE_NAME + ".mv.db");
        byte[] closed = Files.readAllBytes(database);
        try (AppContext context = TestData.open(dataDir)) {
            context.keepCaseListAtClose();
            assertTrue(CaseListSnapshot.read(dataDir).isEmpty(), "open: the seal says so");
            context.caseFiles().create(new CaseIdentity("CPTS nouvelle", "14", "", ""));
        }
        List<CaseFile> after = CaseListSnapshot.read(dataDir).orElseThrow().cases();
        assertTrue(after.stream().anyMatch(c -> c.name().equals("CPTS nouvelle")), "kept again at the close");

        byte[] changed = closed.clone();
        changed[changed.length / 2] ^= 1;
        Files.write(database, changed);
        assertTrue(CaseListSnapshot.read(dataDir).isEmpty(), "a database changed behind the seal");
    }

    @Test
    void aDamagedOrForeignListIsIgnored() throws Exception {
        closedWithCases();
        Path file = dataDir.resolve(CaseListSnapshot.FILE_NAME);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

        Files.write(file, lines.subList(0, lines.size() - 1), StandardCharsets.UTF_8);
        assertTrue(CaseListSnapshot.read(dataDir).isEmpty(), "cut short");

        List<String> otherBase = new java.util.ArrayList<>(lines);
        otherBase.set(1, "crc32c:00000000,crc32:00000000");
        Files.write(file, otherBase, StandardCharsets.UTF_8);
        assertTrue(CaseListSnapshot.read(dataDir).isEmpty(), "kept for another database");

        List<String> garbled = new java.util.ArrayList<>(lines);
        garbled.set(3, "pas une ligne de dossier");
        Files.write(file, garbled, StandardCharsets.UTF_8);
        assertTrue(CaseListSnapshot.read(dataDir).isEmpty(), "unreadable line");
    }

    @Test
    void anEncryptedFolderKeepsNoListInClear() throws Exception {
        closedWithCases();
        assertTrue(Files.exists(dataDir.resolve(CaseListSnapshot.FILE_NAME)));

        DataFolders.encrypt(dataDir, TestData.CLOCK, "cheval batterie agrafe".toCharArray());

        assertFalse(Files.exists(dataDir.resolve(CaseListSnapshot.FILE_NAME)), "no case name left in clear");
        try (AppContext context = AppContext.open(dataDir, TestData.CLOCK, "cheval batterie agrafe"::toCharArray)) {
            assertEquals(8, context.caseFiles().list().size());
        }
        assertFalse(Files.exists(dataDir.resolve(CaseListSnapshot.FILE_NAME)));
        assertTrue(CaseListSnapshot.read(dataDir).isEmpty());
    }
    @Test
    void anOpeningTellsWhetherTheKeptListIsStillItsContent() {
        closedWithCases();
        CaseListSnapshot.Kept kept = CaseListSnapshot.read(dataDir).orElseThrow();
        try (Database database = Database.open(dataDir, TestData.CLOCK)) {
            database.keepCaseListAtClose();
            assertTrue(database.openedAsClosedWith(kept.checksum()), "found as that close left it");
            assertFalse(database.openedAsClosedWith("crc32c:00000000,crc32:00000000"));
        }
        CaseListSnapshot.Kept next = CaseListSnapshot.read(dataDir).orElseThrow();
        try (AppContext context = TestData.open(dataDir)) {
            context.caseFiles().create(new CaseIdentity("CPTS nouvelle", "14", "", ""));
        }
        try (Database database = Database.open(dataDir, TestData.CLOCK)) {
            assertFalse(database.openedAsClosedWith(next.checksum()), "a later session changed it");
        }
    }
    @Test
    void aListThatCannotBeWrittenCostsNothingElse() throws Exception {
        Files.createDirectories(dataDir.resolve(CaseListSnapshot.FILE_NAME).resolve("occupé"));
        List<CaseFile> list = closedWithCases();

        assertTrue(CaseListSnapshot.read(dataDir).isEmpty());
        assertTrue(DatabaseSeal.read(dataDir).orElseThrow().closed(), "the close is a clean one all the same");
        DatabaseBackups backups = new DatabaseBackups(dataDir, TestData.CLOCK, () -> DatabaseEncryption.Access.CLEAR);
        assertEquals(1, backups.list().size(), "the day's backup written and verified: " + backups.list());
        try (AppContext context = TestData.open(dataDir)) {
            assertEquals(list, context.caseFiles().list());
        }
    }

    @Test
    void aCommandsCloseKeepsNoListAndDropsTheOldOne() {
        closedWithCases();
        try (AppContext command = TestData.open(dataDir)) {
            command.caseFiles().create(new CaseIdentity("CPTS nouvelle", "14", "", ""));
        }

        assertFalse(Files.exists(dataDir.resolve(CaseListSnapshot.FILE_NAME)));
        assertTrue(CaseListSnapshot.read(dataDir).isEmpty());
    }
}
