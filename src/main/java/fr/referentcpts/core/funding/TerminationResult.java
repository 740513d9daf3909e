package fr.referentcpts.core.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a contract terminated on {@code date} must pay back: each advance already paid, prorata
 * temporis for the part of its period after the termination date. Payments due after that date
 * (balances, variable parts, later advances) are simply not made.
 */
public record TerminationResult(LocalDate date, List<Recovery> recoveries, BigDecimal total) {
    public TerminationResult {
        recoveries = List.copyOf(recoveries);
    }
}
