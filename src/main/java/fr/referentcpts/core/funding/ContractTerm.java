package fr.referentcpts.core.funding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The contract years counted from the signature date: year k runs from anniversary k−1
 * (included) to anniversary k (excluded); anniversary k is {@code signature.plusYears(k)}, so a
 * 29 February signature has its anniversaries on 28 February in common years. The anniversaries
 * of the term are worked out once: every payment of the calendar asks for some.
 */
final class ContractTerm {
    private final LocalDate signature;
    private final int years;
    private final LocalDate[] anniversaries;

    ContractTerm(LocalDate signature, int years) {
        this.signature = signature;
        this.years = years;
        this.anniversaries = new LocalDate[years + 1];
        for (int k = 0; k <= years; k++) {
            anniversaries[k] = signature.plusYears(k);
        }
    }

    LocalDate signature() {
        return signature;
    }

    int years() {
        return years;
    }

    LocalDate anniversary(int k) {
        return k >= 0 && k <= years ? anniversaries[k] : signature.plusYears(k);
    }

    LocalDate end() {
        return anniversaries[years];
    }

    /** The contract year (1..years) containing {@code date}, which must be within the contract. */
    int yearOf(LocalDate date) {
        if (date.isBefore(signature) || !date.isBefore(end())) {
            throw new IllegalArgumentException(date + " outside the contract " + signature + "–" + end());
        }
        int k = 1;
        while (!date.isBefore(anniversaries[k])) {
            k++;
        }
        return k;
    }

    /** Days of contract year k (365 or 366). */
    long daysOfYear(int k) {
        return days(anniversary(k - 1), anniversary(k));
    }

    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
