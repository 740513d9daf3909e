package fr.referentcpts.ui.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.Profession;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.ContactParty;
import fr.referentcpts.core.workflow.DiagnosisItem;
import fr.referentcpts.core.workflow.LetterDecision;
import fr.referentcpts.core.workflow.LetterItem;
import fr.referentcpts.core.workflow.SignatoryParty;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.testing.WorkflowFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each stage form without the toolkit: parsing, French validation, saving, reloading. */
class StageFormViewModelsTest {
    private static final LocalDate TODAY = WorkflowFixture.TODAY;

    @TempDir
    Path dataDir;
    private AppContext context;
    private WorkflowFixture fixture;
    private CaseFile caseFile;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final Messages messages = new Messages();
    private final SyncTaskRunner tasks = new SyncTaskRunner();
    private int saves;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        fixture = new WorkflowFixture(context);
        caseFile = fixture.newCase("CPTS du Bocage Virois");
    }

    @AfterEach
    void close() {
        context.close();
    }

    private CaseSnapshot snapshot() {
        return context.workflow().snapshot(caseFile.id());
    }

    private final Runnable saved = () -> saves++;

    @Test
    void preProjectRefusesImpossibleAndFutureDatesThenSaves() {
        PreProjectFormViewModel vm = new PreProjectFormViewModel(context.stageForms(), tasks, dialogs, messages, saved);
        vm.show(snapshot());
        vm.firstContactProperty().set("31/02/2026");
        vm.save();
        assertEquals("« 31/02/2026 » n’est pas une date valide (jj/mm/aaaa).", vm.errorProperty("firstContact").get());
        assertEquals(0, saves);

        vm.firstContactProperty().set("23/11/2026");
        vm.save();
        assertEquals("Le 23/11/2026 est dans le futur : indiquez une date passée ou celle d’aujourd’hui.",
                vm.errorProperty("firstContact").get());

        vm.firstContactProperty().set("12/9/2026");
        vm.contactedPartyProperty().set(ContactParty.BOTH);
        vm.problemsProperty().set("Départs en retraite");
        assertTrue(vm.dirtyProperty().get());
        vm.save();
        assertEquals("", vm.errorProperty("firstContact").get());
        assertEquals("Enregistré.", vm.saveStateProperty().get());
        assertEquals(1, saves);
        assertEquals(LocalDate.of(2026, 9, 12), snapshot().preProject().firstContact());

        vm.problemsProperty().set("Départs en retraite ; urgences saturées");
        vm.save();
        assertEquals("Départs en retraite ; urgences saturées", snapshot().preProject().problems(),
                "the form keeps its version between saves");
    }

    @Test
    void letterChecksAmountsAndTheOrderOfDates() {
        LetterFormViewModel vm = new LetterFormViewModel(context.stageForms(), tasks, dialogs, messages, saved);
        vm.show(snapshot());
        vm.receivedProperty().set("02/09/2026");
        vm.seedGrantAmountProperty().set("vingt mille");
        vm.decisionProperty().set(LetterDecision.VALIDATED);
        vm.decisionDateProperty().set("01/10/2026");
        vm.save();
        assertEquals("Crédit d’amorçage FIR : « vingt mille » n’est pas un montant (ex. : 20 000 ou 20 000,50).",
                vm.errorProperty("seedGrantAmount").get());
        assertEquals("Indiquez d’abord la date d’envoi de la lettre à l’ARS.", vm.errorProperty("sentToArs").get());

        vm.seedGrantAmountProperty().set("-5");
        vm.sentToArsProperty().set("05/09/2026");
        vm.save();
        assertEquals("Le montant ne peut pas être négatif.", vm.errorProperty("seedGrantAmount").get());
        assertEquals("", vm.errorProperty("sentToArs").get());

        vm.seedGrantAmountProperty().set("20 000,50");
        vm.seedGrantDateProperty().set("15/10/2026");
        vm.contentProperty(LetterItem.TERRITORY).set(true);
        vm.contentProperty(LetterItem.CALENDAR).set(true);
        vm.save();
        assertEquals(1, saves);
        var letter = snapshot().letter();
        assertEquals(new BigDecimal("20000.50"), letter.seedGrantAmount());
        assertEquals(java.util.Set.of(LetterItem.TERRITORY, LetterItem.CALENDAR), letter.content());
        assertTrue(letter.validated());
    }

    @Test
    void healthProjectChecksTheRnaAsTypedAndProposesThePeopleWithTheirRoles() {
        Person president = fixture.person(caseFile.id(), "Dr Anne Lebrun", Profession.PHARMACIST, Role.PRESIDENT);
        fixture.person(caseFile.id(), "Sophie Marie", null);
        HealthProjectFormViewModel vm = new HealthProjectFormViewModel(context.stageForms(), tasks, dialogs, messages,
                saved);
        vm.show(snapshot());
        assertEquals(2, vm.people().size());
        assertEquals(PersonChoice.of(president), vm.presidentProperty().get(), "the PRESIDENT role is proposed");
        assertNull(vm.coordinatorProperty().get());

        vm.rnaProperty().set("W1430012345");
        assertEquals("« W1430012345 » n’est pas un numéro RNA : W suivi de 9 chiffres attendu (ex. : W143001234).",
                vm.errorProperty("rna").get());
        vm.rnaProperty().set("W14300123");
        vm.save();
        assertTrue(vm.errorProperty("rna").get().startsWith("« W14300123 » n’est pas un numéro RNA"));
        vm.rnaProperty().set("w143001234");
        vm.associationNameProperty().set("Association CPTS du Bocage");
        vm.coordinatorProperty().set(vm.people().get(1));
        vm.diagnosisProperty(DiagnosisItem.ACCESS_TO_GP).set(true);
        vm.receivedProperty().set("10/11/2026");
        vm.arsValidationProperty().set("01/11/2026");
        vm.save();
        assertEquals("Validation le 01/11/2026, avant la réception du projet le 10/11/2026 : vérifiez les dates.",
                vm.errorProperty("arsValidation").get());
        vm.arsValidationProperty().set("20/11/2026");
        vm.save();
        var project = snapshot().healthProject();
        assertEquals("W143001234", project.rna());
        assertEquals(president.id(), project.presidentId());
        assertEquals(vm.people().get(1).id(), project.coordinatorId());
        assertEquals(java.util.Set.of(DiagnosisItem.ACCESS_TO_GP), project.diagnosis());
    }

    @Test
    void negotiationParsesThePopulationShowsTheSizeAndTheAmountsToConfirm() {
        fixture.walkTo(caseFile.id(), WorkflowStage.HEALTH_PROJECT);
        fixture.completeProject(caseFile.id());
        NegotiationFormViewModel vm = new NegotiationFormViewModel(context.stageForms(), context::rules,
                () -> TODAY, tasks, dialogs, messages, saved);
        vm.show(snapshot());
        assertEquals("Total du territoire : 27\u202F360 habitants (3 commune(s)).", vm.territoryHintProperty().get());
        assertEquals("", vm.populationProperty().get());
        vm.useTerritoryTotal();
        assertEquals("27360", vm.populationProperty().get());
        assertEquals("INSEE, populations légales", vm.populationSourceProperty().get());
        assertEquals("Taille 1", vm.sizeClassLabelProperty().get());
        vm.populationProperty().set("105 452");
        assertEquals("Taille 3", vm.sizeClassLabelProperty().get());
        // Avenant 2 (in force today), taille 1: operating and the letter payment are proposed, the crisis unknown
        assertEquals(List.of("OPERATING", "LETTER_OF_INTENT", "CRISIS.FIXED", "CRISIS.CONDITIONAL"),
                vm.amounts().stream().map(r -> r.key().code()).toList());
        assertEquals("Barème : 50\u202F000,00\u00A0€ (proposé)", vm.amounts().getFirst().barème());

        vm.sizeClassOverrideProperty().set(fr.referentcpts.core.funding.SizeClass.T2);
        vm.populationProperty().set("cent mille");
        vm.save();
        assertEquals("Population : « cent mille » n’est pas un nombre entier (ex. : 75 000).", vm.errorProperty("confirmedPopulation").get());
        assertEquals("Indiquez pourquoi la taille de la CPTS est imposée.", vm.errorProperty("overrideReason").get());

        vm.sizeClassOverrideProperty().set(null);
        vm.populationProperty().set("27 360");
        vm.sizeClassConfirmedProperty().set(true);
        vm.nameProperty(SignatoryParty.CPAM).set("Marc Durand");
        vm.qualityProperty(SignatoryParty.CPAM).set("Directeur");
        vm.amounts().getFirst().amount().set("52 000");
        vm.signatureDateProperty().set("15/12/2026");
        vm.save();
        assertEquals("Indiquez pourquoi ce contrat fixe son propre montant.", vm.errorProperty("OPERATING").get());
        vm.amounts().getFirst().reason().set("Coordinateur à temps plein");
        vm.save();
        assertEquals("", vm.errorProperty("confirmedPopulation").get());
        CaseSnapshot s = snapshot();
        assertEquals(27_360L, s.negotiation().confirmedPopulation());
        assertEquals(LocalDate.of(2026, 12, 15), s.negotiation().signatureDate());
        assertEquals(new BigDecimal("52000.00"), s.contractAmounts().get(LineKey.OPERATING).amount());
        assertEquals("Coordinateur à temps plein", s.contractAmounts().get(LineKey.OPERATING).reason());
        assertEquals("Dr Anne Lebrun", vm.nameProperty(SignatoryParty.CPTS).get(), "the president signs for the CPTS");
        assertFalse(s.contractAmounts().containsKey(new LineKey(Mission.CRISIS, Component.FIXED)));
    }

    @Test
    void aFormWithUnsavedChangesKeepsThemWhenTheCaseIsReloaded() {
        PreProjectFormViewModel vm = new PreProjectFormViewModel(context.stageForms(), tasks, dialogs, messages, saved);
        vm.show(snapshot());
        vm.problemsProperty().set("En cours de saisie");
        vm.show(snapshot());
        assertEquals("En cours de saisie", vm.problemsProperty().get());
        CaseFile other = fixture.newCase("CPTS voisine");
        vm.show(context.workflow().snapshot(other.id()));
        assertEquals("", vm.problemsProperty().get(), "another case shows its own data");
    }

    @Test
    void twoWindowsOnTheSameFormTheSecondIsToldAndReloads() {
        PreProjectFormViewModel first = new PreProjectFormViewModel(context.stageForms(), tasks, dialogs, messages,
                saved);
        PreProjectFormViewModel second = new PreProjectFormViewModel(context.stageForms(), tasks, dialogs, messages,
                saved);
        first.show(snapshot());
        second.show(snapshot());
        first.problemsProperty().set("Fenêtre 1");
        first.save();
        second.problemsProperty().set("Fenêtre 2");
        second.save();
        assertEquals(1, dialogs.shown.size());
        assertTrue(dialogs.shown.getFirst().contains("a été modifié ailleurs"), dialogs.shown.getFirst());
        assertEquals("Fenêtre 1", snapshot().preProject().problems());
        UUID id = caseFile.id();
        assertEquals(id, snapshot().id());
    }
}
