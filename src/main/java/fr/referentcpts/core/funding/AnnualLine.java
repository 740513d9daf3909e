package fr.referentcpts.core.funding;

import java.math.BigDecimal;

/**
 * One line of a contract’s annual envelope, for its size class only.
 *
 * @param amount    the annual amount, null when {@link AmountStatus#MISSING}
 * @param reference the rule it comes from (source citation of the barème line)
 */
public record AnnualLine(LineKey key, BigDecimal amount, AmountStatus status, String reference, String note) {
    public Mission mission() {
        return key.mission();
    }

    public Component component() {
        return key.component();
    }
}
