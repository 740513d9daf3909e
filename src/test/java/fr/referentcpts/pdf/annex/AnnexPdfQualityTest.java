package fr.referentcpts.pdf.annex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.annex.AnnexService;
import fr.referentcpts.core.annex.GeneratedAnnex;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.testing.AnnexFixtures;
import fr.referentcpts.testing.TestData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a signing table and an archive expect: PDF/A-2b, signature fields, the draft watermark, same bytes. */
class AnnexPdfQualityTest {
    @TempDir
    Path dataDir;
    private AppContext context;
    private CaseFile caseFile;
    private AnnexService annexes;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        caseFile = AnnexFixtures.caseWithContent(context, 12);
        annexes = context.annexes(AnnexFixtures.sources(context, AnnexFixtures.readyParties(), Map.of()));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void finalAnnexesWithTheirSignatureFieldsArePdfA2b() {
        GeneratedAnnex annex = annexes.generate(caseFile.id(), false);
        PdfChecks.keep("final.pdf", annex.content());

        assertFalse(annex.report().draft(), annex.report().draftReasons().toString());
        assertEquals(List.of(), PdfChecks.pdfA2bFailures(annex.content()));
    }

    @Test
    void draftAnnexesArePdfA2bToo() {
        // Today's sources: no RNA, no CPAM or ARS, no date: a provisional calendar under avenant 2.
        GeneratedAnnex annex = context.annexes().generate(caseFile.id(), true);
        PdfChecks.keep("draft.pdf", annex.content());

        assertEquals(List.of(), PdfChecks.pdfA2bFailures(annex.content()));
    }

    @Test
    void finalAnnexesHaveThreeEmptySignatureFieldsOverTheSignatureBlocks() throws IOException {
        GeneratedAnnex annex = annexes.generate(caseFile.id(), false);

        try (PDDocument document = Loader.loadPDF(annex.content())) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            assertEquals(List.of("signature_cpts", "signature_cpam", "signature_ars"),
                    form.getFields().stream().map(PDField::getFullyQualifiedName).toList());
            int lastPage = document.getNumberOfPages() - 1;
            for (PDField field : form.getFields()) {
                PDSignatureField signature = assertInstanceOf(PDSignatureField.class, field);
                assertEquals(COSName.SIG, signature.getCOSObject().getCOSName(COSName.FT));
                assertNull(signature.getValue(), "not signed yet");
                PDAnnotationWidget widget = signature.getWidgets().getFirst();
                assertTrue(widget.isPrinted());
                assertTrue(widget.getRectangle().getWidth() > 120 && widget.getRectangle().getHeight() > 50);
                assertEquals(lastPage, document.getPages().indexOf(widget.getPage()));
                assertTrue(document.getPage(lastPage).getAnnotations().contains(widget));
            }
            assertFalse(form.getNeedAppearances());
        }
    }

    @Test
    void draftsCannotBeSignedAndFinalAnnexesCan() throws IOException {
        GeneratedAnnex draft = annexes.generate(caseFile.id(), true);

        try (PDDocument document = Loader.loadPDF(draft.content())) {
            assertNull(document.getDocumentCatalog().getAcroForm());
        }
    }

    @Test
    void everyPageOfADraftAndNoPageOfAFinalAnnexCarriesTheWatermark() {
        GeneratedAnnex draft = annexes.generate(caseFile.id(), true);
        GeneratedAnnex finalAnnex = annexes.generate(caseFile.id(), false);

        List<String> draftMarks = PdfChecks.largeText(draft.content());
        assertTrue(draftMarks.size() >= 3, "several pages");
        assertEquals(Collections.nCopies(draftMarks.size(), "PROJET"), draftMarks);
        List<String> finalMarks = PdfChecks.largeText(finalAnnex.content());
        assertEquals(Collections.nCopies(finalMarks.size(), ""), finalMarks);
        assertFalse(PdfChecks.text(finalAnnex.content()).contains("PROJET"));
        for (String page : PdfChecks.pages(draft.content())) {
            assertTrue(page.contains("PROJET – non signable"), page);
        }
    }

    @Test
    void sameDataAndSameGenerationDateGiveTheSameBytes() {
        GeneratedAnnex first = annexes.generate(caseFile.id(), false);
        GeneratedAnnex second = annexes.generate(caseFile.id(), false);

        assertArrayEquals(first.content(), second.content());
        assertEquals(first.sha256(), second.sha256());
        assertArrayEquals(first.content(), annexes.render(first.report()).content());
    }

    @Test
    void fontsParsedOnceServeEveryDocumentWithoutMixingThem() throws Exception {
        GeneratedAnnex first = annexes.generate(caseFile.id(), false);
        annexes.generate(caseFile.id(), true);

        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var renders = java.util.stream.IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> annexes.render(first.report()).content())).toList();
            for (var render : renders) {
                assertArrayEquals(first.content(), render.get(), "a document rendered alongside others");
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theFooterIdentifiesTheDocumentOnEveryPage() {
        GeneratedAnnex annex = annexes.generate(caseFile.id(), false);
        List<String> pages = PdfChecks.pages(annex.content());

        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            assertTrue(page.contains("Association CPTS Caen Ouest"), "header on page " + (i + 1));
            assertTrue(page.contains("page " + (i + 1) + " / " + pages.size()), page);
            assertTrue(page.contains("Identifiant du document : " + annex.report().documentId()), page);
            assertTrue(page.contains("Généré le 22/11/2026"), page);
            assertTrue(page.contains("Règles : ACI du 20 juin 2019 (ACI-2019)"), page);
        }
    }
}
