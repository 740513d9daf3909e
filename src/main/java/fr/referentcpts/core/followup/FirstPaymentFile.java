package fr.referentcpts.core.followup;

/**
 * What the first payment of the contract needs besides the statutes (health project stage): the
 * RIB received, the association's SIRET, its FINESS number where it has one. {@code version} 0:
 * never saved.
 */
public record FirstPaymentFile(java.time.LocalDate ribReceived, String siret, String finess, int version) {
    public static final FirstPaymentFile EMPTY = new FirstPaymentFile(null, "", "", 0);

    public FirstPaymentFile {
        siret = siret == null ? "" : siret.replaceAll("[\\s\u00A0\u202F]", "");
        finess = finess == null ? "" : finess.replaceAll("[\\s\u00A0\u202F]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** Fourteen digits whose Luhn checksum holds (the SIREN's nine, then the establishment's five). */
    public static boolean validSiret(String siret) {
        if (siret == null || !siret.matches("\\d{14}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int digit = siret.charAt(13 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /** Nine characters, digits except the département's (2A, 2B): « 140012345 », « 2A0001234 ». */
    public static boolean validFiness(String finess) {
        return finess != null && finess.matches("(\\d{2}|2A|2B)\\d{7}");
    }

    public boolean complete() {
        return ribReceived != null && validSiret(siret) && (finess.isEmpty() || validFiness(finess));
    }
}
