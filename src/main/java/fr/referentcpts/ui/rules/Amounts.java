package fr.referentcpts.ui.rules;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.ui.common.Decimals;
import java.math.BigDecimal;

/** Amounts as the referent types them in the confirmation form: « 50 000 », « 50000,00 », « 50 000 € ». */
final class Amounts {
    private Amounts() {
    }

    /** The prefilled text of an amount: « 50 000 », « 1 250,50 ». */
    static String typed(BigDecimal amount) {
        int scale = amount.stripTrailingZeros().scale() <= 0 ? 0 : 2;
        return FrenchFormat.decimal(amount, scale);
    }

    /** The amount typed, a trailing « € » allowed; an invalid {@link Decimals} when it is not a number. */
    static Decimals parse(String text) {
        return Decimals.parse(text == null ? null : text.replace("€", ""));
    }
}
