package fr.referentcpts.core.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line of a contract's envelope with its annual amount known (barème, proposed or stated by
 * the contract), ready to be scheduled from {@code start} (the signature for the operating line,
 * the mission's start date, an amendment's effective date for the operating complement).
 */
record ResolvedLine(LineKey key, BigDecimal annual, LocalDate start, AmountStatus status) {
    boolean toConfirm() {
        return !status.finalCapable();
    }
}
