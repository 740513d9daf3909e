package fr.referentcpts.core.funding;

import fr.referentcpts.core.common.FrenchFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Computes the ACI funding of a contract from a {@link FundingInput} and the rules versions of
 * a {@link RulesCatalog}: pure, no I/O, no clock. Invalid input ends in a
 * {@link fr.referentcpts.core.common.ValidationException} naming the field. Amendments are
 * applied in order of their effective dates: the payments due before one never change (nor those
 * due on that day for a period it ends), those due from it come from the contract as amended.
 */
public final class FundingEngine {
    /** Below this population the referent is warned: the ACI sets no minimum. */
    static final long SMALL_POPULATION = 20_000;
    /** By date, then line (structure first, then mission, then component), contract year and kind. */
    private static final Comparator<Payment> CALENDAR_ORDER = FundingEngine::calendarOrder;

    private final Supplier<RulesCatalog> catalog;

    public FundingEngine(RulesCatalog catalog) {
        this(() -> catalog);
    }

    /** An engine over a catalog that may grow (versions the cellule confirms or imports while the app runs). */
    public FundingEngine(Supplier<RulesCatalog> catalog) {
        this.catalog = catalog;
    }

    public RulesCatalog catalog() {
        return catalog.get();
    }

    /**
     * The rules version {@code input} is computed with: the pinned one, or by default the version
     * in force at signature as the cellule last confirmed it.
     */
    public RulesVersion rulesFor(FundingInput input) {
        InputChecks.checkBasics(input);
        RulesCatalog rules = catalog();
        RulesVersion version = input.rulesVersionId() == null ? rules.defaultAt(input.signatureDate())
                : rules.get(input.rulesVersionId(), "rulesVersion");
        InputChecks.checkVersion(version, input.signatureDate());
        return version;
    }

    public FundingResult compute(FundingInput input) {
        RulesVersion rules = rulesFor(input);
        ContractTerm term = new ContractTerm(input.signatureDate(), rules.schedule().years());
        InputChecks.checkAchievements(input, term);
        InputChecks.checkLetter(input);
        InputChecks.checkContractAmounts(input.contractAmounts(), versions(input, rules));
        ContractState signed = ContractState.signed(input, rules, term);
        ContractState.Calendar base = signed.calendar(input);
        List<Payment> payments = new ArrayList<>(base.payments());
        List<MissionDeadline> deadlines = new ArrayList<>(base.deadlines());
        Set<LineKey> missing = new LinkedHashSet<>(base.envelope().missing());
        List<AmendedEnvelope> amended = new ArrayList<>();
        ContractState state = signed;
        List<ContractAmendment> amendments = InputChecks.checkAmendments(input, term);
        for (int i = 0; i < amendments.size(); i++) {
            ContractAmendment amendment = amendments.get(i);
            state = state.amended(amendment, catalog(), "amendments[" + input.amendments().indexOf(amendment) + "]");
            ContractState.Calendar next = state.calendar(input);
            LocalDate from = amendment.effectiveDate();
            payments.removeIf(p -> amendedFrom(p, from));
            next.payments().stream().filter(p -> amendedFrom(p, from)).forEach(payments::add);
            List<MissionDeadline> added = next.deadlines().stream()
                    .filter(d -> amendment.addMissions().stream().anyMatch(m -> m.mission() == d.mission())).toList();
            deadlines.addAll(added);
            missing.addAll(next.envelope().missing());
            amended.add(new AmendedEnvelope(amendment, state.rules(), state.size(), next.envelope().annual(),
                    annualTotal(next.envelope().annual()), added));
        }
        payments.sort(CALENDAR_ORDER);

        // the payments are in date order: each calendar year's payments follow one another
        SortedMap<Integer, BigDecimal> byCalendarYear = new TreeMap<>();
        BigDecimal[] byContractYear = new BigDecimal[term.years() + 1];
        java.util.Arrays.fill(byContractYear, 1, byContractYear.length, Money.ZERO);
        BigDecimal contractTotal = Money.ZERO;
        BigDecimal yearTotal = null;
        int year = 0;
        for (Payment p : payments) {
            if (yearTotal != null && p.date().getYear() != year) {
                byCalendarYear.put(year, yearTotal);
                yearTotal = null;
            }
            year = p.date().getYear();
            yearTotal = yearTotal == null ? p.amount() : yearTotal.add(p.amount());
            BigDecimal contractYear = byContractYear[p.contractYear()];
            byContractYear[p.contractYear()] = contractYear == null ? p.amount() : contractYear.add(p.amount());
            contractTotal = contractTotal.add(p.amount());
        }
        if (yearTotal != null) {
            byCalendarYear.put(year, yearTotal);
        }
        return new FundingResult(rules, signed.sizeDecision(), term.signature(), term.end(), base.envelope().annual(),
                annualTotal(base.envelope().annual()), payments, byCalendarYear, byYear(byContractYear), contractTotal,
                deadlines, missing.isEmpty(), List.copyOf(missing),
                warnings(input, rules, signed.missions(), base.deadlines()), amended);
    }

