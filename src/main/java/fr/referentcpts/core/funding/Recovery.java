package fr.referentcpts.core.funding;

import java.math.BigDecimal;

/** The part of one advance to pay back on termination, for the days of its period not covered. */
public record Recovery(Payment advance, long uncoveredDays, long periodDays, BigDecimal amount,
        Explanation explanation) {
}
