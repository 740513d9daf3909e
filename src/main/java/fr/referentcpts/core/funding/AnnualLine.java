package fr.referentcpts.core.funding;

import java.math.BigDecimal;

/**
 * One line of a contract's envelope, for its size class only.
 *
 * @param amount         the annual amount (for the conditional crisis part: per recognised
 *                       crisis; for the letter-of-intent payment: once), null when {@link AmountStatus#MISSING}
 * @param reference      the rule it comes from (citation of the barème cell)
 * @param confidence     the confidence of a proposed amount (« moyenne-haute »), else empty
 * @param contractAmount the contract's own amount when {@link AmountStatus#CONTRACT}, else null
 */
public record AnnualLine(LineKey key, BigDecimal amount, AmountStatus status, String reference, String note,
        String confidence, ContractAmount contractAmount) {
    public Mission mission() {
        return key.mission();
    }

    public Component component() {
        return key.component();
    }
}
