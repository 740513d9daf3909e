package fr.referentcpts.core.funding;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a mission's variable part earned for one contract year when the contract states an amount
 * per indicator: the sum of the amounts earned indicator by indicator (tiers applied). It replaces
 * the annual amount × achievement rate for that year.
 */
public record EarnedAmount(Mission mission, int contractYear, BigDecimal amount) {
    public EarnedAmount {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(amount, "amount");
    }
}
