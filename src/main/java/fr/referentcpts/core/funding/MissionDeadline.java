package fr.referentcpts.core.funding;

import java.time.LocalDate;

/**
 * By when a chosen mission must have started and be fully deployed; both null for a mission
 * without deadlines (optional missions). {@code startLate} when the chosen start date is after
 * the start deadline.
 */
public record MissionDeadline(Mission mission, LocalDate start, LocalDate deployed, Source source,
        boolean startLate) {
}
