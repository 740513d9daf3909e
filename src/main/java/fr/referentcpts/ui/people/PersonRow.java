package fr.referentcpts.ui.people;

import fr.referentcpts.core.people.Person;
import fr.referentcpts.i18n.Messages;
import java.util.stream.Collectors;

/** One line of the team table, with French labels. */
public record PersonRow(Person person, String name, String kind, String profession, String roles, String commune,
        String contact) {

    public static PersonRow of(Person p, Messages messages) {
        String label = p.organisation().isEmpty() ? p.name() : p.name() + " (" + p.organisation() + ")";
        String contact = String.join(" ", p.email(), p.phone()).strip();
        return new PersonRow(p, label, messages.get(p.kind()),
                p.profession() == null ? "" : messages.get(p.profession()),
                p.roles().stream().sorted().map(messages::get).collect(Collectors.joining(", ")),
                p.commune(), contact);
    }
}
