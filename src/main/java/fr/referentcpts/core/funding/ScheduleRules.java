package fr.referentcpts.core.funding;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The payment schedule parameters of a rules version (advance, balance, prorata of a partial
 * first year), each with its source.
 *
 * @param contractYears length of the contract in years (5)
 * @param advanceRate share paid in advance at the start of each period (0.75)
 * @param operatingFirstYearRate share of year 1’s operating budget paid at signature (1.00)
 * @param prorata how a partial first year is prorated (convention: days, actual/actual)
 * @param patterns how each component of the version's lines is paid (SNP orientation like a
 *                 fixed part, SNP compensation like a variable part: conventions)
 * @param termination how advances are recovered on termination
 * @param crisisPaymentsPerYear how many recognised crises a contract year pays at most (the
 *                 conditional part of the crisis mission); null when no line is paid on a crisis
 */
public record ScheduleRules(Parameter<Integer> contractYears, Parameter<BigDecimal> advanceRate,
        Parameter<BigDecimal> operatingFirstYearRate, Parameter<Prorata> prorata,
        Map<Component, Parameter<PaymentPattern>> patterns, Parameter<TerminationRule> termination,
        Parameter<Integer> crisisPaymentsPerYear) {

    /** Supported ways of prorating a partial first year. */
    public enum Prorata {
        /** Days from the start date to the next anniversary over the days of that contract year. */
        ACTUAL_ACTUAL_DAYS
    }

    /** Supported ways of recovering advances on termination. */
    public enum TerminationRule {
        /** Each advance × days of its period after the termination date / days of its period. */
        ADVANCES_PRORATA_TEMPORIS_DAYS
    }

    public ScheduleRules {
        Objects.requireNonNull(contractYears, "contractYears");
        Objects.requireNonNull(advanceRate, "advanceRate");
        Objects.requireNonNull(operatingFirstYearRate, "operatingFirstYearRate");
        Objects.requireNonNull(prorata, "prorata");
        Objects.requireNonNull(termination, "termination");
        EnumMap<Component, Parameter<PaymentPattern>> copy = new EnumMap<>(Component.class);
        copy.putAll(patterns);
        if (copy.get(Component.OPERATING) == null || copy.get(Component.OPERATING).value() != PaymentPattern.OPERATING) {
            throw new IllegalArgumentException("the operating line is paid as operating");
        }
        boolean onCrisis = copy.values().stream().anyMatch(p -> p.value() == PaymentPattern.ON_CRISIS);
        if (onCrisis && (crisisPaymentsPerYear == null || crisisPaymentsPerYear.value() < 1)) {
            throw new IllegalArgumentException("a line paid on a crisis needs crisisPaymentsPerYear");
        }
        patterns = java.util.Collections.unmodifiableMap(copy);
    }

    /** How {@code component} is paid; an {@link IllegalArgumentException} when the version has no pattern for it. */
    public PaymentPattern pattern(Component component) {
        Parameter<PaymentPattern> pattern = patterns.get(component);
        if (pattern == null) {
            throw new IllegalArgumentException("no payment pattern for " + component);
        }
        return pattern.value();
    }

    public boolean hasPattern(Component component) {
        return patterns.containsKey(component);
    }

    public int years() {
        return contractYears.value();
    }
}
