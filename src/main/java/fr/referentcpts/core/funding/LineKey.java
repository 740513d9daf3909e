package fr.referentcpts.core.funding;

import java.util.Objects;

/**
 * Names one line of the barème: a line of the structure itself (operating budget, its avenant-2
 * complement, the letter-of-intent payment: no mission) or a component of a mission. Its code is
 * « OPERATING », « LETTER_OF_INTENT » or « MISSION.COMPONENT », e.g. « CRISIS.CONDITIONAL ».
 */
public record LineKey(Mission mission, Component component) implements Comparable<LineKey> {
    public static final LineKey OPERATING = new LineKey(null, Component.OPERATING);

    public LineKey {
        Objects.requireNonNull(component, "component");
        if ((mission == null) != component.structural()) {
            throw new IllegalArgumentException("only the structure's lines have no mission: " + mission + " "
                    + component);
        }
    }

    /** The line written {@code code} (« OPERATING », « CRISIS.FIXED »), or empty when it names none. */
    public static java.util.Optional<LineKey> parse(String code) {
        if (code == null) {
            return java.util.Optional.empty();
        }
        int dot = code.indexOf('.');
        try {
            Mission mission = dot < 0 ? null : Mission.valueOf(code.substring(0, dot));
            Component component = Component.valueOf(dot < 0 ? code : code.substring(dot + 1));
            return java.util.Optional.of(new LineKey(mission, component));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Written out, as {@link #hashCode}: a record's generated equals and hashCode link a method
     * handle of their own at their first call (≈ 6 ms cold each), on the way of every start that
     * reads the rules — and this hash is the same in every process.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof LineKey key && key.mission == mission && key.component == component;
    }

    @Override
    public int hashCode() {
        return (mission == null ? 0 : mission.ordinal() + 1) * 64 + component.ordinal();
    }

    public String code() {
        return mission == null ? component.name() : mission.name() + "." + component.name();
    }

    /** The structure's lines first, then by mission, then by component, as the barème tables are printed. */
    @Override
    public int compareTo(LineKey other) {
        return compare(mission, component, other.mission, other.component);
    }

    /** The order of {@link #compareTo} on the parts of two keys, without building them. */
    static int compare(Mission mission, Component component, Mission otherMission, Component otherComponent) {
        int byMission = Integer.compare(mission == null ? -1 : mission.ordinal(),
                otherMission == null ? -1 : otherMission.ordinal());
        return byMission != 0 ? byMission : component.compareTo(otherComponent);
    }

    @Override
    public String toString() {
        return code();
    }
}
