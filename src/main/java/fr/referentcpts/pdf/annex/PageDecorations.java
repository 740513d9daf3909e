package fr.referentcpts.pdf.annex;

import fr.referentcpts.i18n.Messages;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.util.Matrix;

/**
 * What every page carries: the « PROJET » watermark under the content of a draft, and once the
 * page count is known, the header (CPTS name, document title, draft banner) and the footer
 * (« page X / Y », rules version, generation date, document identifier).
 */
final class PageDecorations {
    private static final float HEADER_BASELINE = PageFlow.SIZE.getHeight() - 40;
    private static final float FOOTER_RULE = 50;

    private final Messages messages;
    private final AnnexFonts fonts;
    private final boolean draft;

    PageDecorations(Messages messages, AnnexFonts fonts, boolean draft) {
        this.messages = messages;
        this.fonts = fonts;
        this.draft = draft;
    }

    /** Drawn first on each new page, so the content stays readable over it. */
    void underlay(PDPageContentStream stream) throws IOException {
        if (!draft) {
            return;
        }
        String mark = messages.get("annex.pdf.watermark");
        float size = 130;
        float width = fonts.bold.getStringWidth(mark) / 1000f * size;
        double angle = Math.atan2(PageFlow.SIZE.getHeight(), PageFlow.SIZE.getWidth());
        float cx = PageFlow.SIZE.getWidth() / 2;
        float cy = PageFlow.SIZE.getHeight() / 2;
        float dx = (float) (Math.cos(angle) * width / 2 - Math.sin(angle) * size * 0.35);
        float dy = (float) (Math.sin(angle) * width / 2 + Math.cos(angle) * size * 0.35);
        stream.beginText();
        stream.setFont(fonts.bold, size);
        stream.setNonStrokingColor(Style.WATERMARK);
        stream.setTextMatrix(Matrix.getRotateInstance(angle, cx - dx, cy - dy));
        stream.showText(mark);
        stream.endText();
    }

    /** Header and footer on every page, « page X / Y » with the final count. */
    void finish(PDDocument document, List<PDPage> pages, String cptsName, String rulesTitle, String generatedOn,
            String documentId) throws IOException {
        finish(document, pages, cptsName, messages.get("annex.pdf.title"), rulesTitle, generatedOn, documentId);
    }

    /** The same with another document's title in the header (an amendment). */
    void finish(PDDocument document, List<PDPage> pages, String cptsName, String title, String rulesTitle,
            String generatedOn, String documentId) throws IOException {
        Style name = new Style(fonts.bold, 9, 11, Style.ACCENT);
        Style small = new Style(fonts.regular, 7.5f, 9, Style.MUTED);
        Style banner = new Style(fonts.bold, 8, 10, Style.DRAFT);
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream stream = new PDPageContentStream(document, pages.get(i), AppendMode.APPEND, true,
                    true)) {
                float titleWidth = small.width(title);
                String right = draft ? messages.get("annex.pdf.draftBanner") : title;
                Style rightStyle = draft ? banner : small;
                float rightWidth = rightStyle.width(right);
                show(stream, fit(cptsName, name, PageFlow.WIDTH - Math.max(titleWidth, rightWidth) - 20), name,
                        PageFlow.LEFT, HEADER_BASELINE);
                show(stream, right, rightStyle, PageFlow.RIGHT - rightWidth, HEADER_BASELINE);
                line(stream, HEADER_BASELINE - 6);

                line(stream, FOOTER_RULE);
                String page = messages.get("annex.pdf.page", Integer.toString(i + 1), Integer.toString(pages.size()));
                String id = messages.get("annex.pdf.documentId", documentId);
                show(stream, fit(rulesTitle, small, PageFlow.WIDTH - small.width(page) - 20), small, PageFlow.LEFT,
                        FOOTER_RULE - 11);
                show(stream, page, small.withColor(Style.TEXT), PageFlow.RIGHT - small.width(page), FOOTER_RULE - 11);
                show(stream, messages.get("annex.pdf.generatedOn", generatedOn), small, PageFlow.LEFT, FOOTER_RULE - 21);
                show(stream, id, small, PageFlow.RIGHT - small.width(id), FOOTER_RULE - 21);
            }
        }
    }

    /** {@code value} cut with « … » to fit {@code width}. */
    String fit(String value, Style style, float width) {
        String printable = fonts.printable(value).replace('\n', ' ');
        if (style.width(printable) <= width) {
            return printable;
        }
        String cut = printable;
        while (!cut.isEmpty() && style.width(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    private static void show(PDPageContentStream stream, String value, Style style, float x, float y)
            throws IOException {
        stream.beginText();
        stream.setFont(style.font(), style.size());
        stream.setNonStrokingColor(style.color());
        stream.newLineAtOffset(x, y);
        stream.showText(value);
        stream.endText();
    }

    private static void line(PDPageContentStream stream, float y) throws IOException {
        stream.setStrokingColor(Style.RULE);
        stream.setLineWidth(0.5f);
        stream.moveTo(PageFlow.LEFT, y);
        stream.lineTo(PageFlow.RIGHT, y);
        stream.stroke();
    }
}
