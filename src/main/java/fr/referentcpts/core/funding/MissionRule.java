package fr.referentcpts.core.funding;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a rules version says of one mission: socle or optional, the first date it can start
 * (null: from the version’s entry into force) and its deadlines (null: free, as for optional
 * missions).
 */
public record MissionRule(Mission mission, MissionKind kind, LocalDate availableFrom,
        Parameter<Deadlines> deadlines, Source source) {
    public MissionRule {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
    }
}
