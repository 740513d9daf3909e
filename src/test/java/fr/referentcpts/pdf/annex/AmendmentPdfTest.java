package fr.referentcpts.pdf.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.amendment.PrintedAmendment;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** « Avenant n° 1 au contrat tripartite » of the demonstration's CPTS du Bessin, as the signatories read it. */
class AmendmentPdfTest {
    @TempDir
    static Path dataDir;
    private static AppContext context;
    private static UUID bessin;
    private static PrintedAmendment printed;

    @BeforeAll
    static void load() {
        context = TestData.open(dataDir);
        context.demo().load();
        bessin = context.caseFiles().list().stream().filter(c -> c.name().equals("CPTS du Bessin")).findFirst()
                .map(CaseFile::id).orElseThrow();
        printed = context.amendments().print(bessin, 1);
        PdfChecks.keep("amendment-bessin.pdf", printed.content());
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void theAmendmentStatesTheMissionAddedFromItsEffectiveDate() {
        String text = PdfChecks.text(printed.content());
        System.out.println(text);
        assertTrue(text.contains("Avenant n° 1 au contrat tripartite"), text);
        assertTrue(text.contains("À compter du 01/01/2023, la mission « Crises sanitaires graves » est ajoutée au contrat."),
                text);
        assertTrue(text.contains("15/02/2022"), "the contract amended: its signature date");
        assertTrue(text.contains("Association CPTS du Bessin"));
    }

    @Test
    void finalAmendmentIsPdfA2b() {
        assertEquals(List.of(), PdfChecks.pdfA2bFailures(printed.content()));
    }
}
