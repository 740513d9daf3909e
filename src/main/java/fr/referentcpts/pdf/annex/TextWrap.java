package fr.referentcpts.pdf.annex;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width. Lines break at ordinary spaces and after hyphens or
 * slashes, never at a no-break space, so « 185 000,00 € » and « 15/03/2026 » stay whole; a word
 * longer than the width is cut. Line breaks in the text start new lines.
 */
final class TextWrap {
    private TextWrap() {
    }

    static List<String> lines(String text, Style style, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            wrapParagraph(paragraph.strip(), style, width, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, Style style, float width, List<String> lines) {
        if (paragraph.isEmpty()) {
            lines.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (style.width(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (style.width(rest) > width) {
                int cut = cut(rest, style, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
    }

    /** Where to cut a word too long for the width: after the last hyphen or slash that fits, else at the last character. */
    private static int cut(String word, Style style, float width) {
        int fits = 1;
        while (fits < word.length() && style.width(word.substring(0, fits + 1)) <= width) {
            fits++;
        }
        for (int i = fits; i > 1; i--) {
            char c = word.charAt(i - 1);
            if (c == '-' || c == '/' || c == '–') {
                return i;
            }
        }
        return fits;
    }
}
