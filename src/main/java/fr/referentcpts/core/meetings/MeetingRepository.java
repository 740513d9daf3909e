package fr.referentcpts.core.meetings;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Port: the meeting logs of case files, with participants and next actions. */
public interface MeetingRepository {
    /** The meetings of a case, the most recent first. */
    List<Meeting> meetings(UUID caseId);

    /**
     * The meetings of every case file, by case; without {@code participants}, each meeting's list
     * of participants is left empty (the home screen's read).
     */
    Map<UUID, List<Meeting>> allMeetings(boolean participants);

    /** The meetings of the case files {@code caseIds}, by case, each list as {@link #meetings(UUID)} gives it. */
    default Map<UUID, List<Meeting>> meetings(Collection<UUID> caseIds) {
        return meetings(caseIds, true);
    }

    /** The same; without {@code participants}, each meeting's list of participants left empty, as {@link #allMeetings}. */
    Map<UUID, List<Meeting>> meetings(Collection<UUID> caseIds, boolean participants);

    /**
     * Inserts a meeting of version 0, or updates it (participants and actions replaced) if its
     * row still has {@code meeting.version()}; false when it changed or disappeared meanwhile.
     */
    boolean save(Meeting meeting);

    void delete(UUID meetingId);

    /** Marks a next action done or not; false when it no longer exists. */
    boolean setActionDone(UUID actionId, boolean done);
}
