package fr.referentcpts.pdf.annex;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The layout primitives: A4 pages created as the content needs them, a cursor moving down the
 * content area between the header and the footer, text, wrapped paragraphs, rules and boxes.
 * Whatever is drawn must first {@link #ensure(float) ensure} it fits; paragraphs flow line by
 * line. The header, footer and watermark are drawn by {@link PageDecorations}.
 */
final class PageFlow implements AutoCloseable {
    static final PDRectangle SIZE = PDRectangle.A4;
    static final float LEFT = 50;
    static final float RIGHT = SIZE.getWidth() - 50;
    static final float WIDTH = RIGHT - LEFT;
    static final float TOP = SIZE.getHeight() - 72;
    static final float BOTTOM = 64;

    private final PDDocument document;
    private final AnnexFonts fonts;
    private final PageDecorations decorations;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;

    PageFlow(PDDocument document, AnnexFonts fonts, PageDecorations decorations) {
        this.document = document;
        this.fonts = fonts;
        this.decorations = decorations;
        newPage();
    }

    AnnexFonts fonts() {
        return fonts;
    }

    List<PDPage> pages() {
        return pages;
    }

    PDPage page() {
        return pages.getLast();
    }

    float y() {
        return y;
    }

    /** Room left on this page above the footer. */
    float room() {
        return y - BOTTOM;
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void ensure(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    void newPage() {
        try {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(SIZE);
            document.addPage(page);
            pages.add(page);
            stream = new PDPageContentStream(document, page);
            decorations.underlay(stream);
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void down(float points) {
        y -= points;
    }

    /** One line of text whose baseline is {@code baseline}; nothing is wrapped. */
    void text(String text, Style style, float x, float baseline) {
        try {
            stream.beginText();
            stream.setFont(style.font(), style.size());
            stream.setNonStrokingColor(style.color());
            stream.newLineAtOffset(x, baseline);
            stream.showText(text);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A paragraph wrapped to {@code width}, flowing over pages line by line; the cursor ends below it. */
    void paragraph(String text, Style style, float x, float width) {
        for (String line : TextWrap.lines(fonts.printable(text), style, width)) {
            ensure(style.leading());
            text(line, style, x, y - style.size());
            down(style.leading());
        }
    }

    /** Lines wrapped to {@code width} (printable text), to measure before drawing. */
    List<String> wrap(String text, Style style, float width) {
        return TextWrap.lines(fonts.printable(text), style, width);
    }

    void fill(float x, float top, float width, float height, Color color) {
        try {
            stream.setNonStrokingColor(color);
            stream.addRect(x, top - height, width, height);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rule(float x1, float y1, float x2, float y2, Color color, float lineWidth) {
        try {
            stream.setStrokingColor(color);
            stream.setLineWidth(lineWidth);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void box(float x, float top, float width, float height, Color color, float lineWidth) {
        try {
            stream.setStrokingColor(color);
            stream.setLineWidth(lineWidth);
            stream.addRect(x, top - height, width, height);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
