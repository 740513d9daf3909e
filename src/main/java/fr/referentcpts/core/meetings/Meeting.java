package fr.referentcpts.core.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A meeting of the case's log: date (and time, null when not given), place, kind, participants among the case's people (and
 * others, as free text), agenda, decisions and next actions. {@code version} 0: not saved yet.
 */
public record Meeting(UUID id, UUID caseId, LocalDate date, LocalTime time, String place, MeetingKind kind,
        List<UUID> participants, String otherParticipants, String agenda, String decisions,
        List<NextAction> actions, int version) {

    public Meeting {
        place = place == null ? "" : place.strip();
        kind = kind == null ? MeetingKind.OTHER : kind;
        participants = participants == null ? List.of() : List.copyOf(participants);
        otherParticipants = otherParticipants == null ? "" : otherParticipants.strip();
        agenda = agenda == null ? "" : agenda.strip();
        decisions = decisions == null ? "" : decisions.strip();
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public Meeting withActions(List<NextAction> value) {
        return new Meeting(id, caseId, date, time, place, kind, participants, otherParticipants, agenda, decisions, value,
                version);
    }

    /**
     * Held by {@code now}: its day has come and, when it has a time, that time too. A meeting
     * planned for later today, or any later day, is planned, not held.
     */
    public boolean heldBy(LocalDateTime now) {
        if (date == null || date.isAfter(now.toLocalDate())) {
            return false;
        }
        return time == null || !date.atTime(time).isAfter(now);
    }
}
