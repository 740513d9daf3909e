package fr.referentcpts.pdf.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.amendment.PrintedAmendment;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.followup.RecordedAmendment;
import fr.referentcpts.core.funding.ContractAmendment;
import fr.referentcpts.testing.ConfirmedRules;
import fr.referentcpts.testing.TestData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * « Avenant n° 1 au contrat tripartite » of the demonstration's CPTS du Bessin (ACI-2019, signed
 * 15/02/2022, the crisis mission added from 01/01/2023), as its signatories read it: a draft while
 * avenant 2's operating amount is only proposed, a final PDF/A with three signature fields once
 * the cellule confirmed avenant 2 and the amendment applies the confirmed version.
 */
class AmendmentPdfTest {
    @TempDir
    static Path dataDir;
    private static AppContext context;
    private static PrintedAmendment draft;
    private static PrintedAmendment signable;

    @BeforeAll
    static void load() {
        context = TestData.open(dataDir);
        context.demo().load();
        UUID bessin = context.caseFiles().list().stream().filter(c -> c.name().equals("CPTS du Bessin")).findFirst()
                .map(CaseFile::id).orElseThrow();
        draft = context.amendments().print(bessin, 1);
        PdfChecks.keep("amendment-draft.pdf", draft.content());

        context.rulesService().confirm(ConfirmedRules.cpam14());
        RecordedAmendment first = context.workflow().snapshot(bessin).contract().amendments().getFirst();
        context.contracts().deleteAmendment(bessin, first);
        ContractAmendment terms = first.terms();
        context.contracts().addAmendment(bessin, new ContractAmendment(0, terms.effectiveDate(), "ACI-2019-AV2-CPAM14",
                terms.addMissions(), List.of(), false, null, terms.reason()));
        signable = context.amendments().print(bessin, 1);
        PdfChecks.keep("amendment-final.pdf", signable.content());
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void theAmendmentStatesTheMissionAddedFromItsEffectiveDate() {
        String text = PdfChecks.text(signable.content());
        assertTrue(text.contains("Avenant n° 1 au contrat tripartite"), text);
        assertTrue(text.contains("À compter du 01/01/2023, la mission « Crises sanitaires graves » est ajoutée au "
                + "contrat."), text);
        assertTrue(text.contains("Contrat signé le 15/02/2022 ; fin du contrat : 15/02/2027"), text);
        assertTrue(text.contains("Règles du contrat ACI du 20 juin 2019 (ACI-2019)"), text);
        assertTrue(text.contains("Association CPTS du Bessin") && text.contains("CPAM du Calvados")
                && text.contains("ARS Normandie"), text);
    }

    @Test
    void theEnvelopeIsPrintedBeforeAndAfterInEuros() {
        String text = PdfChecks.text(signable.content()).replace('\u202F', ' ').replace('\u00A0', ' ');
        // taille 1: 160 000 € as signed, + 10 000 € fixed crisis part (the contract's own amount)
        assertTrue(text.contains("Crises sanitaires graves – Volet fixe — 10 000,00 €"), text);
        assertTrue(text.contains("Montant annuel maximal 160 000,00 € 170 000,00 €"), text);
        // year 1 ends 14/02/2023: 10 000 € × 45 / 365 days from 01/01/2023 = 1 232,88 €
        assertTrue(text.contains("Année 1 (du 15/02/2022 au 14/02/2023) 160 000,00 € 161 232,88 € 1 232,88 €"), text);
        assertTrue(text.contains("Année 2 (du 15/02/2023 au 14/02/2024) 160 000,00 € 170 000,00 € 10 000,00 €"), text);
    }

    @Test
    void theLegalReferencesAreTheTextsNeverAFileName() {
        String text = PdfChecks.text(signable.content());
        assertTrue(text.contains("signé le 20 juin 2019"), text);
        assertTrue(text.contains("Journal officiel du 31 mars 2022"), text);
        assertFalse(text.contains(".md") || text.contains(".json") || text.contains("seed"), text);
    }

    @Test
    void theConfirmedAmendmentHasThreeEmptySignatureFieldsAndNoWatermark() throws IOException {
        assertFalse(signable.report().draft(), signable.report().draftReasons().toString());
        try (PDDocument document = Loader.loadPDF(signable.content())) {
            List<PDField> fields = document.getDocumentCatalog().getAcroForm().getFields();
            assertEquals(List.of("signature_cpts", "signature_cpam", "signature_ars"),
                    fields.stream().map(PDField::getFullyQualifiedName).toList());
            assertTrue(fields.stream().allMatch(f -> f instanceof PDSignatureField s && s.getValue() == null));
        }
        assertTrue(PdfChecks.largeText(signable.content()).stream().allMatch(String::isEmpty));
        String text = PdfChecks.text(signable.content());
        assertTrue(text.contains("Pour la CPTS") && text.contains("Pour la CPAM") && text.contains("Pour l’ARS"), text);
    }

    @Test
    void anAmendmentOnAProposedAmountIsADraftWithItsWatermarkAndNoSignatureField() throws IOException {
        assertTrue(draft.report().draft());
        String text = PdfChecks.text(draft.content());
        assertTrue(text.contains("Montant proposé, non confirmé par un texte ni par la cellule : Fonctionnement"), text);
        assertTrue(PdfChecks.largeText(draft.content()).stream().allMatch("PROJET"::equals));
        try (PDDocument document = Loader.loadPDF(draft.content())) {
            assertEquals(null, document.getDocumentCatalog().getAcroForm());
        }
    }

    @Test
    void bothArePdfA2b() {
        assertEquals(List.of(), PdfChecks.pdfA2bFailures(signable.content()));
        assertEquals(List.of(), PdfChecks.pdfA2bFailures(draft.content()));
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        assertEquals(java.util.Arrays.hashCode(signable.content()),
                java.util.Arrays.hashCode(new AmendmentPdfWriter(new fr.referentcpts.i18n.Messages())
                        .render(signable.report()).content()));
    }
}
