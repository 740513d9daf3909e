package fr.referentcpts.pdf.annex;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * The width of each character already measured, by font (a document's fonts, forgotten with it):
     * the layout measures every word of every table cell, and the font measures a string one
     * character after another, decoding it again each time.
     */
    private static final Map<PDFont, Map<Integer, Float>> WIDTHS = Collections.synchronizedMap(new WeakHashMap<>());

    /** Width of {@code text} in points: {@link PDFont#getStringWidth}, its characters' widths added in order. */
    float width(String text) {
        Map<Integer, Float> widths = WIDTHS.computeIfAbsent(font, f -> new ConcurrentHashMap<>());
        float width = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int codePoint = text.codePointAt(i);
            Float known = widths.get(codePoint);
            if (known == null) {
                known = measured(codePoint);
                widths.put(codePoint, known);
            }
            width += known;
        }
        return width / 1000f * size;
    }

    private float measured(int codePoint) {
        try {
            return font.getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
