package fr.referentcpts.ui.common;

import java.math.BigDecimal;

/** Numbers typed the French way: « 12,5 », « 1 250 », « 1 250,75 ». */
public record Decimals(boolean valid, BigDecimal value) {

    /** Empty text → valid and null; a number → it; anything else → invalid. */
    public static Decimals parse(String text) {
        if (text == null || text.isBlank()) {
            return new Decimals(true, null);
        }
        String cleaned = text.strip().replaceAll("[\\s\u00A0\u202F]", "").replace(',', '.');
        try {
            return new Decimals(true, new BigDecimal(cleaned));
        } catch (NumberFormatException e) {
            return new Decimals(false, null);
        }
    }
}
