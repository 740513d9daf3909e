package fr.referentcpts.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.common.FieldProblem;
import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Team and partners on a real database: round trip, validation, composition. */
class PersonServiceTest {
    @TempDir
    Path dataDir;
    private AppContext context;
    private PersonService people;
    private CaseFile caseFile;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        people = context.people();
        caseFile = context.caseFiles().create(new CaseIdentity("CPTS A", "14", "", ""));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Person professional(String name, Profession profession, Role... roles) {
        return new Person(UUID.randomUUID(), caseFile.id(), PersonKind.LIBERAL_PROFESSIONAL, profession, name, "",
                "Vire Normandie", Set.of(roles), "", "", "", "", LocalDate.of(2026, 3, 2), "");
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        Person ehpad = new Person(UUID.randomUUID(), caseFile.id(), PersonKind.MEDICO_SOCIAL, null, "EHPAD Les Tilleuls",
                "Groupe X", "Condé-en-Normandie", Set.of(Role.PARTNER), "direction@tilleuls.fr", "02 31 00 00 00", "",
                "140000019", LocalDate.of(2026, 1, 15), "Signataire de la charte");
        Person doctor = professional("Dr Claire Martin", Profession.GENERAL_PRACTITIONER, Role.PROJECT_LEADER, Role.PRESIDENT);

        people.save(ehpad);
        people.save(doctor);

        assertEquals(List.of(ehpad, doctor), people.people(caseFile.id()));
    }

    @Test
    void savingAgainUpdatesInPlace() {
        Person doctor = people.save(professional("Dr Claire Martin", Profession.GENERAL_PRACTITIONER));
        Person nurse = people.save(professional("Paul Leroy", Profession.NURSE));

        Person renamed = new Person(doctor.id(), caseFile.id(), doctor.kind(), doctor.profession(), "Dr Claire Martin-Roux",
                "", "", Set.of(Role.CONTACT), "", "", "10003456789", "", null, "");
        people.save(renamed);

        assertEquals(List.of(renamed, nurse), people.people(caseFile.id()));
    }

    @Test
    void theCompositionCountsProfessionsAndKinds() {
        people.save(professional("A", Profession.GENERAL_PRACTITIONER));
        people.save(professional("B", Profession.GENERAL_PRACTITIONER));
        people.save(professional("C", Profession.NURSE));
        people.save(new Person(UUID.randomUUID(), caseFile.id(), PersonKind.LOCAL_AUTHORITY, null, "Mairie", "", "",
                Set.of(), "", "", "", "", null, ""));

        TeamComposition composition = people.composition(caseFile.id());

        assertEquals(2L, composition.byProfession().get(Profession.GENERAL_PRACTITIONER));
        assertEquals(1L, composition.byProfession().get(Profession.NURSE));
        assertEquals(2, composition.professionCount());
        assertEquals(3, composition.professionals());
        assertEquals(1L, composition.byKind().get(PersonKind.LOCAL_AUTHORITY));
    }

    @ParameterizedTest
    @CsvSource({"rpps, 1234567890, person.error.rpps", "rpps, 1234567890A, person.error.rpps",
            "finess, 14000001, person.error.finess", "finess, 2C0000011, person.error.finess",
            "email, claire.martin, person.error.email"})
    void malformedNumbersAreExplainedOnTheirField(String field, String value, String key) {
        Person p = professional("X", Profession.NURSE);
        Person bad = new Person(p.id(), p.caseId(), p.kind(), p.profession(), p.name(), "", "", Set.of(),
                field.equals("email") ? value : "", "", field.equals("rpps") ? value : "",
                field.equals("finess") ? value : "", null, "");

        List<FieldProblem> problems = people.check(bad);

        assertEquals(1, problems.size());
        assertEquals(field, problems.getFirst().field());
        assertEquals(key, problems.getFirst().messageKey());
        assertThrows(ValidationException.class, () -> people.save(bad));
        assertTrue(people.people(caseFile.id()).isEmpty());
    }

    @Test
    void wellFormedNumbersAreAccepted() {
        Person p = new Person(UUID.randomUUID(), caseFile.id(), PersonKind.HEALTH_FACILITY, null, "CH de Vire", "", "",
                Set.of(), "", "", "10003456789", "2A0000011", null, "");
        assertTrue(people.check(p).isEmpty());
    }

    @Test
    void aLiberalProfessionalNeedsAProfession() {
        Person p = professional("X", null);
        assertEquals("person.error.professionRequired", people.check(p).getFirst().messageKey());
    }
}
