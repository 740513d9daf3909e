package fr.referentcpts.persistence.meetings;

import static fr.referentcpts.persistence.generated.Tables.MEETING;
import static fr.referentcpts.persistence.generated.Tables.MEETING_ACTION;
import static fr.referentcpts.persistence.generated.Tables.MEETING_PARTICIPANT;

import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingKind;
import fr.referentcpts.core.meetings.MeetingRepository;
import fr.referentcpts.core.meetings.NextAction;
import fr.referentcpts.persistence.CaseRows;
import fr.referentcpts.persistence.JooqTransactions;
import fr.referentcpts.persistence.generated.tables.records.MeetingRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Meetings ({@code meeting}, versioned) with their participants and next actions. */
public final class JooqMeetingRepository implements MeetingRepository {
    private final JooqTransactions transactions;

    public JooqMeetingRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<Meeting> meetings(UUID caseId) {
        return CaseRows.of(meetingsWhere(MEETING.CASE_ID.eq(caseId), true), caseId);
    }

    @Override
    public Map<UUID, List<Meeting>> allMeetings(boolean participants) {
        return meetingsWhere(DSL.noCondition(), participants);
    }

    @Override
    public Map<UUID, List<Meeting>> meetings(Collection<UUID> caseIds, boolean participants) {
        return meetingsWhere(MEETING.CASE_ID.in(caseIds), participants);
    }

    private Map<UUID, List<Meeting>> meetingsWhere(Condition condition, boolean withParticipants) {
        DSLContext dsl = transactions.dsl();
        List<MeetingRecord> rows = dsl.selectFrom(MEETING).where(condition)
                .orderBy(MEETING.MEETING_DATE.desc(), MEETING.ID).fetch();
        if (rows.isEmpty()) {
            return Map.of();
        }
        var ids = DSL.select(MEETING.ID).from(MEETING).where(condition);
        Map<UUID, List<UUID>> participants = new HashMap<>();
        if (withParticipants) {
            dsl.selectFrom(MEETING_PARTICIPANT).where(MEETING_PARTICIPANT.MEETING_ID.in(ids))
                    .orderBy(MEETING_PARTICIPANT.MEETING_ID, MEETING_PARTICIPANT.PERSON_ID)
                    .forEach(r -> participants.computeIfAbsent(r.getMeetingId(), k -> new ArrayList<>())
                            .add(r.getPersonId()));
        }
        Map<UUID, List<NextAction>> actions = new HashMap<>();
        dsl.selectFrom(MEETING_ACTION).where(MEETING_ACTION.MEETING_ID.in(ids)).orderBy(MEETING_ACTION.POSITION)
                .forEach(r -> actions.computeIfAbsent(r.getMeetingId(), k -> new ArrayList<>())
                        .add(new NextAction(r.getId(), r.getText(), r.getOwner(), r.getDueDate(), r.getDone())));
        return CaseRows.grouped(rows, MeetingRecord::getCaseId, r -> new Meeting(r.getId(), r.getCaseId(),
                r.getMeetingDate(), r.getMeetingTime(), r.getPlace(),
                MeetingKind.valueOf(r.getKind()), participants.getOrDefault(r.getId(), List.of()),
                r.getOtherParticipants(), r.getAgenda(), r.getDecisions(), actions.getOrDefault(r.getId(), List.of()),
                r.getVersion()));
    }

    @Override
    public boolean save(Meeting m) {
        DSLContext dsl = transactions.dsl();
        if (m.version() == 0) {
            if (dsl.fetchExists(MEETING, MEETING.ID.eq(m.id()))) {
                return false;
            }
            dsl.insertInto(MEETING)
                    .set(MEETING.ID, m.id())
                    .set(MEETING.CASE_ID, m.caseId())
                    .set(MEETING.MEETING_DATE, m.date())
                    .set(MEETING.MEETING_TIME, m.time())
                    .set(MEETING.PLACE, m.place())
                    .set(MEETING.KIND, m.kind().name())
                    .set(MEETING.OTHER_PARTICIPANTS, m.otherParticipants())
                    .set(MEETING.AGENDA, m.agenda())
                    .set(MEETING.DECISIONS, m.decisions())
                    .set(MEETING.VERSION, 1)
                    .execute();
        } else {
            int rows = dsl.update(MEETING)
                    .set(MEETING.MEETING_DATE, m.date())
                    .set(MEETING.MEETING_TIME, m.time())
                    .set(MEETING.PLACE, m.place())
                    .set(MEETING.KIND, m.kind().name())
                    .set(MEETING.OTHER_PARTICIPANTS, m.otherParticipants())
                    .set(MEETING.AGENDA, m.agenda())
                    .set(MEETING.DECISIONS, m.decisions())
                    .set(MEETING.VERSION, m.version() + 1)
                    .where(MEETING.ID.eq(m.id()).and(MEETING.VERSION.eq(m.version())))
                    .execute();
            if (rows != 1) {
                return false;
            }
            dsl.deleteFrom(MEETING_PARTICIPANT).where(MEETING_PARTICIPANT.MEETING_ID.eq(m.id())).execute();
            dsl.deleteFrom(MEETING_ACTION).where(MEETING_ACTION.MEETING_ID.eq(m.id())).execute();
        }
        for (UUID person : m.participants().stream().distinct().toList()) {
            dsl.insertInto(MEETING_PARTICIPANT).set(MEETING_PARTICIPANT.MEETING_ID, m.id())
                    .set(MEETING_PARTICIPANT.PERSON_ID, person).execute();
        }
        int position = 0;
        for (NextAction a : m.actions()) {
            dsl.insertInto(MEETING_ACTION)
                    .set(MEETING_ACTION.ID, a.id())
                    .set(MEETING_ACTION.MEETING_ID, m.id())
                    .set(MEETING_ACTION.TEXT, a.text())
                    .set(MEETING_ACTION.OWNER, a.owner())
                    .set(MEETING_ACTION.DUE_DATE, a.due())
                    .set(MEETING_ACTION.DONE, a.done())
                    .set(MEETING_ACTION.POSITION, position++)
                    .execute();
        }
        return true;
    }

    @Override
    public void delete(UUID meetingId) {
        transactions.dsl().deleteFrom(MEETING).where(MEETING.ID.eq(meetingId)).execute();
    }

    @Override
    public boolean setActionDone(UUID actionId, boolean done) {
        return transactions.dsl().update(MEETING_ACTION).set(MEETING_ACTION.DONE, done)
                .where(MEETING_ACTION.ID.eq(actionId)).execute() == 1;
    }
}
