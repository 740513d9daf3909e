package fr.referentcpts.core.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the lines of a contract’s envelope into payments:
 * <ul>
 * <li>operating: 100 % of year 1 at signature; for each later year, 75 % at its start
 *     (anniversary k−1) and the balance at its end (anniversary k);</li>
 * <li>advance and balance (fixed parts, SNP orientation): 75 % at the mission’s start, of the
 *     annual amount × days to the next anniversary / days of that year, and at that anniversary
 *     the balance = prorated amount − advance; then the same for each full year;</li>
 * <li>on results (variable parts, SNP compensation): at the end of each year, annual amount ×
 *     that year’s achievement rate (× the same prorata in a partial first year); where the
 *     contract states amounts per indicator, the amount earned that year instead;</li>
 * <li>on a crisis (the crisis mission’s conditional part): the whole amount on the date the ARS
 *     recognises a serious health crisis, at most N times per contract year (N from the rules);</li>
 * <li>at the letter’s validation: the whole amount once, on that date (contract year 0).</li>
 * </ul>
 * Year 5’s balances and variable parts fall on the 5th anniversary, the contract’s end.
 */
final class PaymentScheduleBuilder {
    private final ContractTerm term;
    private final ScheduleRules rules;
    private final Achievements achievements;
    private final List<CrisisRecognition> crises;

    PaymentScheduleBuilder(ContractTerm term, ScheduleRules rules, Achievements achievements,
            List<CrisisRecognition> crises) {
        this.term = term;
        this.rules = rules;
        this.achievements = achievements;
        this.crises = crises.stream().sorted(java.util.Comparator.comparing(CrisisRecognition::date)).toList();
    }

    List<Payment> payments(ResolvedLine line) {
        List<Payment> payments = new ArrayList<>();
        switch (rules.pattern(line.key().component())) {
            case OPERATING -> operating(line, payments);
            case ADVANCE_AND_BALANCE -> advanceAndBalance(line, payments);
            case ON_RESULTS -> onResults(line, payments);
            case ON_CRISIS -> onCrisis(line, payments);
            case AT_LETTER_VALIDATION -> payments.add(new Payment(line.start(), 0, null, line.key().component(),
                    PaymentKind.FULL, Money.round(line.annual()), Explanations.letterOfIntent(line.annual(),
                            line.start()), line.start(), term.signature(), line.toConfirm()));
        }
        return payments;
    }

    private void operating(ResolvedLine line, List<Payment> out) {
        BigDecimal rate = rules.operatingFirstYearRate().value();
        BigDecimal atSignature = Money.round(line.annual().multiply(rate));
        boolean full = atSignature.compareTo(Money.round(line.annual())) == 0;
        out.add(payment(line, term.signature(), 1, full ? PaymentKind.FULL : PaymentKind.ADVANCE, atSignature,
                Explanations.operatingAtSignature(rate, line.annual()), term.signature()));
        if (!full) {
            addBalance(line, 1, atSignature, out);
        }
        for (int k = 2; k <= term.years(); k++) {
            fullYear(line, k, out);
        }
    }

    private void advanceAndBalance(ResolvedLine line, List<Payment> out) {
        int first = term.yearOf(line.start());
        Prorata prorata = Prorata.of(term, line.start(), first);
        if (prorata.full()) {
            fullYear(line, first, out);
        } else {
            BigDecimal rate = rules.advanceRate().value();
            BigDecimal advance = Money.prorated(line.annual(), rate, prorata.days(), prorata.yearDays());
            BigDecimal prorated = Money.prorated(line.annual(), BigDecimal.ONE, prorata.days(), prorata.yearDays());
            out.add(payment(line, line.start(), first, PaymentKind.ADVANCE, advance,
                    Explanations.proratedAdvance(rate, line.annual(), prorata), line.start()));
            out.add(payment(line, term.anniversary(first), first, PaymentKind.BALANCE, prorated.subtract(advance),
                    Explanations.proratedBalance(line.annual(), prorata, advance), line.start()));
        }
        for (int k = first + 1; k <= term.years(); k++) {
            fullYear(line, k, out);
        }
    }

    private void onResults(ResolvedLine line, List<Payment> out) {
        Mission mission = line.key().mission();
        for (int k = term.yearOf(line.start()); k <= term.years(); k++) {
            Prorata prorata = Prorata.of(term, line.start(), k);
            java.util.Optional<BigDecimal> earned = line.key().component() == Component.VARIABLE
                    ? achievements.earned(mission, k) : java.util.Optional.empty();
            if (earned.isPresent()) {
                BigDecimal capped = earned.get().min(line.annual());
                out.add(payment(line, term.anniversary(k), k, PaymentKind.VARIABLE,
                        Money.prorated(capped, BigDecimal.ONE, prorata.days(), prorata.yearDays()),
                        Explanations.earned(capped, prorata), prorata.start()));
                continue;
            }
            BigDecimal rate = achievements.rate(mission, k);
            BigDecimal amount = Money.prorated(line.annual(), rate, prorata.days(), prorata.yearDays());
            out.add(payment(line, term.anniversary(k), k, PaymentKind.VARIABLE, amount,
                    Explanations.variable(line.annual(), rate, prorata), prorata.start()));
        }
    }

    /**
     * The whole amount at each crisis the ARS recognised on or after the mission’s start and
     * within the contract, the first N of each contract year only.
     */
    private void onCrisis(ResolvedLine line, List<Payment> out) {
        int perYear = rules.crisisPaymentsPerYear().value();
        java.util.Map<Integer, Integer> paid = new java.util.HashMap<>();
        for (CrisisRecognition crisis : crises) {
            if (crisis.date().isBefore(line.start()) || !crisis.date().isBefore(term.end())) {
                continue;
            }
            int k = term.yearOf(crisis.date());
            if (paid.merge(k, 1, Integer::sum) <= perYear) {
                out.add(payment(line, crisis.date(), k, PaymentKind.ON_CRISIS, Money.round(line.annual()),
                        Explanations.onCrisis(line.annual(), crisis, k), term.anniversary(k - 1)));
            }
        }
    }

    /** A full year k: 75 % at its start, the balance at its end. */
    private void fullYear(ResolvedLine line, int k, List<Payment> out) {
        BigDecimal rate = rules.advanceRate().value();
        BigDecimal advance = Money.round(line.annual().multiply(rate));
        LocalDate start = term.anniversary(k - 1);
        out.add(payment(line, start, k, PaymentKind.ADVANCE, advance,
                Explanations.advance(rate, line.annual(), k), start));
        addBalance(line, k, advance, out);
    }

    private void addBalance(ResolvedLine line, int k, BigDecimal alreadyPaid, List<Payment> out) {
        out.add(payment(line, term.anniversary(k), k, PaymentKind.BALANCE,
                Money.round(line.annual()).subtract(alreadyPaid),
                Explanations.balance(k, line.annual(), alreadyPaid), term.anniversary(k - 1)));
    }

    private Payment payment(ResolvedLine line, LocalDate date, int year, PaymentKind kind, BigDecimal amount,
            Explanation explanation, LocalDate periodStart) {
        return new Payment(date, year, line.key().mission(), line.key().component(), kind, amount, explanation,
                periodStart, term.anniversary(year), line.toConfirm());
    }
}
