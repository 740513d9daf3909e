package fr.referentcpts.pdf.annex;

import fr.referentcpts.core.amendment.AmendmentRenderer;
import fr.referentcpts.core.amendment.AmendmentReport;
import fr.referentcpts.core.amendment.PrintedAmendment;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Lays an {@link AmendmentReport} out as « Avenant n° N au contrat tripartite » with the annexes'
 * infrastructure: A4, PDF/A-2b with Liberation Sans embedded, the same header and footer, empty
 * signature fields for the CPTS, the CPAM and the ARS on the final version and a « PROJET »
 * watermark on a draft. The same report gives the same bytes.
 */
public final class AmendmentPdfWriter implements AmendmentRenderer {
    private final Messages messages;

    public AmendmentPdfWriter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public PrintedAmendment render(AmendmentReport report) {
        try (PDDocument document = new PDDocument(); AnnexFonts fonts = AnnexFonts.load(document)) {
            PageDecorations decorations = new PageDecorations(messages, fonts, report.draft());
            List<SignatureSection.Spot> spots;
            List<PDPage> pages;
            String title = messages.get("amendmentUi.pdf.title", Integer.toString(report.number()));
            try (PageFlow flow = new PageFlow(document, fonts, decorations)) {
                Sheet sheet = new Sheet(flow, Typography.of(fonts), messages, new AnnexLabels(messages));
                AmendmentSections.opening(report, title, sheet);
                AmendmentSections.articles(report, sheet);
                AmendmentSections.envelope(report, sheet);
                AmendmentSections.references(report, sheet);
                spots = SignatureSection.write(report.signatures(), sheet,
                        messages.get("amendmentUi.pdf.signaturesIntro", Integer.toString(report.number())));
                pages = List.copyOf(flow.pages());
            }
            String fingerprint = report.fingerprint();
            String cpts = report.identity().associationName().isEmpty() ? messages.get("annex.pdf.cptsUnnamed")
                    : report.identity().associationName();
            decorations.finish(document, pages, cpts, title,
                    messages.get("annex.pdf.rulesFooter", report.appliedRules().label(), report.appliedRules().id()),
                    FrenchFormat.date(report.generatedOn()), report.documentId());
            if (!report.draft()) {
                SignatureFields.add(document, pages, spots);
            }
            PdfArchive.apply(document, new PdfArchive.Description(
                    messages.get("amendmentUi.pdf.metaTitle", Integer.toString(report.number()), cpts),
                    messages.get("annex.pdf.metaAuthor"),
                    messages.get("amendmentUi.pdf.metaSubject", FrenchFormat.date(report.signatureDate()))),
                    report.generatedOn(), fingerprint);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return new PrintedAmendment(report, out.toByteArray(), pages.size());
        } catch (IOException e) {
            throw new UncheckedIOException("amendment layout", e);
        }
    }
}
