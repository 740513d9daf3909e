package fr.referentcpts.pdf.annex;

import fr.referentcpts.core.annex.AnnexRenderer;
import fr.referentcpts.core.annex.AnnexReport;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Lays an {@link AnnexReport} out as « Annexes au contrat tripartite »: A4, PDF/A-2b with
 * Liberation Sans embedded, header and footer on every page, tables flowing over pages without
 * cutting a row, empty signature fields on the final version and a « PROJET » watermark on a
 * draft. The same report gives the same bytes.
 */
public final class AnnexPdfWriter implements AnnexRenderer {
    private final Messages messages;

    public AnnexPdfWriter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public RenderedAnnex render(AnnexReport report) {
        try (PDDocument document = new PDDocument(); AnnexFonts fonts = AnnexFonts.load(document)) {
            PageDecorations decorations = new PageDecorations(messages, fonts, report.draft());
            List<SignatureSection.Spot> spots;
            List<PDPage> pages;
            try (PageFlow flow = new PageFlow(document, fonts, decorations)) {
                Sheet sheet = new Sheet(flow, Typography.of(fonts), messages, new AnnexLabels(messages));
                OpeningSection.write(report, sheet);
                TerritorySection.write(report.territory(), sheet);
                MissionsSection.write(report.missions(), sheet);
                FinanceSection.write(report.finance(), report.rules(), sheet);
                spots = SignatureSection.write(report.signatures(), sheet);
                pages = List.copyOf(flow.pages());
            }
            String fingerprint = report.fingerprint();
            String cpts = report.identity().associationName().isEmpty() ? messages.get("annex.pdf.cptsUnnamed")
                    : report.identity().associationName();
            decorations.finish(document, pages, cpts,
                    messages.get("annex.pdf.rulesFooter", report.rules().label(), report.rules().id()),
                    FrenchFormat.date(report.generatedOn()), AnnexReport.documentId(fingerprint));
            if (!report.draft()) {
                SignatureFields.add(document, pages, spots);
            }
            PdfArchive.apply(document, new PdfArchive.Description(
                    messages.get("annex.pdf.metaTitle", cpts),
                    messages.get("annex.pdf.metaAuthor"),
                    messages.get("annex.pdf.metaSubject", report.rules().label())),
                    report.generatedOn(), fingerprint);
            ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
            document.save(out);
            return new RenderedAnnex(out.toByteArray(), pages.size());
        } catch (IOException e) {
            throw new UncheckedIOException("annex layout", e);
        }
    }
}
