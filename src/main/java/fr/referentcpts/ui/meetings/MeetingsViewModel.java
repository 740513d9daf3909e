package fr.referentcpts.ui.meetings;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingService;
import fr.referentcpts.core.meetings.NextAction;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonService;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The meeting log of the open case and the next actions still to do, ticked off here. */
public final class MeetingsViewModel {
    /** A meeting of the log. */
    public record MeetingRow(Meeting meeting, String date, String kind, String place, String participants,
            String actions) {
    }

    /** A next action of any meeting. */
    public record ActionRow(UUID meetingId, NextAction action, String text, String owner, String due, boolean overdue) {
    }

    private final MeetingService meetings;
    private final PersonService people;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Supplier<LocalDate> today;
    private final Runnable onChanged;
    private final ObservableList<MeetingRow> rows = FXCollections.observableArrayList();
    private final ObservableList<MeetingRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<ActionRow> actions = FXCollections.observableArrayList();
    private final ObservableList<ActionRow> readOnlyActions = FXCollections.unmodifiableObservableList(actions);
    private List<Person> team = List.of();
    private UUID caseId;

    public MeetingsViewModel(MeetingService meetings, PersonService people, TaskRunner tasks, DialogService dialogs,
            Messages messages, Supplier<LocalDate> today, Runnable onChanged) {
        this.meetings = meetings;
        this.people = people;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.today = today;
        this.onChanged = onChanged;
    }

    public ObservableList<MeetingRow> rows() {
        return readOnlyRows;
    }

    /** The next actions not done, the earliest due first, then those done. */
    public ObservableList<ActionRow> actions() {
        return readOnlyActions;
    }

    public UUID caseId() {
        return caseId;
    }

    public void load(UUID id) {
        caseId = id;
        if (id == null) {
            show(new Loaded(List.of(), List.of()));
            return;
        }
        tasks.run(() -> new Loaded(meetings.meetings(id), people.people(id)), loaded -> {
            if (id.equals(caseId)) {
                show(loaded);
            }
        }, this::failed);
    }

    /** The form of a new meeting (existing null) or of one to edit, for a case at {@code stage}. */
    public MeetingFormViewModel form(Meeting existing, WorkflowStage stage) {
        String lastPlace = rows.isEmpty() ? "" : rows.getFirst().meeting().place();
        return new MeetingFormViewModel(meetings, messages, caseId, stage, team, existing, lastPlace, today.get());
    }

    public void save(Meeting meeting) {
        UUID id = caseId;
        tasks.run(() -> {
            meetings.save(meeting);
            return id;
        }, saved -> changed(), this::failedAndReload);
    }

    public void setDone(ActionRow row, boolean done) {
        UUID id = caseId;
        tasks.run(() -> {
            meetings.setDone(id, row.action().id(), done);
            return id;
        }, saved -> changed(), this::failedAndReload);
    }

    public void delete(MeetingRow row) {
        if (!dialogs.confirm(messages.get("meeting.delete.title"), messages.get("meeting.delete.question", row.kind(),
                row.date()), messages.get("meeting.delete.confirm"))) {
            return;
        }
        tasks.run(() -> {
            meetings.delete(row.meeting());
            return row;
        }, deleted -> changed(), this::failedAndReload);
    }

    private void changed() {
        load(caseId);
        onChanged.run();
    }

    private void show(Loaded loaded) {
        team = loaded.people();
        Map<UUID, String> names = loaded.people().stream().collect(Collectors.toMap(Person::id, Person::name));
        LocalDate now = today.get();
        rows.setAll(loaded.meetings().stream().map(m -> new MeetingRow(m, FrenchFormat.date(m.date())
                + (m.time() == null ? "" : " " + m.time()), messages.get(m.kind()), m.place(),
                participants(m, names), describeActions(m))).toList());
        actions.setAll(loaded.meetings().stream().flatMap(m -> m.actions().stream().map(a -> new ActionRow(m.id(), a,
                a.text(), a.owner(), FrenchFormat.date(a.due()), !a.done() && a.due() != null && a.due().isBefore(now))))
                .sorted(Comparator.comparing((ActionRow r) -> r.action().done())
                        .thenComparing(r -> r.action().due(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
    }

    private String participants(Meeting m, Map<UUID, String> names) {
        String people = m.participants().stream().map(id -> names.getOrDefault(id, "?")).collect(Collectors.joining(", "));
        return String.join(people.isEmpty() || m.otherParticipants().isEmpty() ? "" : " ; ", people,
                m.otherParticipants());
    }

    private String describeActions(Meeting m) {
        long open = m.actions().stream().filter(a -> !a.done()).count();
        return m.actions().isEmpty() ? "" : messages.get("meeting.actions.count", m.actions().size(), open);
    }

    private void failed(Throwable error) {
        dialogs.error(messages.get("error.title"), errors.describe(error));
    }

    private void failedAndReload(Throwable error) {
        failed(error);
        load(caseId);
    }

    private record Loaded(List<Meeting> meetings, List<Person> people) {
    }
}
