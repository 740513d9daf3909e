package fr.referentcpts.ui.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.people.PersonKind;
import fr.referentcpts.core.people.PersonService;
import fr.referentcpts.core.people.Profession;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.ui.common.DateInput;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team tab and the person form without the toolkit. */
class TeamViewModelTest {
    @TempDir
    Path dataDir;
    private AppContext context;
    private TeamViewModel vm;
    private CaseFile caseFile;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final Messages messages = new Messages();

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        caseFile = context.caseFiles().create(new CaseIdentity("CPTS A", "14", "", ""));
        vm = new TeamViewModel(context.people(), new SyncTaskRunner(), dialogs, messages, () -> { });
        vm.load(caseFile.id());
    }

    @AfterEach
    void close() {
        context.close();
    }

    private PersonFormViewModel form(String name, Profession profession) {
        PersonFormViewModel form = new PersonFormViewModel(context.people(), messages, caseFile.id(), null);
        form.nameProperty().set(name);
        form.professionProperty().set(profession);
        return form;
    }

    @Test
    void savedMembersAppearWithTheProfessionMix() {
        PersonFormViewModel doctor = form("Dr Claire Martin", Profession.GENERAL_PRACTITIONER);
        doctor.roles().add(Role.PROJECT_LEADER);
        doctor.joinedOnProperty().set("2/3/2026");
        vm.save(doctor.validated().orElseThrow(), () -> { });
        vm.save(form("Paul Leroy", Profession.NURSE).validated().orElseThrow(), () -> { });

        assertEquals(2, vm.rows().size());
        assertEquals("Porteur·se du projet", vm.rows().getFirst().roles());
        assertEquals(LocalDate.of(2026, 3, 2), context.people().people(caseFile.id()).getFirst().joinedOn());
        assertEquals("2 professionnel(s) de santé, 2 profession(s) différente(s) : Médecin généraliste 1, Infirmier·ère 1",
                vm.professionsProperty().get());
    }

    @Test
    void anImpossibleDateAndABadRppsAreShownUnderTheirFields() {
        PersonFormViewModel form = form("Dr X", Profession.GENERAL_PRACTITIONER);
        form.joinedOnProperty().set("31/02/2026");
        form.rppsProperty().set("123");

        assertTrue(form.validated().isEmpty());
        assertEquals("« 31/02/2026 » n’est pas une date valide (jj/mm/aaaa).",
                form.errorProperty(DateInput.FIELD).get());
        assertEquals("« 123 » n’est pas un numéro RPPS : 11 chiffres attendus.",
                form.errorProperty(PersonService.FIELD_RPPS).get());
    }

    @Test
    void aStructureNeedsNoProfession() {
        PersonFormViewModel form = form("EHPAD Les Tilleuls", null);
        form.kindProperty().set(PersonKind.MEDICO_SOCIAL);
        form.finessProperty().set("140000019");

        vm.save(form.validated().orElseThrow(), () -> { });

        assertEquals("Structure médico-sociale (EHPAD, SSIAD, SESSAD, IME…) 1", vm.kindsProperty().get());
    }

    @Test
    void removingAMemberAsksFirst() {
        vm.save(form("Paul Leroy", Profession.NURSE).validated().orElseThrow(), () -> { });

        dialogs.answer = false;
        vm.delete(vm.rows().getFirst());
        assertEquals(1, vm.rows().size());

        dialogs.answer = true;
        vm.delete(vm.rows().getFirst());
        assertTrue(vm.rows().isEmpty());
        assertTrue(context.people().people(caseFile.id()).isEmpty());
    }

    @Test
    void editingKeepsTheSamePerson() {
        vm.save(form("Paul Leroy", Profession.NURSE).validated().orElseThrow(), () -> { });
        PersonFormViewModel edit = new PersonFormViewModel(context.people(), messages, caseFile.id(),
                vm.rows().getFirst().person());
        edit.phoneProperty().set("06 00 00 00 00");

        vm.save(edit.validated().orElseThrow(), () -> { });

        assertEquals(1, vm.rows().size());
        assertEquals("06 00 00 00 00", vm.rows().getFirst().contact());
    }
}
