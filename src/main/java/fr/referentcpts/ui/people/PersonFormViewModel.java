package fr.referentcpts.ui.people;

import fr.referentcpts.core.common.FieldProblem;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonKind;
import fr.referentcpts.core.people.PersonService;
import fr.referentcpts.core.people.Profession;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DateInput;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** The form of one member or partner (new or edited), validated field by field in French. */
public final class PersonFormViewModel {
    private final PersonService people;
    private final Messages messages;
    private final UUID id;
    private final UUID caseId;

    private final ObjectProperty<PersonKind> kind = new SimpleObjectProperty<>(PersonKind.LIBERAL_PROFESSIONAL);
    private final ObjectProperty<Profession> profession = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty commune = new SimpleStringProperty("");
    private final ObservableSet<Role> roles = FXCollections.observableSet(EnumSet.noneOf(Role.class));
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty rpps = new SimpleStringProperty("");
    private final StringProperty finess = new SimpleStringProperty("");
    private final StringProperty joinedOn = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final Map<String, ReadOnlyStringWrapper> errors = new HashMap<>();

    public PersonFormViewModel(PersonService people, Messages messages, UUID caseId, Person existing) {
        this.people = people;
        this.messages = messages;
        this.caseId = caseId;
        this.id = existing == null ? UUID.randomUUID() : existing.id();
        if (existing != null) {
            kind.set(existing.kind());
            profession.set(existing.profession());
            name.set(existing.name());
            organisation.set(existing.organisation());
            commune.set(existing.commune());
            roles.addAll(existing.roles());
            email.set(existing.email());
            phone.set(existing.phone());
            rpps.set(existing.rpps());
            finess.set(existing.finess());
            joinedOn.set(DateInput.format(existing.joinedOn()));
            notes.set(existing.notes());
        }
        for (String field : List.of(PersonService.FIELD_NAME, PersonService.FIELD_PROFESSION, PersonService.FIELD_RPPS,
                PersonService.FIELD_FINESS, PersonService.FIELD_EMAIL, DateInput.FIELD)) {
            errors.put(field, new ReadOnlyStringWrapper(""));
        }
    }

    public ObjectProperty<PersonKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Profession> professionProperty() {
        return profession;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty communeProperty() {
        return commune;
    }

    public ObservableSet<Role> roles() {
        return roles;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty rppsProperty() {
        return rpps;
    }

    public StringProperty finessProperty() {
        return finess;
    }

    /** « 15/03/2026 », empty when unknown. */
    public StringProperty joinedOnProperty() {
        return joinedOn;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** The French error under {@code field} (one of the PersonService FIELD_ names, or the date). */
    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.get(field).getReadOnlyProperty();
    }

    /** The person as typed, when every field is valid (errors are shown otherwise). */
    public Optional<Person> validated() {
        errors.values().forEach(e -> e.set(""));
        DateInput date = DateInput.parse(joinedOn.get());
        if (!date.valid()) {
            errors.get(DateInput.FIELD).set(messages.get("date.invalid", joinedOn.get()));
        }
        Person person = new Person(id, caseId, kind.get(), profession.get(), name.get(), organisation.get(),
                commune.get(), Set.copyOf(roles), email.get(), phone.get(), rpps.get(), finess.get(),
                date.date(), notes.get());
        List<FieldProblem> problems = people.check(person);
        problems.forEach(p -> errors.get(p.field()).set(messages.get(p.messageKey(), p.arguments())));
        return problems.isEmpty() && date.valid() ? Optional.of(person) : Optional.empty();
    }
}
