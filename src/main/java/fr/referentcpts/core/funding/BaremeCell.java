package fr.referentcpts.core.funding;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cell of the barème: the annual amount of a line for one size class, how sure we are of it
 * and where it comes from. An unknown cell ({@link RuleStatus#TO_CONFIRM}) has no amount; every
 * other has one. {@code confidence} qualifies a proposed amount (« moyenne-haute »).
 */
public record BaremeCell(BigDecimal amount, RuleStatus status, Source source, String confidence) {
    public BaremeCell {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        confidence = confidence == null ? "" : confidence.strip();
        amount = amount == null ? null : Money.round(amount);
        if ((amount == null) != (status == RuleStatus.TO_CONFIRM)) {
            throw new IllegalArgumentException("an unknown cell has no amount, any other has one: " + status + " "
                    + amount);
        }
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException("negative amount " + amount);
        }
    }

    public static BaremeCell unknown(Source source) {
        return new BaremeCell(null, RuleStatus.TO_CONFIRM, source, "");
    }

    public boolean known() {
        return amount != null;
    }
}
