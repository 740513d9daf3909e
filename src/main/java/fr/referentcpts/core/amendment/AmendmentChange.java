package fr.referentcpts.core.amendment;

import fr.referentcpts.core.funding.Mission;
import java.time.LocalDate;

/**
 * One article an amendment changes, as values (the document writes the sentence): a mission
 * added from a date, a mission's start moved, the operating complement, a new size class, the
 * rules version applied from the effective date.
 *
 * @param mission       the mission added or moved, else null
 * @param from          the date the change applies from (a mission's start, else the effective date)
 * @param previousStart the former start date of a moved mission, else null
 * @param previousSize  the former size class (1..4) of a size change, else 0
 * @param nextSize      the new size class of a size change, else 0
 * @param previousRules the former rules version's title (« ACI du 20 juin 2019 (ACI-2019) »), else empty
 * @param nextRules     the new rules version's title, else empty
 */
public record AmendmentChange(Kind kind, Mission mission, LocalDate from, LocalDate previousStart, int previousSize,
        int nextSize, String previousRules, String nextRules) {
    /** What an article of the amendment does. */
    public enum Kind {
        MISSION_ADDED,
        MISSION_START_CHANGED,
        OPERATING_COMPLEMENT,
        SIZE_CLASS,
        RULES_VERSION
    }

    static AmendmentChange missionAdded(Mission mission, LocalDate start) {
        return new AmendmentChange(Kind.MISSION_ADDED, mission, start, null, 0, 0, "", "");
    }

    static AmendmentChange startChanged(Mission mission, LocalDate previous, LocalDate start) {
        return new AmendmentChange(Kind.MISSION_START_CHANGED, mission, start, previous, 0, 0, "", "");
    }

    static AmendmentChange complement(LocalDate from) {
        return new AmendmentChange(Kind.OPERATING_COMPLEMENT, null, from, null, 0, 0, "", "");
    }

    static AmendmentChange sizeClass(LocalDate from, int previous, int next) {
        return new AmendmentChange(Kind.SIZE_CLASS, null, from, null, previous, next, "", "");
    }

    static AmendmentChange rules(LocalDate from, String previous, String next) {
        return new AmendmentChange(Kind.RULES_VERSION, null, from, null, 0, 0, previous, next);
    }
}
