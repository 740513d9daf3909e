package fr.referentcpts.core.funding;

import fr.referentcpts.core.common.FrenchFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Computes the ACI funding of a contract from a {@link FundingInput} and the rules versions of
 * a {@link RulesCatalog}: pure, no I/O, no clock. Invalid input ends in a
 * {@link fr.referentcpts.core.common.ValidationException} naming the field.
 */
public final class FundingEngine {
    /** Below this population the referent is warned (the ACI sets no minimum; domain §5). */
    static final long SMALL_POPULATION = 20_000;
    private static final Comparator<Payment> CALENDAR_ORDER = Comparator.comparing(Payment::date)
            .thenComparing(p -> new LineKey(p.mission(), p.component()))
            .thenComparingInt(Payment::contractYear)
            .thenComparing(Payment::kind);

    private final RulesCatalog catalog;

    public FundingEngine(RulesCatalog catalog) {
        this.catalog = catalog;
    }

    public RulesCatalog catalog() {
        return catalog;
    }

    /** The rules version {@code input} is computed with: the pinned one, or the one in force at signature. */
    public RulesVersion rulesFor(FundingInput input) {
        InputChecks.checkBasics(input);
        RulesVersion rules = input.rulesVersionId() == null
                ? catalog.versionInForceAt(input.signatureDate())
                : catalog.get(input.rulesVersionId(), "rulesVersion");
        InputChecks.checkVersion(rules, input.signatureDate());
        return rules;
    }

    public FundingResult compute(FundingInput input) {
        RulesVersion rules = rulesFor(input);
        ContractTerm term = new ContractTerm(input.signatureDate(), rules.schedule().years());
        List<MissionChoice> missions = InputChecks.checkMissions(input, rules, term);
        InputChecks.checkAchievements(input, term);
        InputChecks.checkEnteredAmounts(input.enteredAmounts(), rules);

        SizeClassDecision size = sizeClass(input, rules);
        BaremeLookup.Envelope envelope = BaremeLookup.envelope(rules, size.applied(), term.signature(), missions,
                input.enteredAmounts());
        PaymentScheduleBuilder schedule = new PaymentScheduleBuilder(term, rules.schedule(),
                new Achievements(input.defaultAchievement(), input.achievements()));
        List<Payment> payments = new ArrayList<>();
        envelope.scheduled().forEach(line -> payments.addAll(schedule.payments(line)));
        payments.sort(CALENDAR_ORDER);

        BigDecimal annualTotal = envelope.annual().stream().filter(l -> l.amount() != null)
                .map(AnnualLine::amount).reduce(Money.ZERO, BigDecimal::add);
        SortedMap<Integer, BigDecimal> byCalendarYear = new TreeMap<>();
        SortedMap<Integer, BigDecimal> byContractYear = new TreeMap<>();
        for (int k = 1; k <= term.years(); k++) {
            byContractYear.put(k, Money.ZERO);
        }
        BigDecimal contractTotal = Money.ZERO;
        for (Payment p : payments) {
            byCalendarYear.merge(p.date().getYear(), p.amount(), BigDecimal::add);
            byContractYear.merge(p.contractYear(), p.amount(), BigDecimal::add);
            contractTotal = contractTotal.add(p.amount());
        }
        List<MissionDeadline> deadlines = MissionDeadlines.of(rules, term.signature(), missions);
        return new FundingResult(rules, size, term.signature(), term.end(), envelope.annual(), annualTotal, payments,
                byCalendarYear, byContractYear, contractTotal, deadlines, envelope.missing().isEmpty(),
                envelope.missing(), warnings(input, rules, missions, deadlines));
    }

    /** The amounts to recover if the contract of {@code result} ends on {@code terminationDate}. */
    public TerminationResult terminate(FundingResult result, LocalDate terminationDate) {
        return TerminationCalculator.at(result, terminationDate);
    }

    private static SizeClassDecision sizeClass(FundingInput input, RulesVersion rules) {
        SizeClass fromPopulation = rules.sizeClasses().classify(input.population());
        SizeClass applied = input.sizeClassOverride() != null ? input.sizeClassOverride() : fromPopulation;
        return new SizeClassDecision(input.population(), input.populationSource(), input.populationVintage(),
                fromPopulation, applied, input.sizeClassOverride() != null ? input.overrideReason() : "");
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
        return warnings;
    }
}
