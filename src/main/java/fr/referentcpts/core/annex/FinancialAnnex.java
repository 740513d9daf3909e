package fr.referentcpts.core.annex;

import fr.referentcpts.core.funding.AnnualLine;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Payment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The financial annex, for the CPTS's own size class only: the annual envelope line by line,
 * its maximum annual total, the payment calendar and its totals, exactly as the funding
 * engine computed them. Variable parts are shown at 100 % achievement, their maximum.
 *
 * @param signatureDateProvisional the signature date is not fixed yet: the calendar counts from
 *                                 a provisional date (only on a draft)
 * @param missing                  lines « à confirmer » without an amount, left out of the calendar
 */
public record FinancialAnnex(int sizeClass, LocalDate signatureDate, boolean signatureDateProvisional,
        LocalDate contractEnd, List<AnnualLine> annual, BigDecimal annualTotal, List<Payment> payments,
        SortedMap<Integer, BigDecimal> totalsByContractYear, SortedMap<Integer, BigDecimal> totalsByCalendarYear,
        BigDecimal contractTotal, List<LineKey> missing, boolean usesAmountsToConfirm) {
    public FinancialAnnex {
        annual = List.copyOf(annual);
        payments = List.copyOf(payments);
        totalsByContractYear = Collections.unmodifiableSortedMap(new TreeMap<>(totalsByContractYear));
        totalsByCalendarYear = Collections.unmodifiableSortedMap(new TreeMap<>(totalsByCalendarYear));
        missing = List.copyOf(missing);
    }
}
