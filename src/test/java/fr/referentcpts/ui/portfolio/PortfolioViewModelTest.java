package fr.referentcpts.ui.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.HeldTaskRunner;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portfolio list: loading, search as you type, archives, demo data, creation. */
class PortfolioViewModelTest {
    @TempDir
    Path dataDir;
    private AppContext context;
    private PortfolioViewModel vm;
    private final HeldTaskRunner held = new HeldTaskRunner();

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        vm = over(new SyncTaskRunner());
    }

    /** The list over this test's data folder, its database read by {@code worker}. */
    private PortfolioViewModel over(TaskRunner worker) {
        return new PortfolioViewModel(context.caseFiles(), context.demo()::load, context.departements(), worker,
                new FakeDialogs(), new Messages(), TestData.PARIS);
    }

    /** The demonstration case files as a close keeps them; {@link #vm} then reads the database by {@link #held}. */
    private List<CaseFile> keptDemo() {
        context.demo().load();
        vm = over(held);
        return context.caseFiles().list();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void anEmptyFolderShowsTheEmptyStateOnceLoaded() {
        assertFalse(vm.emptyProperty().get(), "not empty before knowing");
        vm.load(() -> { });
        assertTrue(vm.emptyProperty().get());

        vm.loadDemo();
        assertFalse(vm.emptyProperty().get());
        assertEquals(8, vm.visibleRows().size());
    }

    @Test
    void searchFiltersAsYouTypeIgnoringAccentsAndCase() {
        vm.loadDemo();

        vm.searchProperty().set("coeur");
        assertEquals(List.of("CPTS Cœur du Cotentin"), names());

        vm.searchProperty().set("calvados pre-projet");
        assertEquals(List.of("CPTS du Pays d’Auge Sud"), names());

        vm.searchProperty().set("manche");
        assertEquals(List.of("CPTS Cœur du Cotentin"), names());

        vm.searchProperty().set("");
        assertEquals(8, names().size());
    }

    @Test
    void archivedCasesAreHiddenUnlessAskedFor() {
        CaseFile created = context.caseFiles().create(new CaseIdentity("CPTS A", "14", "", ""));
        vm.load(() -> { });
        vm.selectedProperty().set(vm.visibleRows().getFirst());

        vm.upsert(context.caseFiles().setArchived(created.id(), created.version(), true));

        assertTrue(vm.visibleRows().isEmpty());
        assertNull(vm.selectedProperty().get());
        assertEquals("0 dossier(s) affiché(s) – 0 actif(s), 1 archivé(s)", vm.summaryProperty().get());
        vm.showArchivedProperty().set(true);
        assertEquals(List.of("CPTS A"), names());
    }

    @Test
    void aCreatedCaseIsAddedAndSelected() {
        vm.load(() -> { });
        NewCaseViewModel form = new NewCaseViewModel(context.caseFiles(), context.departements(),
                new SyncTaskRunner(), new Messages(), "Camille");
        form.nameProperty().set("CPTS Nouvelle");
        form.departementProperty().set("14 – Calvados");
        assertTrue(form.canCreateProperty().get());

        form.create(vm::upsert);

        assertEquals(List.of("CPTS Nouvelle"), names());
        assertEquals("CPTS Nouvelle", vm.selectedProperty().get().name());
        assertEquals("Camille", context.caseFiles().list().getFirst().referent());
    }

    @Test
    void theNewCaseFormShowsFrenchErrorsAndCreatesNothing() {
        NewCaseViewModel form = new NewCaseViewModel(context.caseFiles(), context.departements(),
                new SyncTaskRunner(), new Messages(), "");
        form.nameProperty().set("CPTS X");
        form.departementProperty().set("Bretagne");

        form.create(created -> { throw new AssertionError("must not be created"); });

        assertEquals("« Bretagne » n’est pas un département français (code ou nom, ex. : 14 ou Calvados).",
                form.fieldErrors().departementProperty().get());
        assertTrue(context.caseFiles().list().isEmpty());
    }

    private List<String> names() {
        return vm.visibleRows().stream().map(CaseRow::name).toList();
    }

    @Test
    void theListKeptByTheLastCloseShowsUntilTheDatabaseIsReadThenGivesWayToIt() {
        List<CaseFile> kept = keptDemo();
        context.caseFiles().updateIdentity(kept.getLast().id(), kept.getLast().version(),
                new CaseIdentity("CPTS renommée depuis", kept.getLast().departement(), "", ""));
        HeldTaskRunner rowsMaker = new HeldTaskRunner();
        int[] shown = new int[1];

        vm.showKept(kept, rowsMaker, () -> shown[0]++);
        vm.load(() -> { });
        rowsMaker.finishAll();

        assertEquals(1, shown[0]);
        assertEquals(kept.stream().map(CaseFile::name).toList(), names(), "the kept list, while the database opens");
        vm.selectedProperty().set(vm.visibleRows().get(2));
        held.finishAll();

        assertTrue(names().contains("CPTS renommée depuis"), "the database's list replaces it");
        assertEquals(kept.get(2).id(), vm.selectedProperty().get().caseFile().id(), "the referent's choice stays");
        vm.showKept(kept, rowsMaker, () -> shown[0]++);
        rowsMaker.finishAll();
        assertTrue(names().contains("CPTS renommée depuis"), "a kept list never comes after the database's");
        assertEquals(1, shown[0]);
    }
    @Test
    void aKeptListFoundCurrentByTheOpeningIsNotReadAgain() {
        List<CaseFile> kept = keptDemo();
        vm.showKept(kept, new SyncTaskRunner(), () -> { });
        assertFalse(vm.loadedProperty().get());

        int[] confirmed = new int[1];

        vm.confirmKept(() -> confirmed[0]++);

        assertTrue(vm.loadedProperty().get());
        assertEquals(1, confirmed[0]);
        assertEquals(kept.stream().map(CaseFile::name).toList(), names());
        assertTrue(held.finish.isEmpty(), "nothing read from the database");
    }

    @Test
    void aKeptListConfirmedBeforeItsRowsAreMadeIsShownWhenTheyAreAndTheDatabaseIsNotRead() {
        // the database may open before the kept list's rows are made: the list must not be read for it
        List<CaseFile> kept = keptDemo();
        HeldTaskRunner rowsMaker = new HeldTaskRunner();
        List<String> events = new ArrayList<>();
        vm.showKept(kept, rowsMaker, () -> events.add("shown"));

        vm.confirmKept(() -> events.add("loaded with " + names().size() + " rows"));

        assertEquals(List.of(), events, "nothing to show before the rows are made");
        assertFalse(vm.loadedProperty().get());
        rowsMaker.finishAll();
        assertEquals(List.of("shown", "loaded with " + kept.size() + " rows"), events);
        assertTrue(vm.loadedProperty().get());
        assertTrue(held.finish.isEmpty(), "nothing read from the database");
    }

    @Test
    void aKeptListConfirmedWhoseRowsCannotBeMadeGivesWayToTheDatabase() {
        List<CaseFile> kept = keptDemo();
        List<Runnable> failures = new ArrayList<>();
        TaskRunner failingRowsMaker = new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                failures.add(() -> onFailure.accept(new IllegalStateException("rows not made")));
            }
        };
        int[] loaded = new int[1];
        vm.showKept(kept, failingRowsMaker, () -> { });
        vm.confirmKept(() -> loaded[0]++);

        failures.forEach(Runnable::run);
        held.finishAll();

        assertEquals(1, loaded[0], "the list read from the database instead");
        assertEquals(kept.stream().map(CaseFile::name).toList(), names());
    }
}
