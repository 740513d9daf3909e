package fr.referentcpts.core.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line of a contract’s envelope with its annual amount known (from the barème or entered),
 * ready to be scheduled from {@code start} (the signature for the operating line, the mission’s
 * start date otherwise).
 */
record ResolvedLine(LineKey key, BigDecimal annual, LocalDate start, boolean toConfirm) {
}
