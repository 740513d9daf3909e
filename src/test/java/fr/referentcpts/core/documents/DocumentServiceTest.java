package fr.referentcpts.core.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentServiceTest {
    @TempDir
    Path dataDir;
    private AppContext context;
    private DocumentService documents;
    private CaseFile caseFile;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        documents = context.documents();
        caseFile = context.caseFiles().create(new CaseIdentity("CPTS A", "14", "", ""));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void anAttachedFileComesBackIdenticalWithItsDescription() {
        byte[] pdf = "%PDF-1.7 lettre d’intention".getBytes(StandardCharsets.UTF_8);

        CaseDocument attached = documents.attach(caseFile.id(), "Lettre d’intention.pdf", pdf,
                DocumentKind.LETTER_OF_INTENT, LocalDate.of(2026, 4, 2), "reçue par courriel");

        CaseDocument listed = documents.documents(caseFile.id()).getFirst();
        assertEquals(attached, listed);
        assertEquals("application/pdf", listed.mediaType());
        assertEquals(pdf.length, listed.size());
        assertArrayEquals(pdf, documents.content(listed));
    }

    @Test
    void theDescriptionCanBeCorrected() {
        CaseDocument d = documents.attach(caseFile.id(), "statuts.odt", new byte[] {1, 2, 3}, DocumentKind.OTHER, null, "");

        documents.describe(d, DocumentKind.STATUTES, LocalDate.of(2026, 5, 1), "version déposée");

        CaseDocument listed = documents.documents(caseFile.id()).getFirst();
        assertEquals(DocumentKind.STATUTES, listed.kind());
        assertEquals("version déposée", listed.note());
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeAnythingIsWritten() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> DocumentService.checkSize("film.mp4", DocumentService.MAX_SIZE + 1));
        assertEquals("document.error.tooLarge", e.messageKey());
        assertTrue(documents.documents(caseFile.id()).isEmpty());
    }

    @Test
    void removingADocumentDeletesIt() {
        CaseDocument d = documents.attach(caseFile.id(), "a.txt", new byte[] {1}, DocumentKind.OTHER, null, "");

        documents.delete(d);

        assertTrue(documents.documents(caseFile.id()).isEmpty());
    }

    @Test
    void deletingTheCaseDeletesItsDocuments() {
        documents.attach(caseFile.id(), "a.txt", new byte[] {1}, DocumentKind.OTHER, null, "");

        context.caseFiles().delete(caseFile.id());

        assertTrue(documents.documents(caseFile.id()).isEmpty());
    }
}
