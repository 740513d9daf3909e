package fr.referentcpts.core.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The search keys of names and queries: lower case, no accents, every run of separators
 * (space, hyphen, apostrophe, dot, slash…) a single space, and the abbreviations « st »,
 * « ste », « sts », « stes » read as « saint », « sainte », « saints », « saintes ».
 * « Saint-Jean-d’Angély » → « saint jean d angely ». Written as a table-driven loop
 * because the referential folds some 35 000 names when it is built.
 */
final class SearchKeys {
    private static final char FIRST_LATIN = '\u00C0';
    private static final char END_LATIN = '\u0180';
    /** Folded text of U+00C0…U+017F; {@code null} for a separator (× ÷). */
    private static final String[] LATIN = latinTable();

    private SearchKeys() {
    }

    /** Folds and expands abbreviations: the key of a name, or of a query. */
    static String key(String text) {
        String folded = fold(text);
        return hasAbbreviation(folded) ? String.join(" ", tokens(text)) : folded;
    }

    /** Whether a folded text has a word « st », « ste », « sts » or « stes ». */
    private static boolean hasAbbreviation(String folded) {
        for (int p = folded.indexOf("st"); p >= 0; p = folded.indexOf("st", p + 1)) {
            if (p == 0 || folded.charAt(p - 1) == ' ') {
                int end = folded.indexOf(' ', p);
                String word = folded.substring(p, end < 0 ? folded.length() : end);
                if (isAbbreviation(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words of {@link #key}, abbreviations expanded. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String token : words(fold(text))) {
            tokens.add(expand(token));
        }
        return tokens;
    }

    /** The full form of « st », « ste », « sts », « stes »; any other word unchanged. */
    static String expand(String token) {
        return switch (token) {
            case "st" -> "saint";
            case "ste" -> "sainte";
            case "sts" -> "saints";
            case "stes" -> "saintes";
            default -> token;
        };
    }

    static boolean isAbbreviation(String token) {
        return !expand(token).equals(token);
    }

    /** The key without its spaces: « l hay les roses » → « lhaylesroses ». */
    static String compact(String key) {
        if (key.indexOf(' ') < 0) {
            return key;
        }
        char[] letters = new char[key.length()];
        int length = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c != ' ') {
                letters[length++] = c;
            }
        }
        return new String(letters, 0, length);
    }

    /** Splits a folded text on its single spaces. */
    static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        int start = 0;
        while (start < folded.length()) {
            int space = folded.indexOf(' ', start);
            int end = space < 0 ? folded.length() : space;
            words.add(folded.substring(start, end));
            start = end + 1;
        }
        return words;
    }

    /** Lower case, no accents (œ → oe, æ → ae, ß → ss), separators as single spaces, trimmed. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String folded;
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                folded = null;
            } else if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
                folded = null;
            } else if (c < FIRST_LATIN) {
                pendingSpace = true;
                continue;
            } else if (c < END_LATIN) {
                folded = LATIN[c - FIRST_LATIN];
                if (folded == null) {
                    pendingSpace = true;
                    continue;
                }
            } else if (isMark(c)) {
                continue;
            } else if (Character.isLetterOrDigit(c) && Character.getType(c) != Character.MODIFIER_LETTER) {
                folded = foldOther(c);
            } else {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && !out.isEmpty()) {
                out.append(' ');
            }
            pendingSpace = false;
            if (folded == null) {
                out.append(c);
            } else {
                out.append(folded);
            }
        }
        return out.toString();
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static String foldOther(char c) {
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            if (!isMark(decomposed.charAt(i))) {
                out.append(decomposed.charAt(i));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * U+00C0…U+017F folded: one letter each, a space for × and ÷, {@code '?'} for the letters
     * folded to two (Æ Þ ß Ĳ Œ). Written out rather than computed with {@link Normalizer}, whose
     * data would otherwise load with the referential; SearchKeysTest checks it against Normalizer.
     */
    private static final String LATIN_LETTERS =
            "aaaaaa?ceeeeiiiidnooooo ouuuuy??aaaaaa?ceeeeiiiidnooooo ouuuuy?y"
            + "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkkllllllllllnnnnnnnnnoooooo??"
            + "rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    private static String[] latinTable() {
        String[] table = new String[END_LATIN - FIRST_LATIN];
        for (int i = 0; i < table.length; i++) {
            char letter = LATIN_LETTERS.charAt(i);
            table[i] = switch ((char) (FIRST_LATIN + i)) {
                case 'Æ', 'æ' -> "ae";
                case 'Þ', 'þ' -> "th";
                case 'ß' -> "ss";
                case 'Ĳ', 'ĳ' -> "ij";
                case 'Œ', 'œ' -> "oe";
                default -> letter == ' ' ? null : String.valueOf(letter);
            };
        }
        return table;
    }
}
