package fr.referentcpts.ui.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.budget.BudgetFormat;
import fr.referentcpts.core.budget.PortfolioBudget;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** « Budget de la cellule » on the demonstration portfolio, on 22/11/2026. */
class BudgetViewModelTest {
    @TempDir
    Path dataDir;
    private AppContext context;
    private BudgetViewModel vm;
    private final FakeDialogs dialogs = new FakeDialogs();

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        context.demo().load();
        vm = new BudgetViewModel(context.budget(), new SyncTaskRunner(), dialogs, new Messages());
        vm.load();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private BudgetViewModel.Line last() {
        return vm.rows().getLast();
    }

    @Test
    void everyYearIsShownWithTheCellulesTotalsAndWhatIsFlagged() {
        PortfolioBudget budget = context.budget().budget();

        assertEquals("Toutes années", vm.yearProperty().get().label());
        assertEquals(budget.years().size() + 1, vm.years().size());
        BudgetViewModel.Line total = last();
        assertEquals("Total de la cellule", total.name());
        assertEquals("Toutes années", total.year());
        assertTrue(total.total());
        assertEquals(FrenchFormat.amount(budget.total().committed()), total.committed());
        assertEquals(FrenchFormat.amount(budget.total().paid()), total.paid());
        assertEquals(FrenchFormat.amount(budget.total().committed().subtract(budget.total().paid())), total.remaining());
        // the contracts in follow-up are listed with their stage, year by year, then their own total
        BudgetViewModel.Line caen = vm.rows().stream().filter(l -> l.name().equals("CPTS Caen Ouest")).findFirst()
                .orElseThrow();
        assertEquals("Suivi du contrat", caen.stage());
        assertEquals("Montants à confirmer", caen.status());
        assertFalse(caen.total());
        // its next years keep one line each: stage and status are not repeated
        BudgetViewModel.Line second = vm.rows().get(vm.rows().indexOf(caen) + 1);
        assertEquals("CPTS Caen Ouest", second.name());
        assertEquals("", second.stage());
        assertEquals("", second.status());
        assertTrue(vm.rows().stream().anyMatch(l -> l.name().equals("CPTS Caen Ouest")
                && l.year().equals("Total du contrat") && l.total()));
        assertTrue(vm.notesProperty().get().startsWith("Montants à confirmer : "), vm.notesProperty().get());
        assertTrue(vm.summaryProperty().get().startsWith(budget.contracts().size() + " dossier(s) : engagé "
                + FrenchFormat.amount(budget.total().committed())), vm.summaryProperty().get());
        assertTrue(vm.pipelineProperty().get().contains("Suivi du contrat : 2 (129\u202F803 hab.)"),
                vm.pipelineProperty().get());
        assertTrue(vm.pipelineProperty().get().contains("\nDossiers par référent (hors archivés) : "),
                vm.pipelineProperty().get());
    }

    @Test
    void choosingAYearShowsThatYearOnly() {
        BudgetViewModel.YearChoice y2026 = vm.years().stream().filter(c -> Integer.valueOf(2026).equals(c.year()))
                .findFirst().orElseThrow();

        vm.yearProperty().set(y2026);

        assertTrue(vm.rows().stream().allMatch(l -> l.year().equals("2026")), vm.rows().toString());
        assertEquals(FrenchFormat.amount(context.budget().budget(2026).total().committed()), last().committed());
        assertEquals("budget-cellule-2026.xlsx", vm.fileName(BudgetFormat.XLSX));
        vm.load();
        assertEquals(y2026, vm.yearProperty().get());
    }

    @Test
    void theExportWritesTheYearShownAndSaysWhere() throws Exception {
        assertEquals("budget-cellule.csv", vm.fileName(BudgetFormat.CSV));
        Path file = dataDir.resolve("budget.csv");

        vm.export(BudgetFormat.CSV, file);

        assertEquals(List.of("info: Le budget a été écrit dans " + file + "."), dialogs.shown);
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.getLast().startsWith("Total de la cellule;;;Toutes années;"), lines.getLast());
    }

    @Test
    void aFolderThatCannotBeWrittenIsSaidInFrench() {
        Path file = dataDir.resolve("absent").resolve("budget.xlsx");

        vm.export(BudgetFormat.XLSX, file);

        assertEquals(1, dialogs.shown.size());
        assertTrue(dialogs.shown.getFirst().startsWith("error: Impossible d’écrire le fichier « " + file),
                dialogs.shown.getFirst());
    }
}
