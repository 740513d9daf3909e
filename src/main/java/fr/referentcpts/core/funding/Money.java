package fr.referentcpts.core.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts of the funding engine: {@link BigDecimal} euros with two decimals. This is the one
 * place where amounts are rounded: to the cent, {@link RoundingMode#HALF_UP}, once per payment
 * line, on the exact product (a prorated advance is 45 000 × 0,75 × 195 / 365 computed exactly
 * and then rounded, never rounded step by step). Balances are differences of rounded amounts,
 * so an advance and its balance always add up to the rounded annual (or prorated) amount.
 */
public final class Money {
    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /** {@code exact} rounded to the cent. */
    public static BigDecimal round(BigDecimal exact) {
        return round(exact, 1);
    }

    /** {@code numerator / denominator} rounded to the cent: the rounding rule of the whole engine. */
    public static BigDecimal round(BigDecimal numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator " + denominator);
        }
        return numerator.divide(BigDecimal.valueOf(denominator), SCALE, ROUNDING);
    }

    /** {@code amount × factor × days / periodDays}, rounded once. */
    public static BigDecimal prorated(BigDecimal amount, BigDecimal factor, long days, long periodDays) {
        return round(amount.multiply(factor).multiply(BigDecimal.valueOf(days)), periodDays);
    }

    /** « 75000.00 »: the plain two-decimal form used in JSON. */
    public static String plain(BigDecimal amount) {
        return round(amount).toPlainString();
    }
}
