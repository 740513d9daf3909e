package fr.referentcpts.core.people;

import fr.referentcpts.core.casefile.CaseFileRepository;
import fr.referentcpts.core.common.FieldProblem;
import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.common.ValidationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** Use cases of a case's team and partners. */
public final class PersonService {
    public static final String FIELD_NAME = "name";
    public static final String FIELD_PROFESSION = "profession";
    public static final String FIELD_RPPS = "rpps";
    public static final String FIELD_FINESS = "finess";
    public static final String FIELD_EMAIL = "email";

    private static final Pattern RPPS = Pattern.compile("\\d{11}");
    private static final Pattern FINESS = Pattern.compile("(\\d{2}|2A|2B)\\d{7}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final PersonRepository repository;
    private final CaseFileRepository caseFiles;
    private final Transactions transactions;
    private final Clock clock;

    public PersonService(PersonRepository repository, CaseFileRepository caseFiles, Transactions transactions,
            Clock clock) {
        this.repository = repository;
        this.caseFiles = caseFiles;
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<Person> people(UUID caseId) {
        return transactions.inTransaction(() -> repository.people(caseId));
    }

    /** What is wrong with a person's fields; empty when it can be saved. */
    public List<FieldProblem> check(Person person) {
        List<FieldProblem> problems = new ArrayList<>();
        if (person.name().isEmpty()) {
            problems.add(new FieldProblem(FIELD_NAME, "person.error.nameRequired"));
        }
        if (person.kind() == PersonKind.LIBERAL_PROFESSIONAL && person.profession() == null) {
            problems.add(new FieldProblem(FIELD_PROFESSION, "person.error.professionRequired"));
        }
        if (!person.rpps().isEmpty() && !RPPS.matcher(person.rpps()).matches()) {
            problems.add(new FieldProblem(FIELD_RPPS, "person.error.rpps", person.rpps()));
        }
        if (!person.finess().isEmpty() && !FINESS.matcher(person.finess()).matches()) {
            problems.add(new FieldProblem(FIELD_FINESS, "person.error.finess", person.finess()));
        }
        if (!person.email().isEmpty() && !EMAIL.matcher(person.email()).matches()) {
            problems.add(new FieldProblem(FIELD_EMAIL, "person.error.email", person.email()));
        }
        return problems;
    }

    public Person save(Person person) {
        List<FieldProblem> problems = check(person);
        if (!problems.isEmpty()) {
            FieldProblem first = problems.getFirst();
            throw new ValidationException(first.field(), first.messageKey(), first.arguments());
        }
        transactions.inTransaction(() -> {
            repository.save(person);
            caseFiles.touch(person.caseId(), clock.instant());
        });
        return person;
    }

    public void delete(Person person) {
        transactions.inTransaction(() -> {
            repository.delete(person.id());
            caseFiles.touch(person.caseId(), clock.instant());
        });
    }

    public TeamComposition composition(UUID caseId) {
        return TeamComposition.of(people(caseId));
    }
}
