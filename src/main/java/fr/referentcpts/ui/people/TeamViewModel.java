package fr.referentcpts.ui.people;

import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonService;
import fr.referentcpts.core.people.TeamComposition;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.TaskRunner;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The « Équipe et partenaires » tab: the people of the case and the pluriprofessional mix. */
public final class TeamViewModel {
    private final PersonService people;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Runnable onChanged;

    private final ObservableList<PersonRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PersonRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper professions = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper kinds = new ReadOnlyStringWrapper("");
    private UUID caseId;

    public TeamViewModel(PersonService people, TaskRunner tasks, DialogService dialogs, Messages messages,
            Runnable onChanged) {
        this.people = people;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.onChanged = onChanged;
    }

    public ObservableList<PersonRow> rows() {
        return readOnlyRows;
    }

    /** « 3 professionnels de santé, 2 professions : Médecin généraliste 2, Infirmier·ère 1 ». */
    public ReadOnlyStringProperty professionsProperty() {
        return professions.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kindsProperty() {
        return kinds.getReadOnlyProperty();
    }

    public UUID caseId() {
        return caseId;
    }

    public PersonService service() {
        return people;
    }

    public void load(UUID id) {
        caseId = id;
        if (id == null) {
            show(List.of());
            return;
        }
        tasks.run(() -> people.people(id), this::show, this::failed);
    }

    /** Saves a validated person from the form, then refreshes the list. */
    public void save(Person person, Runnable then) {
        UUID id = caseId;
        tasks.run(() -> {
            people.save(person);
            return people.people(id);
        }, list -> {
            show(list);
            onChanged.run();
            then.run();
        }, this::failed);
    }

    public void delete(PersonRow row) {
        if (!dialogs.confirm(messages.get("team.delete.title"), messages.get("team.delete.question", row.name()),
                messages.get("team.delete.confirm"))) {
            return;
        }
        UUID id = caseId;
        tasks.run(() -> {
            people.delete(row.person());
            return people.people(id);
        }, list -> {
            show(list);
            onChanged.run();
        }, this::failed);
    }

    private void show(List<Person> list) {
        rows.setAll(list.stream().map(p -> PersonRow.of(p, messages)).toList());
        TeamComposition composition = TeamComposition.of(list);
        professions.set(messages.get("team.composition.professions", composition.professionals(),
                composition.professionCount(), composition.byProfession().entrySet().stream()
                        .sorted(java.util.Map.Entry.comparingByKey())
                        .map(e -> messages.get(e.getKey()) + " " + e.getValue())
                        .collect(Collectors.joining(", "))));
        kinds.set(composition.byKind().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> messages.get(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(" · ")));
    }

    private void failed(Throwable error) {
        dialogs.error(messages.get("error.title"), errors.describe(error));
    }
}
