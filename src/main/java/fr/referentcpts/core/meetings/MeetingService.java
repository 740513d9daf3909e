package fr.referentcpts.core.meetings;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseFileRepository;
import fr.referentcpts.core.common.FieldProblem;
import fr.referentcpts.core.common.NotFoundException;
import fr.referentcpts.core.common.StaleEditException;
import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.common.ValidationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Use cases of a case's meeting log: record a meeting (held or planned), its next actions, tick them off. */
public final class MeetingService {
    public static final String FIELD_DATE = "date";
    public static final String FIELD_ACTIONS = "actions";

    private final MeetingRepository repository;
    private final CaseFileRepository caseFiles;
    private final Transactions transactions;
    private final Clock clock;

    public MeetingService(MeetingRepository repository, CaseFileRepository caseFiles, Transactions transactions,
            Clock clock) {
        this.repository = repository;
        this.caseFiles = caseFiles;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The meetings of a case, the most recent first. */
    public List<Meeting> meetings(UUID caseId) {
        return transactions.inTransaction(() -> repository.meetings(caseId));
    }

    public List<FieldProblem> check(Meeting meeting) {
        List<FieldProblem> problems = new ArrayList<>();
        if (meeting.date() == null) {
            problems.add(new FieldProblem(FIELD_DATE, "meeting.error.dateRequired"));
        }
        for (int i = 0; i < meeting.actions().size(); i++) {
            if (meeting.actions().get(i).text().isEmpty()) {
                problems.add(new FieldProblem(FIELD_ACTIONS, "meeting.error.actionTextRequired", i + 1));
                break;
            }
        }
        return problems;
    }

    /** Saves a new meeting (version 0) or an edited one; returns it at its new version. */
    public Meeting save(Meeting meeting) {
        List<FieldProblem> problems = check(meeting);
        if (!problems.isEmpty()) {
            FieldProblem first = problems.getFirst();
            throw new ValidationException(first.field(), first.messageKey(), first.arguments());
        }
        return transactions.inTransaction(() -> {
            CaseFile caseFile = load(meeting.caseId());
            if (!repository.save(meeting)) {
                throw new StaleEditException(caseFile.name());
            }
            caseFiles.touch(meeting.caseId(), clock.instant());
            return new Meeting(meeting.id(), meeting.caseId(), meeting.date(), meeting.time(), meeting.place(), meeting.kind(),
                    meeting.participants(), meeting.otherParticipants(), meeting.agenda(), meeting.decisions(),
                    meeting.actions(), meeting.version() + 1);
        });
    }

    public void delete(Meeting meeting) {
        transactions.inTransaction(() -> {
            repository.delete(meeting.id());
            caseFiles.touch(meeting.caseId(), clock.instant());
        });
    }

    /** Ticks a next action off (or back on). */
    public void setDone(UUID caseId, UUID actionId, boolean done) {
        transactions.inTransaction(() -> {
            CaseFile caseFile = load(caseId);
            if (!repository.setActionDone(actionId, done)) {
                throw new StaleEditException(caseFile.name());
            }
            caseFiles.touch(caseId, clock.instant());
        });
    }

    private CaseFile load(UUID caseId) {
        return caseFiles.find(caseId).orElseThrow(() -> new NotFoundException(caseId.toString()));
    }
}
