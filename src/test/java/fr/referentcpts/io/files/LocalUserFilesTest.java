package fr.referentcpts.io.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.referentcpts.core.common.DomainException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalUserFilesTest {
    private final LocalUserFiles files = new LocalUserFiles();

    @TempDir
    Path dir;

    @Test
    void aSavedFileReplacesTheEarlierOneAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("annexe.pdf");
        Files.writeString(target, "ancienne");
        files.save(target, "nouvelle".getBytes(StandardCharsets.UTF_8));
        assertEquals("nouvelle", Files.readString(target));
        try (var listed = Files.list(dir)) {
            assertEquals(List.of("annexe.pdf"), listed.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aFolderThatDoesNotExistIsNamedAndNothingIsWritten() {
        Path target = dir.resolve("absent").resolve("annexe.pdf");
        DomainException e = assertThrows(DomainException.class, () -> files.save(target, new byte[] {1}));
        assertEquals("file.error.write", e.messageKey());
        assertArrayEquals(new Object[] {target.toString()}, e.arguments());
        assertFalse(Files.exists(target));
    }

    @Test
    void aFileLargerThanAllowedIsRefusedWithItsName() throws Exception {
        Path big = dir.resolve("statuts.pdf");
        Files.write(big, new byte[2 * 1024 * 1024]);
        DomainException e = assertThrows(DomainException.class, () -> files.read(big, 1024 * 1024));
        assertEquals("document.error.tooLarge", e.messageKey());
        assertArrayEquals(new Object[] {"statuts.pdf", 1L}, e.arguments());
        assertEquals(2 * 1024 * 1024, files.read(big, 4 * 1024 * 1024).length);
    }

    @Test
    void aTemporaryCopyKeepsOnlyTheFileNameOfAStoredName() throws Exception {
        Path copy = files.temporaryCopy("../../etc/lettre.pdf", new byte[] {7});
        assertEquals("lettre.pdf", copy.getFileName().toString());
        assertArrayEquals(new byte[] {7}, Files.readAllBytes(copy));
        assertEquals("document", LocalUserFiles.safeName(".."));
    }
}