    /** {@link #CALENDAR_ORDER} written out: it sorts every payment of every computation. */
    private static int calendarOrder(Payment a, Payment b) {
        int order = a.date().compareTo(b.date());
        if (order == 0) {
            order = LineKey.compare(a.mission(), a.component(), b.mission(), b.component());
        }
        if (order == 0) {
            order = Integer.compare(a.contractYear(), b.contractYear());
        }
        return order != 0 ? order : a.kind().compareTo(b.kind());
    }

    /** The totals by contract year: from 1 to the term's last year, and year 0 when something is paid then. */
    private static SortedMap<Integer, BigDecimal> byYear(BigDecimal[] totals) {
        SortedMap<Integer, BigDecimal> byYear = new TreeMap<>();
        for (int k = 0; k < totals.length; k++) {
            if (totals[k] != null) {
                byYear.put(k, totals[k]);
            }
        }
        return byYear;
    }

    /** The version of the contract and those its amendments bring (a contract's own amount may name their lines). */
    private List<RulesVersion> versions(FundingInput input, RulesVersion rules) {
        List<RulesVersion> versions = new ArrayList<>(List.of(rules));
        for (int i = 0; i < input.amendments().size(); i++) {
            String id = input.amendments().get(i).rulesVersionId();
            if (id != null) {
                versions.add(catalog().get(id, "amendments[" + i + "].rulesVersion"));
            }
        }
        return versions;
    }

    /** The amounts to recover if the contract of {@code result} ends on {@code terminationDate}. */
    public TerminationResult terminate(FundingResult result, LocalDate terminationDate) {
        return TerminationCalculator.at(result, terminationDate);
    }

    /**
     * Whether the amended terms pay {@code payment}: it falls due on or after the effective date
     * for a period that runs past it. A balance or a variable part due on that day for a period
     * that ended with it stays as the earlier terms computed it.
     */
    private static boolean amendedFrom(Payment payment, LocalDate effective) {
        return !payment.date().isBefore(effective) && payment.periodEnd().isAfter(effective);
    }

    /** The annual lines only: neither the letter-of-intent payment nor the crisis conditional part. */
    private static BigDecimal annualTotal(List<AnnualLine> lines) {
        return lines.stream().filter(l -> l.amount() != null && l.component().annual())
                .map(AnnualLine::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    private static List<FundingWarning> warnings(FundingInput input, RulesVersion rules, List<MissionChoice> missions,
            List<MissionDeadline> deadlines) {
        List<FundingWarning> warnings = new ArrayList<>();
        if (input.population() < SMALL_POPULATION) {
            warnings.add(FundingWarning.of("funding.warning.smallPopulation", FrenchFormat.integer(input.population()),
                    FrenchFormat.integer(SMALL_POPULATION)));
        }
        for (MissionRule rule : rules.missions()) {
            boolean chosen = missions.stream().anyMatch(c -> c.mission() == rule.mission());
            if (rule.kind() == MissionKind.SOCLE && !chosen) {
                warnings.add(FundingWarning.about(rule.mission(), "funding.warning.socleMissing"));
            }
        }
        for (MissionDeadline deadline : deadlines) {
            if (deadline.startLate()) {
                LocalDate start = missions.stream().filter(c -> c.mission() == deadline.mission()).findFirst()
                        .orElseThrow().startDate();
                warnings.add(FundingWarning.about(deadline.mission(), "funding.warning.startLate",
                        FrenchFormat.date(start), FrenchFormat.date(deadline.start())));
            }
        }
        LocalDate letter = input.letterOfIntentValidated();
        boolean letterLine = rules.line(new LineKey(null, Component.LETTER_OF_INTENT)).isPresent();
        if (letter != null && letterLine && letter.isBefore(rules.inForce())) {
            warnings.add(FundingWarning.of("funding.warning.letterBeforeVersion", FrenchFormat.date(letter),
                    rules.title(), FrenchFormat.date(rules.inForce())));
        }
        return warnings;
    }
}
