package fr.referentcpts.core.funding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The contract years counted from the signature date: year k runs from anniversary k−1
 * (included) to anniversary k (excluded); anniversary k is {@code signature.plusYears(k)}, so a
 * 29 February signature has its anniversaries on 28 February in common years.
 */
record ContractTerm(LocalDate signature, int years) {

    LocalDate anniversary(int k) {
        return signature.plusYears(k);
    }

    LocalDate end() {
        return anniversary(years);
    }

    /** The contract year (1..years) containing {@code date}, which must be within the contract. */
    int yearOf(LocalDate date) {
        if (date.isBefore(signature) || !date.isBefore(end())) {
            throw new IllegalArgumentException(date + " outside the contract " + signature + "–" + end());
        }
        int k = 1;
        while (!date.isBefore(anniversary(k))) {
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
