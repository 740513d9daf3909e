package fr.referentcpts.core.funding;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.common.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The advances to recover when a contract ends early: each payment made in advance of its
 * period (FULL or ADVANCE) on or before the termination date, for a period ending after it,
 * is recovered × days from the termination date to the period’s end / days of the period.
 * The termination date itself is the first day not covered (convention).
 */
final class TerminationCalculator {
    private TerminationCalculator() {
    }

    static TerminationResult at(FundingResult result, LocalDate termination) {
        if (termination == null || termination.isBefore(result.signatureDate())) {
            throw new ValidationException("terminationDate", "funding.error.terminationBeforeSignature",
                    "terminationDate", FrenchFormat.date(termination), FrenchFormat.date(result.signatureDate()));
        }
        List<Recovery> recoveries = new ArrayList<>();
        BigDecimal total = Money.ZERO;
        for (Payment payment : result.payments()) {
            boolean inAdvance = payment.kind() == PaymentKind.FULL || payment.kind() == PaymentKind.ADVANCE;
            if (inAdvance && !payment.date().isAfter(termination) && payment.periodEnd().isAfter(termination)) {
                LocalDate from = termination.isBefore(payment.periodStart()) ? payment.periodStart() : termination;
                long uncovered = ContractTerm.days(from, payment.periodEnd());
                long period = ContractTerm.days(payment.periodStart(), payment.periodEnd());
                BigDecimal amount = Money.prorated(payment.amount(), BigDecimal.ONE, uncovered, period);
                recoveries.add(new Recovery(payment, uncovered, period, amount,
                        Explanations.recovery(payment.amount(), uncovered, period, termination)));
                total = total.add(amount);
            }
        }
        return new TerminationResult(termination, recoveries, total);
    }
}
