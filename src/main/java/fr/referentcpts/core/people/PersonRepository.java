package fr.referentcpts.core.people;

import java.util.List;
import java.util.UUID;

/** Port: the people and organisations of case files. */
public interface PersonRepository {
    List<Person> people(UUID caseId);

    /** Inserts or updates (by id). */
    void save(Person person);

    void delete(UUID personId);
}
