package fr.referentcpts.pdf.annex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Sans Regular and Bold (SIL Open Font Licence 1.1, {@code resources/fonts/}),
 * embedded as subsets in each document, as PDF/A requires. The font files are read from the
 * classpath and parsed once: a parsed pair serves one document at a time (the subset is cut from
 * it when the document is saved, so it is given back by {@link #close} after the save), and a
 * second document rendered meanwhile parses a pair of its own. Characters the fonts lack are
 * printed as « ? » rather than failing.
 */
final class AnnexFonts implements AutoCloseable {
    private static final byte[] REGULAR = read("/fonts/LiberationSans-Regular.ttf");
    private static final byte[] BOLD = read("/fonts/LiberationSans-Bold.ttf");
    /** Parsed pairs not in use; never more than the documents rendered at the same time. */
    private static final Deque<Parsed> IDLE = new ConcurrentLinkedDeque<>();

    final PDType0Font regular;
    final PDType0Font bold;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private Parsed parsed;

    private record Parsed(TrueTypeFont regular, TrueTypeFont bold) {
    }

    private AnnexFonts(Parsed parsed, PDDocument document) throws IOException {
        this.parsed = parsed;
        this.regular = PDType0Font.load(document, parsed.regular(), true);
        this.bold = PDType0Font.load(document, parsed.bold(), true);
    }

    /** The fonts for {@code document}; close them once the document is saved. */
    static AnnexFonts load(PDDocument document) throws IOException {
        Parsed idle = IDLE.pollFirst();
        return new AnnexFonts(idle != null ? idle : new Parsed(parse(REGULAR), parse(BOLD)), document);
    }

    /** Gives the parsed fonts back for the next document (call after the document is saved). */
    @Override
    public void close() {
        if (parsed != null) {
            IDLE.addFirst(parsed);
            parsed = null;
        }
    }

    /**
     * Without GSUB: the annexes are Latin text that needs no glyph substitution, and PDFBox's
     * Latin GSUB worker compiles regular expressions for every string shown (it made the layout
     * about ten times slower).
     */
    private static TrueTypeFont parse(byte[] file) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(file));
        ttf.setEnableGsub(false);
        return ttf;
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
