package fr.referentcpts.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Dates typed by the referent: « 15/03/2026 » (also « 15/3/2026 », « 15-03-2026 »). An
 * impossible date (« 31/02/2026 ») is invalid, an empty field is a valid absence of date.
 */
public record DateInput(boolean valid, LocalDate date) {
    /** The conventional field name of a date in a form's error map. */
    public static final String FIELD = "date";
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static DateInput parse(String text) {
        if (text == null || text.isBlank()) {
            return new DateInput(true, null);
        }
        try {
            return new DateInput(true, LocalDate.parse(text.strip().replace('-', '/').replace('.', '/'), STRICT));
        } catch (DateTimeParseException e) {
            return new DateInput(false, null);
        }
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DISPLAY.format(date);
    }
}
