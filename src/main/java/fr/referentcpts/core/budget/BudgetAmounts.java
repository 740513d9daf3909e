package fr.referentcpts.core.budget;

import fr.referentcpts.core.funding.Money;
import java.math.BigDecimal;

/**
 * The ACI money of a contract (or of the portfolio) over a period, to the cent: what its payment
 * calendar commits, the part of it whose amounts are only proposed (« à confirmer »), and what the
 * CPTS recorded as received. Still to pay is the difference, negative when more was paid than
 * committed (an advance to pay back after a termination).
 */
public record BudgetAmounts(BigDecimal committed, BigDecimal toConfirm, BigDecimal paid) {
    public static final BudgetAmounts ZERO = new BudgetAmounts(Money.ZERO, Money.ZERO, Money.ZERO);

    public BudgetAmounts {
        committed = committed.setScale(Money.SCALE, Money.ROUNDING);
        toConfirm = toConfirm.setScale(Money.SCALE, Money.ROUNDING);
        paid = paid.setScale(Money.SCALE, Money.ROUNDING);
    }

    /** Committed − paid. */
    public BigDecimal remaining() {
        return committed.subtract(paid);
    }

    public BudgetAmounts plus(BudgetAmounts other) {
        return new BudgetAmounts(committed.add(other.committed), toConfirm.add(other.toConfirm),
                paid.add(other.paid));
    }

    /** Nothing committed nor paid. */
    public boolean isZero() {
        return committed.signum() == 0 && paid.signum() == 0;
    }
}
