package fr.referentcpts.core.funding;

import java.time.LocalDate;

/**
 * The share of contract year {@code year} a mission covers: days from its start to the year’s
 * end over the days of the year (convention: actual/actual in days). Full for every year after
 * the first, and for a first year started on its first day.
 */
record Prorata(int year, LocalDate start, long days, long yearDays) {

    static Prorata of(ContractTerm term, LocalDate missionStart, int year) {
        int firstYear = term.yearOf(missionStart);
        long yearDays = term.daysOfYear(year);
        if (year != firstYear) {
            return new Prorata(year, term.anniversary(year - 1), yearDays, yearDays);
        }
        return new Prorata(year, missionStart, ContractTerm.days(missionStart, term.anniversary(year)), yearDays);
    }

    boolean full() {
        return days == yearDays;
    }
}
