package fr.referentcpts.core.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The funding of one contract: its size class, the annual envelope of its class and missions as
 * signed, the payment calendar over the contract years (the letter-of-intent payment, year 0,
 * included; amendments applied from their effective dates) with totals, the missions' deadlines,
 * and whether everything could be computed ({@code complete}; otherwise {@code missing} names the
 * lines without an amount, whose payments are left out).
 *
 * @param annualTotal           sum of the signed annual envelope's known amounts (full year, 100 %)
 * @param totalsByCalendarYear  payments summed by the calendar year of their date
 * @param totalsByContractYear  payments summed by the contract year they fund (0: before the contract)
 * @param deadlines             the deadlines of the missions as signed, then of those amendments add
 * @param amendments            the envelope after each amendment, in order of effect
 */
public record FundingResult(RulesVersion rules, SizeClassDecision sizeClass, LocalDate signatureDate,
        LocalDate contractEnd, List<AnnualLine> annual, BigDecimal annualTotal, List<Payment> payments,
        SortedMap<Integer, BigDecimal> totalsByCalendarYear, SortedMap<Integer, BigDecimal> totalsByContractYear,
        BigDecimal contractTotal, List<MissionDeadline> deadlines, boolean complete, List<LineKey> missing,
        List<FundingWarning> warnings, List<AmendedEnvelope> amendments) {

    public FundingResult {
        annual = List.copyOf(annual);
        payments = List.copyOf(payments);
        totalsByCalendarYear = Collections.unmodifiableSortedMap(new TreeMap<>(totalsByCalendarYear));
        totalsByContractYear = Collections.unmodifiableSortedMap(new TreeMap<>(totalsByContractYear));
        deadlines = List.copyOf(deadlines);
        missing = List.copyOf(missing);
        warnings = List.copyOf(warnings);
        amendments = List.copyOf(amendments);
    }

    /** True when a proposed amount (not confirmed by a text nor by the cellule) is used: only a draft may print it. */
    public boolean usesAmountsToConfirm() {
        return lines().anyMatch(line -> line.status() == AmountStatus.PROPOSED);
    }

    /** Every amount used is confirmed (by a text, the cellule or the contract itself): a final annex may print it. */
    public boolean finalCapable() {
        return lines().allMatch(line -> line.status().finalCapable());
    }

    /** The lines used, as signed and as amended, with their status, each line once per envelope. */
    public java.util.stream.Stream<AnnualLine> lines() {
        return java.util.stream.Stream.concat(annual.stream(), amendments.stream().flatMap(a -> a.annual().stream()));
    }

    /** The envelope as the last amendment left it, else as signed. */
    public List<AnnualLine> latestAnnual() {
        return amendments.isEmpty() ? annual : amendments.getLast().annual();
    }
}
