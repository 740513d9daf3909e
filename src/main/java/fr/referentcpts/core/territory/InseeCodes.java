package fr.referentcpts.core.territory;

import java.util.regex.Pattern;

/** Shape of a commune's INSEE code: 5 characters, Corsica « 2A »/« 2B », overseas « 97x ». */
public final class InseeCodes {
    private static final Pattern CODE = Pattern.compile("(0[1-9]|1\\d|2[1-9AB]|[3-8]\\d|9[0-5])\\d{3}|97[1-6]\\d{2}");

    private InseeCodes() {
    }

    public static boolean isValid(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
