package fr.referentcpts.ui.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.ManualDelay;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detail pane's behaviour without the FX toolkit: autosave, validation, archive, delete. */
class CaseDetailViewModelTest {
    @TempDir
    Path dataDir;
    private AppContext context;
    private final ManualDelay autosave = new ManualDelay();
    private final ManualDelay undoDelay = new ManualDelay();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<CaseFile> changed = new ArrayList<>();
    private final List<UUID> deleted = new ArrayList<>();
    private CaseDetailViewModel vm;
    private CaseFile caseFile;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        caseFile = context.caseFiles().create(new CaseIdentity("CPTS A", "14", "Camille", ""));
        vm = new CaseDetailViewModel(context.caseFiles(), context.exchangeFiles(),
                context.territories()::departementsIfNoneIn, new SyncTaskRunner(), dialogs,
                autosave, undoDelay, new Messages(),
                changed::add, deleted::add);
        vm.show(caseFile);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void anEditIsSavedWhenTypingStops() {
        vm.nameProperty().set("CPTS A – Pays de Vire");
        assertTrue(autosave.isPending());
        assertEquals("CPTS A", stored().name());

        autosave.fire();

        assertEquals("CPTS A – Pays de Vire", stored().name());
        assertEquals("Toutes les modifications sont enregistrées.", vm.saveStateProperty().get());
        assertFalse(vm.hasPendingChanges());
        assertEquals(1, changed.size());
    }

    @Test
    void showingAnotherCaseIsNotAnEdit() {
        vm.show(context.caseFiles().create(new CaseIdentity("CPTS B", "50", "", "")));

        assertFalse(autosave.isPending());
        assertFalse(vm.hasPendingChanges());
    }

    @Test
    void anInvalidFieldIsShownAndNotSaved() {
        vm.departementProperty().set("Atlantide");

        assertEquals("« Atlantide » n’est pas un département français (code ou nom, ex. : 14 ou Calvados).",
                vm.fieldErrors().departementProperty().get());
        assertFalse(autosave.isPending());
        assertEquals("14", stored().departement());
    }

    @Test
    void flushSavesPendingEditsBeforeContinuing() {
        vm.notesProperty().set("Réunion à la mairie le 3 décembre");
        List<String> order = new ArrayList<>();

        vm.flush(() -> order.add("then:" + stored().notes()));

        assertEquals(List.of("then:Réunion à la mairie le 3 décembre"), order);
        assertFalse(autosave.isPending());
    }

    @Test
    void aDepartementTypedByNameIsNotAPendingChangeOnceSaved() {
        vm.departementProperty().set("Manche");
        assertFalse(autosave.isPending(), "not saved while the département is being chosen");
        vm.commitDepartement(() -> { });
        autosave.fire();

        assertEquals("50", stored().departement());
        assertFalse(vm.hasPendingChanges());
        assertFalse(autosave.isPending());
    }

    @Test
    void aDepartementTheTerritoryDoesNotTouchIsSavedOnlyOnceConfirmed() {
        context.territories().add(caseFile.id(), List.of(
                new TerritoryCommune("14047", "Bayeux", "14", 12_659, "INSEE", "2023", ""),
                new TerritoryCommune("14118", "Caen", "14", 106_230, "INSEE", "2023", "")));
        vm.departementProperty().set("Manche");
        dialogs.answer = false;

        vm.commitDepartement(() -> { });

        assertTrue(dialogs.shown.getLast().contains("Aucune des 2 communes du territoire n’est dans le 50 – Manche : "
                + "elles sont dans le 14 – Calvados (2 communes)."), dialogs.shown.toString());
        assertEquals("14", vm.departementProperty().get(), "« Annuler » puts the saved one back");
        assertEquals("14", stored().departement());

        vm.departementProperty().set("Manche");
        dialogs.answer = true;
        vm.flush(() -> { });
        assertEquals("50", stored().departement(), "saved once confirmed");
    }

    @Test
    void anEditMadeElsewhereMeanwhileIsReportedAndReloaded() {
        context.caseFiles().updateIdentity(caseFile.id(), caseFile.version(),
                new CaseIdentity("Renommée ailleurs", "14", "", ""));

        vm.nameProperty().set("Ma version");
        autosave.fire();

        assertTrue(dialogs.shown.getFirst().contains("a été modifié ailleurs"), dialogs.shown.toString());
        assertEquals("Renommée ailleurs", vm.nameProperty().get());
    }

    @Test
    void archiveThenRestore() {
        vm.archive();
        assertTrue(stored().archived());
        assertTrue(vm.archivedProperty().get());

        vm.restore();
        assertFalse(stored().archived());
    }

    @Test
    void deleteAsksForAConfirmationNamingTheCase() {
        dialogs.answer = false;
        vm.delete();
        assertEquals(1, context.caseFiles().list().size());
        assertTrue(dialogs.shown.getFirst().contains("« CPTS A »"));

        dialogs.answer = true;
        vm.delete();
        assertTrue(context.caseFiles().list().isEmpty());
        assertEquals(List.of(caseFile.id()), deleted);
    }

    @Test
    void aDeletionCanBeUndoneWithItsCommunesAndDocuments() {
        context.territories().add(caseFile.id(), List.of(new fr.referentcpts.core.territory.TerritoryCommune("14762",
                "Vire Normandie", "14", 1_000, "INSEE population municipale", "2019", "")));
        context.documents().attach(caseFile.id(), "statuts.pdf", new byte[] {1, 2, 3},
                fr.referentcpts.core.documents.DocumentKind.STATUTES, java.time.LocalDate.of(2025, 1, 6), "");
        dialogs.answer = true;
        vm.delete();
        assertTrue(context.caseFiles().list().isEmpty());
        assertEquals("Dossier « CPTS A » supprimé.", vm.deletionUndo().textProperty().get());
        assertTrue(undoDelay.isPending());

        vm.deletionUndo().undo();

        assertEquals("", vm.deletionUndo().textProperty().get());
        assertEquals("CPTS A", stored().name());
        assertEquals(caseFile.id(), changed.getLast().id(), "the restored case is shown again");
        assertEquals(1, context.territories().territory(caseFile.id()).communes().size());
        var document = context.documents().documents(caseFile.id()).getFirst();
        assertEquals("statuts.pdf", document.fileName());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new byte[] {1, 2, 3},
                context.documents().content(document));
    }

    @Test
    void theUndoOfferEndsAfterItsDelay() {
        dialogs.answer = true;
        vm.delete();
        undoDelay.fire();

        assertEquals("", vm.deletionUndo().textProperty().get());
        vm.deletionUndo().undo();
        assertTrue(context.caseFiles().list().isEmpty());
    }

    private CaseFile stored() {
        return context.caseFiles().get(caseFile.id());
    }
}
