package fr.referentcpts.ui.meetings;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.FieldProblem;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingKind;
import fr.referentcpts.core.meetings.MeetingService;
import fr.referentcpts.core.meetings.NextAction;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DateInput;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The form of one meeting, made for fast entry in the field: today's date, the kind the stage
 * suggests, the last place, the case's people to tick, and next actions (what, who, by when).
 */
public final class MeetingFormViewModel {
    /** A person of the case, ticked when present. */
    public record Participant(UUID id, String name, BooleanProperty present) {
    }

    /** A next action as typed. */
    public record ActionForm(UUID id, StringProperty text, StringProperty owner, StringProperty due,
            BooleanProperty done) {
    }

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[h:]\\s*(\\d{2})?");

    private final MeetingService meetings;
    private final Messages messages;
    private final UUID id;
    private final UUID caseId;
    private final int version;
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty time = new SimpleStringProperty("");
    private final ObjectProperty<MeetingKind> kind = new SimpleObjectProperty<>(MeetingKind.OTHER);
    private final StringProperty place = new SimpleStringProperty("");
    private final ObservableList<Participant> participants = FXCollections.observableArrayList();
    private final ObservableList<Participant> readOnlyParticipants =
            FXCollections.unmodifiableObservableList(participants);
    private final StringProperty others = new SimpleStringProperty("");
    private final StringProperty agenda = new SimpleStringProperty("");
    private final StringProperty decisions = new SimpleStringProperty("");
    private final ObservableList<ActionForm> actions = FXCollections.observableArrayList();
    private final ObservableList<ActionForm> readOnlyActions = FXCollections.unmodifiableObservableList(actions);
    private final Map<String, ReadOnlyStringWrapper> errors = new HashMap<>();

    /**
     * @param existing  the meeting edited, or null for a new one
     * @param lastPlace the place of the case's last meeting, proposed for a new one
     */
    public MeetingFormViewModel(MeetingService meetings, Messages messages, UUID caseId, WorkflowStage stage,
            List<Person> people, Meeting existing, String lastPlace, LocalDate today) {
        this.meetings = meetings;
        this.messages = messages;
        this.caseId = caseId;
        this.id = existing == null ? UUID.randomUUID() : existing.id();
        this.version = existing == null ? 0 : existing.version();
        for (Person person : people) {
            participants.add(new Participant(person.id(), person.name(),
                    new SimpleBooleanProperty(existing != null && existing.participants().contains(person.id()))));
        }
        if (existing == null) {
            date.set(DateInput.format(today));
            kind.set(suggestedKind(stage));
            place.set(lastPlace == null ? "" : lastPlace);
        } else {
            date.set(DateInput.format(existing.date()));
            time.set(existing.time() == null ? "" : String.format("%02d:%02d", existing.time().getHour(),
                    existing.time().getMinute()));
            kind.set(existing.kind());
            place.set(existing.place());
            others.set(existing.otherParticipants());
            agenda.set(existing.agenda());
            decisions.set(existing.decisions());
            existing.actions().forEach(a -> actions.add(new ActionForm(a.id(), new SimpleStringProperty(a.text()),
                    new SimpleStringProperty(a.owner()), new SimpleStringProperty(DateInput.format(a.due())),
                    new SimpleBooleanProperty(a.done()))));
        }
        for (String field : List.of(MeetingService.FIELD_DATE, "time", MeetingService.FIELD_ACTIONS)) {
            errors.put(field, new ReadOnlyStringWrapper(""));
        }
    }

    /** The kind of meeting a stage usually calls for. */
    static MeetingKind suggestedKind(WorkflowStage stage) {
        return switch (stage == null ? WorkflowStage.PRE_PROJECT : stage) {
            case PRE_PROJECT -> MeetingKind.INFORMATION;
            case LETTER_OF_INTENT -> MeetingKind.LETTER_REVIEW;
            case HEALTH_PROJECT -> MeetingKind.WORKING_GROUP;
            case SIGNATURE -> MeetingKind.NEGOTIATION;
            case FOLLOW_UP -> MeetingKind.ANNUAL_REVIEW;
            default -> MeetingKind.OTHER;
        };
    }

    public StringProperty dateProperty() {
        return date;
    }

    /** « 18:30 », « 18h30 », « 9h » or empty. */
    public StringProperty timeProperty() {
        return time;
    }

    public ObjectProperty<MeetingKind> kindProperty() {
        return kind;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public ObservableList<Participant> participants() {
        return readOnlyParticipants;
    }

    public StringProperty othersProperty() {
        return others;
    }

    public StringProperty agendaProperty() {
        return agenda;
    }

    public StringProperty decisionsProperty() {
        return decisions;
    }

    public ObservableList<ActionForm> actions() {
        return readOnlyActions;
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.get(field).getReadOnlyProperty();
    }

    /** A new empty next action, owner and due date to fill. */
    public ActionForm addAction() {
        ActionForm action = new ActionForm(UUID.randomUUID(), new SimpleStringProperty(""), new SimpleStringProperty(""),
                new SimpleStringProperty(""), new SimpleBooleanProperty(false));
        actions.add(action);
        return action;
    }

    public void removeAction(ActionForm action) {
        actions.remove(action);
    }

    /** The meeting as typed when valid (errors shown otherwise); empty actions are dropped. */
    public Optional<Meeting> validated() {
        errors.values().forEach(e -> e.set(""));
        boolean ok = true;
        DateInput day = DateInput.parse(date.get());
        if (!day.valid()) {
            errors.get(MeetingService.FIELD_DATE).set(messages.get("date.invalid", date.get().strip()));
            ok = false;
        }
        LocalTime at = null;
        String typedTime = time.get() == null ? "" : time.get().strip();
        if (!typedTime.isEmpty()) {
            Matcher m = TIME.matcher(typedTime);
            int hour = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            int minute = m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : 0;
            if (hour < 0 || hour > 23 || minute > 59) {
                errors.get("time").set(messages.get("meeting.error.time", typedTime));
                ok = false;
            } else {
                at = LocalTime.of(hour, minute);
            }
        }
        List<NextAction> next = new ArrayList<>();
        for (ActionForm action : actions) {
            if (action.text().get().isBlank() && action.owner().get().isBlank() && action.due().get().isBlank()) {
                continue;
            }
            DateInput due = DateInput.parse(action.due().get());
            if (!due.valid()) {
                errors.get(MeetingService.FIELD_ACTIONS).set(messages.get("date.invalid", action.due().get().strip()));
                ok = false;
            }
            next.add(new NextAction(action.id(), action.text().get(), action.owner().get(), due.date(),
                    action.done().get()));
        }
        Meeting meeting = new Meeting(id, caseId, day.date(), at, place.get(), kind.get(),
                participants.stream().filter(p -> p.present().get()).map(Participant::id).toList(), others.get(),
                agenda.get(), decisions.get(), next, version);
        for (FieldProblem problem : meetings.check(meeting)) {
            ReadOnlyStringWrapper error = errors.get(problem.field());
            if (error.get().isEmpty()) {
                error.set(messages.get(problem.messageKey(), problem.arguments()));
            }
            ok = false;
        }
        return ok ? Optional.of(meeting) : Optional.empty();
    }
}
