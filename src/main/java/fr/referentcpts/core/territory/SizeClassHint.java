package fr.referentcpts.core.territory;

import java.util.List;

/**
 * Where a population stands among the size-class thresholds: its class and the threshold it is
 * closest to, as the referent reads it live (« à 1 240 habitants du seuil de la taille 3 »).
 *
 * @param sizeClass   1 to thresholds.size() + 1
 * @param distance    inhabitants between the population and the closest threshold
 * @param boundClass  the class that threshold opens
 * @param above       true when the population is at or above that threshold
 */
public record SizeClassHint(int sizeClass, long distance, int boundClass, boolean above) {

    /** {@code thresholds}: the lowest population of classes 2, 3, 4… in increasing order (half-open classes). */
    public static SizeClassHint of(long population, List<Long> thresholds) {
        int sizeClass = 1;
        for (long threshold : thresholds) {
            if (population >= threshold) {
                sizeClass++;
            }
        }
        int closest = 0;
        for (int i = 1; i < thresholds.size(); i++) {
            if (Math.abs(population - thresholds.get(i)) < Math.abs(population - thresholds.get(closest))) {
                closest = i;
            }
        }
        long threshold = thresholds.get(closest);
        return new SizeClassHint(sizeClass, Math.abs(population - threshold), closest + 2, population >= threshold);
    }
}
