package fr.referentcpts.ui.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The territory tab without the toolkit: manual entry, live total and size class, overlaps. */
class TerritoryViewModelTest {
    @TempDir
    Path dataDir;
    private AppContext context;
    private TerritoryViewModel vm;
    private CaseFile caseFile;
    private int changes;
    private final FakeDialogs dialogs = new FakeDialogs();

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        caseFile = context.caseFiles().create(new CaseIdentity("CPTS A", "14", "", ""));
        vm = new TerritoryViewModel(context.territories(), context::communes, () -> List.of(40_000L, 80_000L, 175_000L),
                new SyncTaskRunner(), dialogs, new Messages(), () -> changes++);
        vm.load(caseFile.id());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aTypedCommuneIsAddedAndTheTotalAndSizeClassFollow() {
        type("14762", "Vire Normandie", "38 760", "2023");

        vm.addManual();

        assertEquals("", vm.formErrorProperty().get());
        assertEquals(1, vm.rows().size());
        assertEquals("38\u202F760 habitants – 1 commune(s)", vm.totalProperty().get());
        assertEquals("Taille 1 – à 1\u202F240 habitants du seuil de la taille 2", vm.sizeClassProperty().get());
        assertEquals("", vm.codeProperty().get(), "the form is cleared for the next commune");
        assertEquals(1, changes);
    }

    @Test
    void aMalformedPopulationIsExplainedAndNothingIsAdded() {
        type("14762", "Vire Normandie", "16 7a4", "2023");

        vm.addManual();

        assertEquals("Population : « 16 7a4 » n’est pas un nombre entier (ex. : 75 000).", vm.formErrorProperty().get());
        assertTrue(context.territories().territory(caseFile.id()).isEmpty());
    }

    @Test
    void aBadInseeCodeIsExplained() {
        type("1476", "Vire", "100", "");

        vm.addManual();

        assertEquals("« 1476 » n’est pas un code INSEE de commune (5 caractères, ex. : 14762, 2A004, 97411).",
                vm.formErrorProperty().get());
    }

    @Test
    void aCodeOfAnotherCommuneIsRefusedNamingIt() {
        type("14762", "Caen", "106 230", "2023");

        vm.addManual();

        assertEquals("Le code INSEE 14762 est celui de Vire Normandie dans le référentiel des communes : vérifiez "
                + "le code ou le nom.", vm.formErrorProperty().get());
        assertTrue(vm.rows().isEmpty());
        vm.codeProperty().set("14118");
        assertEquals("", vm.formErrorProperty().get(), "the error goes as soon as the code is corrected");
        vm.addManual();
        assertEquals(1, vm.rows().size());
    }

    @Test
    void aCodeNoCommuneHasIsAddedOnlyOnceConfirmed() {
        type("14999", "Saint-Nulle-Part", "120", "2023");
        dialogs.answer = false;

        vm.addManual();

        assertTrue(dialogs.shown.getLast().contains("Aucune commune du référentiel n’a le code INSEE 14999"),
                dialogs.shown.toString());
        assertTrue(vm.rows().isEmpty());
        dialogs.answer = true;
        vm.addManual();
        assertEquals(1, vm.rows().size());
    }

    @Test
    void aMunicipalArrondissementIsAddedWithoutQuestion() {
        type("75112", "Paris 12e Arrondissement", "139 297", "2023");

        vm.addManual();

        assertEquals(1, vm.rows().size());
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
    }

    @Test
    void anErrorOfOneCaseDoesNotFollowTheReferentToAnother() {
        type("14762", "Vire Normandie", "16774", "2023");
        vm.addManual();
        assertFalse(vm.correctPopulation(vm.rows().getFirst(), "17 000", ""));
        type("1476", "Vire", "100", "");
        vm.addManual();
        assertFalse(vm.correctionErrorProperty().get().isEmpty());
        assertFalse(vm.formErrorProperty().get().isEmpty());

        vm.load(context.caseFiles().create(new CaseIdentity("CPTS B", "14", "", "")).id());

        assertEquals("", vm.correctionErrorProperty().get());
        assertEquals("", vm.formErrorProperty().get());
    }

    @Test
    void aCommuneOfAnotherCaseIsFlaggedWithItsName() {
        CaseFile other = context.caseFiles().create(new CaseIdentity("CPTS Pré-Bocage", "14", "", ""));
        context.territories().add(other.id(), List.of(new TerritoryCommune("14061", "Souleuvre en Bocage", "14", 2000,
                "INSEE", "2023", "")));

        type("14061", "Souleuvre en Bocage", "2000", "2023");
        vm.addManual();

        assertEquals("CPTS Pré-Bocage", vm.rows().getFirst().overlap());
        assertTrue(vm.warningProperty().get().startsWith("Attention : 1 commune(s)"));
    }

    @Test
    void removingACommuneUpdatesTheTotal() {
        type("14762", "Vire Normandie", "16774", "2023");
        vm.addManual();
        type("14061", "Souleuvre en Bocage", "8785", "2023");
        vm.addManual();

        vm.remove(vm.rows().getFirst());

        assertEquals("8\u202F785 habitants – 1 commune(s)", vm.totalProperty().get());
    }

    @Test
    void removingACommuneAsksFirst() {
        type("14762", "Vire Normandie", "16774", "2023");
        vm.addManual();
        dialogs.answer = false;

        vm.remove(vm.rows().getFirst());

        assertEquals(1, vm.rows().size());
        assertTrue(dialogs.shown.getLast().contains("« Vire Normandie » (14762)"));
    }

    private void type(String code, String name, String population, String vintage) {
        vm.codeProperty().set(code);
        vm.nameProperty().set(name);
        vm.populationProperty().set(population);
        vm.vintageProperty().set(vintage);
    }
}
