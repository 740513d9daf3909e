package fr.referentcpts.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares the populations stored in a territory with the referential's, commune by
 * commune, and says whether the total's size class would change. Pure: it changes nothing —
 * a signed contract keeps its figures unless the referent decides otherwise.
 */
public final class VintageComparison {
    private VintageComparison() {
    }

    /** A commune of a stored territory: its INSEE code, the population used and its vintage label. */
    public record StoredPopulation(String inseeCode, long population, String vintage) {
        public StoredPopulation {
            Objects.requireNonNull(inseeCode, "inseeCode");
            vintage = vintage == null ? "" : vintage;
        }
    }

    /**
     * One commune compared.
     *
     * @param name              the referential's name, or empty if the code is no longer a current commune
     * @param currentPopulation the referential's figure; the stored one when the commune is unknown
     * @param inReferential     false when the INSEE code is no longer a current commune (merged…)
     */
    public record Line(String inseeCode, String name, long storedPopulation, String storedVintage,
            long currentPopulation, String currentVintage, boolean inReferential) {
        /** New minus old: positive when the population grew. */
        public long delta() {
            return currentPopulation - storedPopulation;
        }

        /** Whether anything differs: the figure, the vintage, or the commune is gone. */
        public boolean changed() {
            return !inReferential || delta() != 0 || !storedVintage.equals(currentVintage);
        }
    }

    /**
     * The comparison of a whole territory. The current total keeps the stored figure of the
     * communes the referential no longer knows (see {@link #unknownCommunes()}).
     */
    public record Result(List<Line> lines, long storedTotal, long currentTotal) {
        public Result {
            lines = List.copyOf(lines);
        }

        public long delta() {
            return currentTotal - storedTotal;
        }

        public int storedSizeClass() {
            return SizeClasses.of(storedTotal);
        }

        public int currentSizeClass() {
            return SizeClasses.of(currentTotal);
        }

        public boolean sizeClassChanges() {
            return storedSizeClass() != currentSizeClass();
        }

        /** Whether any commune's figure or vintage differs from the referential. */
        public boolean anyChange() {
            return lines.stream().anyMatch(Line::changed);
        }

        public List<Line> changedLines() {
            return lines.stream().filter(Line::changed).toList();
        }

        public List<Line> unknownCommunes() {
            return lines.stream().filter(l -> !l.inReferential()).toList();
        }
    }

    /** Compares each stored commune with the referential, in the stored order. */
    public static Result compare(List<StoredPopulation> stored, CommuneReferential referential) {
        List<Line> lines = new ArrayList<>(stored.size());
        long storedTotal = 0;
        long currentTotal = 0;
        for (StoredPopulation s : stored) {
            Line line = referential.commune(s.inseeCode())
                    .map(c -> new Line(s.inseeCode(), c.name(), s.population(), s.vintage(), c.population(),
                            referential.vintageOf(c).label(), true))
                    .orElseGet(() -> new Line(s.inseeCode(), "", s.population(), s.vintage(), s.population(),
                            s.vintage(), false));
            lines.add(line);
            storedTotal += line.storedPopulation();
            currentTotal += line.currentPopulation();
        }
        return new Result(lines, storedTotal, currentTotal);
    }
}
