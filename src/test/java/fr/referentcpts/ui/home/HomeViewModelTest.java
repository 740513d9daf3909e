package fr.referentcpts.ui.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.ui.portfolio.PortfolioViewModel;
import fr.referentcpts.ui.settings.SettingsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The home screen on the demonstration portfolio: pipeline, population, « À venir », export, filters, settings. */
class HomeViewModelTest {
    @TempDir
    Path dataDir;
    private AppContext context;
    private HomeViewModel vm;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final Messages messages = new Messages();

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        context.demo().load();
        vm = new HomeViewModel(context.agenda(), context.calendarExport(), new SyncTaskRunner(), dialogs, messages, TestData.CLOCK);
        vm.load();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void thePipelineCountsTheCaseFilesPerStage() {
        assertEquals(List.of("Pré-projet 1", "Lettre d’intention 1", "Projet de santé 1",
                "Négociation et signature ACI 1", "Suivi du contrat 2", "Terminé 1", "Sans suite 1", "Résilié 0"),
                vm.pipeline().stream().map(i -> i.label() + " " + i.count()).toList());
        String[] lines = vm.populationProperty().get().split("\n");
        assertEquals("129\u202F803 habitants couverts par 2 contrat(s) en cours", lines[0]);
        assertTrue(lines[1].matches("Versements ACI prévus en 2026 : [0-9\u202F]+,[0-9]{2}\u00A0€"), lines[1]);
    }

    @Test
    void aVenirShowsTheOverdueFirstInRedAcrossCaseFiles() {
        HomeViewModel.DeadlineRow first = vm.upcoming().getFirst();
        assertTrue(first.overdue());
        assertEquals("CPTS du Bocage Virois", first.caseName());
        assertTrue(first.title().startsWith("Relancer l’ARS : décision attendue sur la lettre d’intention"));
        assertTrue(vm.upcoming().stream().anyMatch(r -> !r.overdue()));
        assertTrue(vm.upcoming().stream().map(HomeViewModel.DeadlineRow::caseName).distinct().count() >= 4);
        long overdue = vm.upcoming().stream().filter(HomeViewModel.DeadlineRow::overdue).count();
        assertEquals(overdue + " en retard, " + (vm.upcoming().size() - overdue) + " dans les trois prochains mois",
                vm.upcomingSummaryProperty().get());
    }

    @Test
    void theAgendaIsExportedAsAnIcsFile() throws Exception {
        Path file = dataDir.resolve("echeances.ics");
        vm.exportIcs(file);
        String text = Files.readString(file);
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n"));
        assertTrue(text.contains("X-WR-CALNAME:Référent CPTS – échéances"));
        assertTrue(dialogs.shown.getFirst().startsWith("info: "), dialogs.shown.toString());
        assertTrue(dialogs.shown.getFirst().contains("échéance(s) exportée(s)"));
    }

    @Test
    void thePortfolioFiltersByStageAndDepartement() {
        PortfolioViewModel portfolio = new PortfolioViewModel(context.caseFiles(), context.demo()::load,
                context.departements(), new SyncTaskRunner(), dialogs, messages, TestData.PARIS);
        portfolio.load(() -> { });
        assertEquals(List.of("14", "50"), portfolio.departementChoices());
        portfolio.departementFilterProperty().set("50");
        assertEquals(List.of("CPTS Cœur du Cotentin"), names(portfolio));
        portfolio.departementFilterProperty().set("14");
        portfolio.stageFilterProperty().set(WorkflowStage.FOLLOW_UP);
        assertEquals(List.of("CPTS Caen Ouest", "CPTS du Bessin"), names(portfolio));
        portfolio.stageFilterProperty().set(null);
        assertEquals(7, names(portfolio).size());
        assertEquals("14 – Calvados", portfolio.departementLabel("14"));
        portfolio.departementFilterProperty().set("");
        assertEquals(8, names(portfolio).size(), "the list's « all » entry shows every département");
    }

