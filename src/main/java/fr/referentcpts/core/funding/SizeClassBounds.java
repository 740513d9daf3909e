package fr.referentcpts.core.funding;

import java.util.List;
import java.util.Objects;

/**
 * The population bounds of the size classes: class n covers
 * {@code lowerBounds[n-1] ≤ population < lowerBounds[n]} (half-open: a population equal to a
 * bound, 40 000, belongs to the class above, taille 2), the last class has no upper bound.
 */
public record SizeClassBounds(List<Long> lowerBounds, RuleStatus status, boolean convention, Source source) {
    public SizeClassBounds {
        lowerBounds = List.copyOf(lowerBounds);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        if (lowerBounds.size() != SizeClass.values().length || lowerBounds.getFirst() != 0) {
            throw new IllegalArgumentException("one lower bound per size class, the first being 0: " + lowerBounds);
        }
        for (int i = 1; i < lowerBounds.size(); i++) {
            if (lowerBounds.get(i) <= lowerBounds.get(i - 1)) {
                throw new IllegalArgumentException("lower bounds must increase: " + lowerBounds);
            }
        }
    }

    public SizeClass classify(long population) {
        if (population < 0) {
            throw new IllegalArgumentException("population " + population);
        }
        for (int n = lowerBounds.size() - 1; n > 0; n--) {
            if (population >= lowerBounds.get(n)) {
                return SizeClass.values()[n];
            }
        }
        return SizeClass.T1;
    }
}
