package fr.referentcpts.core.funding;

/** Taille 1 to 4 of a CPTS, from its territory’s population; it selects the column of the barème. */
public enum SizeClass {
    T1, T2, T3, T4;

    /** 1 to 4, as the texts write it. */
    public int number() {
        return ordinal() + 1;
    }

    /** The class numbered {@code number} (1–4), or an {@link IllegalArgumentException}. */
    public static SizeClass of(int number) {
        if (number < 1 || number > values().length) {
            throw new IllegalArgumentException("size class " + number);
        }
        return values()[number - 1];
    }
}
