package fr.referentcpts.pdf.annex;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A font, its size, the line height and the colour of a kind of text. */
record Style(PDFont font, float size, float leading, Color color) {
    static final Color TEXT = new Color(0x1F, 0x23, 0x28);
    static final Color MUTED = new Color(0x5B, 0x63, 0x6E);
    static final Color ACCENT = new Color(0x1B, 0x3A, 0x6B);
    static final Color RULE = new Color(0xB8, 0xC0, 0xCA);
    static final Color HEADER_FILL = new Color(0xE6, 0xEC, 0xF4);
    static final Color TOTAL_FILL = new Color(0xF3, 0xF5, 0xF8);
    static final Color WATERMARK = new Color(0xE4, 0xE4, 0xE4);
    static final Color NOTICE_FILL = new Color(0xFD, 0xF3, 0xE1);
    static final Color DRAFT = new Color(0xB4, 0x3C, 0x1E);

    Style withColor(Color value) {
        return new Style(font, size, leading, value);
    }

    /** Width of {@code text} in points. */
    float width(String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
