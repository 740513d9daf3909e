package fr.referentcpts.core.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The search keys of names and queries: lower case, no accents, every run of separators
 * (space, hyphen, apostrophe, dot, slash…) a single space, and the abbreviations « st »,
 * « ste », « sts », « stes » read as « saint », « sainte », « saints », « saintes ».
 * « Saint-Jean-d’Angély » → « saint jean d angely ». Written as a table-driven loop over a
 * char array because the referential folds some 35 000 names when it is built.
 */
final class SearchKeys {
    private static final char FIRST_LATIN = '\u00C0';
    private static final char END_LATIN = '\u0180';
    /**
     * U+00C0…U+017F folded: one letter each, a space for × and ÷, {@code '?'} for the letters
     * folded to two (Æ Þ ß Ĳ Œ, see {@link #twoLetters}). Written out rather than computed with
     * {@link Normalizer}, whose data would otherwise load with the referential; SearchKeysTest
     * checks it against Normalizer.
     */
    private static final char[] LATIN = ("aaaaaa?ceeeeiiiidnooooo ouuuuy??aaaaaa?ceeeeiiiidnooooo ouuuuy?y"
            + "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkkllllllllllnnnnnnnnnoooooo??"
            + "rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs").toCharArray();

    private SearchKeys() {
    }

    /** Folds and expands abbreviations: the key of a name, or of a query. */
    static String key(String text) {
        String folded = fold(text);
        return hasAbbreviation(folded) ? String.join(" ", tokens(text)) : folded;
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

    /** Whether a folded text has a word « st », « ste », « sts » or « stes ». */
    private static boolean hasAbbreviation(String folded) {
        for (int p = folded.indexOf("st"); p >= 0; p = folded.indexOf("st", p + 1)) {
            if (p == 0 || folded.charAt(p - 1) == ' ') {
                int end = folded.indexOf(' ', p);
                if (isAbbreviation(folded.substring(p, end < 0 ? folded.length() : end))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The key without its spaces: « l hay les roses » → « lhaylesroses ». */
    static String compact(String key) {
        if (key.indexOf(' ') < 0) {
            return key;
        }
        char[] letters = key.toCharArray();
        int length = 0;
        for (char c : letters) {
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
        char[] in = text.toCharArray();
        char[] out = new char[in.length * 3 + 1];
        int length = 0;
        boolean space = false;
        for (char c : in) {
            char single;
            String several = null;
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                single = c;
            } else if (c >= 'A' && c <= 'Z') {
                single = (char) (c + ('a' - 'A'));
            } else if (c < FIRST_LATIN) {
                space = true;
                continue;
            } else if (c < END_LATIN) {
                single = LATIN[c - FIRST_LATIN];
                if (single == ' ') {
                    space = true;
                    continue;
                }
                several = single == '?' ? twoLetters(c) : null;
            } else if (isMark(c)) {
                continue;
            } else if (Character.isLetterOrDigit(c) && Character.getType(c) != Character.MODIFIER_LETTER) {
                single = 0;
                several = foldOther(c);
            } else {
                space = true;
                continue;
            }
            if (several != null && length + several.length() + 1 >= out.length) {
                out = Arrays.copyOf(out, out.length * 2 + several.length());
            }
            if (space && length > 0) {
                out[length++] = ' ';
            }
            space = false;
            if (several == null) {
                out[length++] = single;
            } else {
                several.getChars(0, several.length(), out, length);
                length += several.length();
            }
        }
        return new String(out, 0, length);
    }

    private static String twoLetters(char c) {
        return switch (c) {
            case 'Æ', 'æ' -> "ae";
            case 'Þ', 'þ' -> "th";
            case 'ß' -> "ss";
            case 'Ĳ', 'ĳ' -> "ij";
            case 'Œ', 'œ' -> "oe";
            default -> throw new IllegalStateException("U+" + Integer.toHexString(c));
        };
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
}
