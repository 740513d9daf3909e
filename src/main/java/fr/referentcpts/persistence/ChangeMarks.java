package fr.referentcpts.persistence;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The {@code change_mark} of a case file's row: a new random value at each change of the case
 * file, so that « unchanged since » never depends on the clock (two changes in the same
 * millisecond, a clock put back, a case deleted then inserted again all get different marks).
 * Never 0, the mark of rows written before marks existed.
 */
public final class ChangeMarks {
    private ChangeMarks() {
    }

    public static long next() {
        long mark;
        do {
            mark = ThreadLocalRandom.current().nextLong();
        } while (mark == 0);
        return mark;
    }
}
