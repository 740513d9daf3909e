package fr.referentcpts.pdf.annex;

import fr.referentcpts.core.annex.PageImage;
import fr.referentcpts.core.annex.PageRenderer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders the pages of a PDF (an annex just generated or reopened) to PNG images for the
 * in-app preview and for printing: the UI gets plain bytes, never PDFBox objects.
 */
public final class AnnexPreview implements PageRenderer {
    @Override
    public PageImage render(byte[] pdf, int index, float dpi) {
        return page(pdf, index, dpi);
    }

    /** Page {@code index} (0-based) at {@code dpi} dots per inch. */
    public static PageImage page(byte[] pdf, int index, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int count = document.getNumberOfPages();
            int page = Math.clamp(index, 0, count - 1);
            return image(new PDFRenderer(document), page, count, dpi);
        } catch (IOException e) {
            throw new UncheckedIOException("annex preview", e);
        }
    }

    /** Every page at {@code dpi}, to print. */
    public static List<PageImage> pages(byte[] pdf, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<PageImage> pages = new ArrayList<>();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                pages.add(image(renderer, page, document.getNumberOfPages(), dpi));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("annex pages", e);
        }
    }

    private static PageImage image(PDFRenderer renderer, int page, int count, float dpi) throws IOException {
        BufferedImage image = renderer.renderImageWithDPI(page, dpi, ImageType.RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return new PageImage(page, count, image.getWidth(), image.getHeight(), png.toByteArray());
    }
}
