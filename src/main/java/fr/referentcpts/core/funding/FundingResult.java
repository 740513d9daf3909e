package fr.referentcpts.core.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * The funding of one contract: its size class, the annual envelope of its class and missions,
 * the payment calendar over the contract years with totals, the missions’ deadlines, and
 * whether everything could be computed ({@code complete}; otherwise {@code missing} names the
 * lines « à confirmer » without an entered amount, whose payments are left out).
 *
 * @param annualTotal           sum of the annual envelope’s known amounts (full year, 100 %)
 * @param totalsByCalendarYear  payments summed by the calendar year of their date
 * @param totalsByContractYear  payments summed by the contract year they fund (1–5)
 */
public record FundingResult(RulesVersion rules, SizeClassDecision sizeClass, LocalDate signatureDate,
        LocalDate contractEnd, List<AnnualLine> annual, BigDecimal annualTotal, List<Payment> payments,
        SortedMap<Integer, BigDecimal> totalsByCalendarYear, SortedMap<Integer, BigDecimal> totalsByContractYear,
        BigDecimal contractTotal, List<MissionDeadline> deadlines, boolean complete, List<LineKey> missing,
        List<FundingWarning> warnings) {

    public FundingResult {
        annual = List.copyOf(annual);
        payments = List.copyOf(payments);
        totalsByCalendarYear = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(totalsByCalendarYear));
        totalsByContractYear = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(totalsByContractYear));
        deadlines = List.copyOf(deadlines);
        missing = List.copyOf(missing);
        warnings = List.copyOf(warnings);
    }

    /** True when an amount « à confirmer », entered by the user, is used: an annex must say so. */
    public boolean usesAmountsToConfirm() {
        return annual.stream().anyMatch(line -> line.status() == AmountStatus.ENTERED);
    }
}