    @Test
    void savingACaseFileLeavesTheDepartementChoicesAloneUnlessTheyChange() {
        PortfolioViewModel portfolio = new PortfolioViewModel(context.caseFiles(), context.demo()::load,
                context.departements(), new SyncTaskRunner(), dialogs, messages, TestData.PARIS);
        portfolio.load(() -> { });
        List<String> changes = new java.util.ArrayList<>();
        portfolio.departementChoices().addListener((javafx.collections.ListChangeListener<String>) c ->
                changes.add(String.join(",", portfolio.departementChoices())));
        CaseFile caen = context.caseFiles().list().stream().filter(c -> c.name().equals("CPTS Caen Ouest"))
                .findFirst().orElseThrow();

        portfolio.upsert(context.caseFiles().updateIdentity(caen.id(), caen.version(),
                new CaseIdentity(caen.name(), "14", caen.referent(), "Notes revues")));
        assertEquals(List.of(), changes, "same départements: the filter's list is not rebuilt");

        portfolio.upsert(context.caseFiles().create(new CaseIdentity("CPTS d’Alençon", "61", "", "")));
        assertEquals(List.of("14,50,61"), changes);
    }

    @Test
    void theFiguresFollowACaseFileCreatedArchivedOrDeletedInTheList() {
        PortfolioViewModel portfolio = new PortfolioViewModel(context.caseFiles(), context.demo()::load,
                context.departements(), new SyncTaskRunner(), dialogs, messages, TestData.PARIS);
        portfolio.onChange(vm::changed, vm::load); // as the main window wires them
        portfolio.load(() -> { });
        assertEquals("Pré-projet 1", vm.pipeline().getFirst().label() + " " + vm.pipeline().getFirst().count());

        CaseFile created = context.caseFiles().create(new CaseIdentity("CPTS d’Alençon", "61", "", ""));
        portfolio.upsert(created);
        assertEquals(2, vm.pipeline().getFirst().count());

        CaseFile caen = context.caseFiles().list().stream().filter(c -> c.name().equals("CPTS Caen Ouest"))
                .findFirst().orElseThrow();
        portfolio.upsert(context.caseFiles().setArchived(caen.id(), caen.version(), true));
        assertEquals("Suivi du contrat 1", vm.pipeline().get(4).label() + " " + vm.pipeline().get(4).count());
        assertTrue(vm.upcoming().stream().noneMatch(r -> r.caseName().equals("CPTS Caen Ouest")));

        context.caseFiles().delete(created.id());
        portfolio.removed(created.id());
        assertEquals(1, vm.pipeline().getFirst().count());
    }

    @Test
    void settingsAreValidatedInFrenchAndSaved() {
        SettingsViewModel settings = new SettingsViewModel(context.settings(), new SyncTaskRunner(), messages);
        settings.load(() -> { });
        assertEquals("8", settings.weeksProperty().get());
        settings.weeksProperty().set("douze");
        int[] saved = {0};
        settings.save(() -> saved[0]++);
        assertEquals("Indiquez un nombre de semaines entre 1 et 52.", settings.weeksErrorProperty().get());
        settings.weeksProperty().set("60");
        settings.save(() -> saved[0]++);
        assertEquals("Indiquez un nombre de semaines entre 1 et 52.", settings.weeksErrorProperty().get());
        settings.weeksProperty().set("12");
        settings.referentNameProperty().set("Camille Roussel");
        settings.save(() -> saved[0]++);
        assertEquals(1, saved[0]);
        assertEquals(12, context.settings().get().letterDecisionWeeks());
        vm.load();
        assertTrue(vm.upcoming().stream().anyMatch(r -> r.title().startsWith("Relancer l’ARS") && !r.overdue()),
                "sent 11 weeks ago: not yet overdue with 12 weeks");
    }

    private static List<String> names(PortfolioViewModel portfolio) {
        return portfolio.visibleRows().stream().map(r -> r.name()).toList();
    }
}
