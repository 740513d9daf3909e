package fr.referentcpts.persistence.people;

import static fr.referentcpts.persistence.generated.Tables.PERSON;

import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonKind;
import fr.referentcpts.core.people.PersonRepository;
import fr.referentcpts.core.people.Profession;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.persistence.CaseRows;
import fr.referentcpts.persistence.JooqTransactions;
import fr.referentcpts.persistence.generated.tables.records.PersonRecord;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** People and organisations in {@code person}; roles as a comma-separated list of role names. */
public final class JooqPersonRepository implements PersonRepository {
    private final JooqTransactions transactions;

    public JooqPersonRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<Person> people(UUID caseId) {
        return CaseRows.of(peopleWhere(PERSON.CASE_ID.eq(caseId)), caseId);
    }

    @Override
    public Map<UUID, List<Person>> allPeople() {
        return peopleWhere(DSL.noCondition());
    }

    @Override
    public Map<UUID, List<Person>> people(Collection<UUID> caseIds) {
        return peopleWhere(PERSON.CASE_ID.in(caseIds));
    }

    private Map<UUID, List<Person>> peopleWhere(Condition condition) {
        return CaseRows.grouped(transactions.dsl().selectFrom(PERSON).where(condition).orderBy(PERSON.POSITION).fetch(),
                PersonRecord::getCaseId, JooqPersonRepository::toPerson);
    }

    @Override
    public void save(Person p) {
        var dsl = transactions.dsl();
        Integer position = dsl.select(PERSON.POSITION).from(PERSON).where(PERSON.ID.eq(p.id())).fetchOne(PERSON.POSITION);
        if (position == null) {
            position = dsl.select(DSL.coalesce(DSL.max(PERSON.POSITION), -1)).from(PERSON)
                    .where(PERSON.CASE_ID.eq(p.caseId())).fetchOne(0, Integer.class) + 1;
        }
        PersonRecord r = dsl.newRecord(PERSON);
        r.setId(p.id());
        r.setCaseId(p.caseId());
        r.setKind(p.kind().name());
        r.setProfession(p.profession() == null ? null : p.profession().name());
        r.setName(p.name());
        r.setOrganisation(p.organisation());
        r.setCommune(p.commune());
        r.setRoles(p.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")));
        r.setEmail(p.email());
        r.setPhone(p.phone());
        r.setRpps(p.rpps());
        r.setFiness(p.finess());
        r.setJoinedOn(p.joinedOn());
        r.setNotes(p.notes());
        r.setPosition(position);
        dsl.insertInto(PERSON).set(r).onDuplicateKeyUpdate().set(r).execute();
    }

    @Override
    public void delete(UUID personId) {
        transactions.dsl().deleteFrom(PERSON).where(PERSON.ID.eq(personId)).execute();
    }

    private static Person toPerson(PersonRecord r) {
        return new Person(r.getId(), r.getCaseId(), PersonKind.valueOf(r.getKind()),
                r.getProfession() == null ? null : Profession.valueOf(r.getProfession()), r.getName(),
                r.getOrganisation(), r.getCommune(),
                r.getRoles().isEmpty() ? java.util.Set.of()
                        : Arrays.stream(r.getRoles().split(",")).map(Role::valueOf).collect(Collectors.toSet()),
                r.getEmail(), r.getPhone(), r.getRpps(), r.getFiness(), r.getJoinedOn(), r.getNotes());
    }
}
