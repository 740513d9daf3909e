package fr.referentcpts.core.amendment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The payments of one contract year (k = 1..5, 0 before the contract) before the amendment and as
 * amended, variable parts at their maximum as the annexes state them.
 */
public record YearChange(int contractYear, LocalDate from, LocalDate to, BigDecimal before, BigDecimal after) {
    /** After minus before. */
    public BigDecimal difference() {
        return after.subtract(before);
    }
}
