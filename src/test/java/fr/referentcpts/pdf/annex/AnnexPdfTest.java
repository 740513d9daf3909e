package fr.referentcpts.pdf.annex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.annex.AnnexService;
import fr.referentcpts.core.annex.GeneratedAnnex;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.testing.AnnexFixtures;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annexes as a referent and a signing table read them: sections, French formats, PDF/A-2b. */
class AnnexPdfTest {
    @TempDir
    Path dataDir;
    private AppContext context;
    private CaseFile caseFile;
    private AnnexService annexes;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        caseFile = AnnexFixtures.caseWithContent(context, 12);
        annexes = context.annexes(AnnexFixtures.sources(AnnexFixtures.readyParties(), Map.of()));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void finalAnnexIsPdfA2b() {
        GeneratedAnnex annex = annexes.generate(caseFile.id(), false);
        PdfChecks.keep("final.pdf", annex.content());
        assertFalse(annex.report().draft(), annex.report().draftReasons().toString());
        assertEquals(java.util.List.of(), PdfChecks.pdfA2bFailures(annex.content()));
    }

    @Test
    void draftIsPdfA2b() {
        GeneratedAnnex annex = annexes.generate(caseFile.id(), true);
        PdfChecks.keep("draft.pdf", annex.content());
        assertTrue(annex.report().draft());
        assertEquals(java.util.List.of(), PdfChecks.pdfA2bFailures(annex.content()));
        assertTrue(PdfChecks.text(annex.content()).contains("PROJET"));
    }

    @Test
    void sameDataSameDateSameBytes() {
        GeneratedAnnex first = annexes.generate(caseFile.id(), false);
        assertArrayEquals(first.content(), annexes.render(first.report()).content());
    }
}
