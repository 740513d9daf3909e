package fr.referentcpts.core.funding;

import java.util.Objects;

/**
 * Names one line of the barème: the operating budget (no mission) or a component of a mission.
 * Its code is « OPERATING » or « MISSION.COMPONENT », e.g. « CRISIS.FIXED ».
 */
public record LineKey(Mission mission, Component component) implements Comparable<LineKey> {
    public static final LineKey OPERATING = new LineKey(null, Component.OPERATING);

    public LineKey {
        Objects.requireNonNull(component, "component");
        if ((mission == null) != (component == Component.OPERATING)) {
            throw new IllegalArgumentException("only the operating line has no mission: " + mission + " " + component);
        }
    }

    public String code() {
        return mission == null ? component.name() : mission.name() + "." + component.name();
    }

    /** Operating first, then by mission, then by component, as the barème tables are printed. */
    @Override
    public int compareTo(LineKey other) {
        int byMission = Integer.compare(mission == null ? -1 : mission.ordinal(),
                other.mission == null ? -1 : other.mission.ordinal());
        return byMission != 0 ? byMission : component.compareTo(other.component);
    }

    @Override
    public String toString() {
        return code();
    }
}
