package fr.referentcpts.core.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Port: the people and organisations of case files. */
public interface PersonRepository {
    List<Person> people(UUID caseId);

    /** The people of every case file, by case. */
    Map<UUID, List<Person>> allPeople();

    /** The people of the case files {@code caseIds}, by case, each list as {@link #people(UUID)} gives it. */
    Map<UUID, List<Person>> people(Collection<UUID> caseIds);

    /** Inserts or updates (by id). */
    void save(Person person);

    void delete(UUID personId);
}
