package fr.referentcpts.pdf.annex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Sans Regular and Bold (SIL Open Font Licence 1.1, {@code resources/fonts/}),
 * embedded as subsets in each document, as PDF/A requires. The font files are read from the
 * classpath once; characters the fonts lack are printed as « ? » rather than failing.
 */
final class AnnexFonts {
    private static final byte[] REGULAR = read("/fonts/LiberationSans-Regular.ttf");
    private static final byte[] BOLD = read("/fonts/LiberationSans-Bold.ttf");

    final PDType0Font regular;
    final PDType0Font bold;
    private final Map<Integer, Boolean> printable = new HashMap<>();

    private AnnexFonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static AnnexFonts load(PDDocument document) throws IOException {
        return new AnnexFonts(font(document, REGULAR), font(document, BOLD));
    }

    /**
     * Without GSUB: the annexes are Latin text that needs no glyph substitution, and PDFBox's
     * Latin GSUB worker compiles regular expressions for every string shown (it made the layout
     * about ten times slower).
     */
    private static PDType0Font font(PDDocument document, byte[] file) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(file));
        ttf.setEnableGsub(false);
        return PDType0Font.load(document, ttf, true);
    }

    /** {@code text} with tabs and other controls as spaces (line breaks kept) and characters the fonts lack as « ? ». */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\r') {
                return;
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (printable.computeIfAbsent(cp, this::encodable)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean encodable(int codePoint) {
        String character = new String(Character.toChars(codePoint));
        try {
            regular.encode(character);
            bold.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = AnnexFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
