package fr.referentcpts.core.geo;

/**
 * The ACI size class (« taille ») of a territory from its population, on half-open intervals
 * (a bound belongs to the class above it): taille 1 below 40 000, taille 2 from 40 000,
 * taille 3 from 80 000, taille 4 from 175 000. Only what the commune referential needs to say whether a new
 * population vintage changes the class; the funding rules keep their own barème data.
 */
public final class SizeClasses {
    public static final long TAILLE_2_FROM = 40_000;
    public static final long TAILLE_3_FROM = 80_000;
    public static final long TAILLE_4_FROM = 175_000;

    private SizeClasses() {
    }

    /** 39 999 → 1, 40 000 → 2, 174 999 → 3, 175 000 → 4. */
    public static int of(long population) {
        if (population < 0) {
            throw new IllegalArgumentException("population " + population);
        }
        if (population >= TAILLE_4_FROM) {
            return 4;
        }
        if (population >= TAILLE_3_FROM) {
            return 3;
        }
        return population >= TAILLE_2_FROM ? 2 : 1;
    }
}
