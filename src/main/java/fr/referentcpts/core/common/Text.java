package fr.referentcpts.core.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers for searching French names: accents, case and punctuation ignored. */
public final class Text {
    /** The longest free text a form keeps (comments, problems, notes). */
    public static final int MAX_TEXT = 10_000;
    /** The longest name a form keeps (a person, a referent, a place). */
    public static final int MAX_NAME = 200;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-'’_.,/]+");

    private Text() {
    }

    /** « Saint-Étienne-du-Rouvray » → « saint etienne du rouvray ». */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String noMarks = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String lower = noMarks.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(lower).replaceAll(" ").strip();
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
