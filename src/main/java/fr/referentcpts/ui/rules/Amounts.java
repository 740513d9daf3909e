package fr.referentcpts.ui.rules;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.common.FrenchNumbers;
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

    /** The amount typed, a trailing « € » allowed (see {@link FrenchNumbers#parseAmount}). */
    static FrenchNumbers.Parsed<BigDecimal> parse(String text) {
        return FrenchNumbers.parseAmount(text);
    }
}
