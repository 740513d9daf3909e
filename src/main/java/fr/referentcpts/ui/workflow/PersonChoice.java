package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.people.Person;
import java.util.UUID;

/** A person of the case offered in a pick-list (president, coordinator, participants). */
public record PersonChoice(UUID id, String name) {
    public static PersonChoice of(Person person) {
        return new PersonChoice(person.id(), person.name());
    }

    @Override
    public String toString() {
        return name;
    }
}
