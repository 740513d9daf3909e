package fr.referentcpts.demo;

import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.IndicatorTemplate;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * Plausible figures for a generated indicator: a baseline, a target per contract year that
 * improves each year, and for the years already over a measured value around the target (most
 * are reached, some not).
 */
record DemoIndicatorValues(BigDecimal baseline, Map<Integer, BigDecimal> targets, Map<Integer, BigDecimal> measured) {

    static DemoIndicatorValues of(IndicatorTemplate template, RandomGenerator random, int measuredYears) {
        Map<Integer, BigDecimal> targets = new TreeMap<>();
        Map<Integer, BigDecimal> measured = new TreeMap<>();
        if (template.direction() == Direction.YES_NO) {
            for (int year = 1; year <= Indicator.YEARS; year++) {
                targets.put(year, BigDecimal.ONE);
                if (year <= measuredYears) {
                    measured.put(year, random.nextInt(10) < 8 ? BigDecimal.ONE : BigDecimal.ZERO);
                }
            }
            return new DemoIndicatorValues(BigDecimal.ZERO, targets, measured);
        }
        boolean percent = template.unit().equals("%");
        long base = percent ? random.nextLong(30, 70) : random.nextLong(5, 400);
        boolean lower = template.direction() == Direction.LOWER_IS_BETTER;
        for (int year = 1; year <= Indicator.YEARS; year++) {
            long step = Math.max(1, base * year / (percent ? 12 : 8));
            long target = lower ? Math.max(1, base - step) : base + step;
            if (percent) {
                target = Math.min(95, target);
            }
            targets.put(year, BigDecimal.valueOf(target));
            if (year <= measuredYears) {
                double ratio = lower ? random.nextDouble(0.9, 1.3) : random.nextDouble(0.6, 1.15);
                long value = Math.round(target * ratio);
                measured.put(year, BigDecimal.valueOf(percent ? Math.min(100, value) : value));
            }
        }
        return new DemoIndicatorValues(BigDecimal.valueOf(base), targets, measured);
    }
}
