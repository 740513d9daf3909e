package fr.referentcpts.ui.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.casefile.WorkflowStage;
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

/** Building a territory from the official referential, without the toolkit. */
class CommuneSearchViewModelTest {
    @TempDir
    Path dataDir;
    private AppContext context;
    private TerritoryViewModel territory;
    private CommuneSearchViewModel search;
    private CaseFile caseFile;
    private WorkflowStage stage = WorkflowStage.PRE_PROJECT;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        caseFile = context.caseFiles().create(new CaseIdentity("CPTS A", "14", "", ""));
        territory = new TerritoryViewModel(context.territories(), context::communes, () -> List.of(40_000L, 80_000L, 175_000L),
                new SyncTaskRunner(), new FakeDialogs(), new Messages(), () -> { });
        search = new CommuneSearchViewModel(context::communes, territory, () -> stage, new SyncTaskRunner(),
                new Messages());
        territory.load(caseFile.id());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aCommuneFoundByNameIsAddedWithItsOfficialPopulationAndVintage() {
        search.queryProperty().set("vire normandie");
        assertFalse(search.hits().isEmpty());
        assertEquals("Vire Normandie (14)", search.hits().getFirst().label());

        search.add(search.hits().getFirst());

        TerritoryCommune added = context.territories().territory(caseFile.id()).communes().getFirst();
        assertEquals("14762", added.inseeCode());
        assertEquals("INSEE population municipale", added.populationSource());
        assertEquals("2023", added.populationVintage());
        assertEquals("", search.queryProperty().get(), "the search box is ready for the next commune");
    }

    @Test
    void aWholeEpciIsAddedInOneAction() {
        search.epciModeProperty().set(true);
        search.queryProperty().set("pays de falaise");
        CommuneSearchViewModel.Hit epci = search.hits().stream()
                .filter(h -> h.label().contains("Pays de Falaise")).findFirst().orElseThrow();

        search.add(epci);

        assertEquals(epci.epci().memberCount(), territory.rows().size());
        assertEquals(epci.epci().population(), context.territories().territory(caseFile.id()).totalPopulation());
    }

    @Test
    void anOlderFigureIsComparedWithTheReferentialAndTheSizeClassVerdictGiven() {
        context.territories().add(caseFile.id(), List.of(
                new TerritoryCommune("14762", "Vire Normandie", "14", 1_000, "INSEE population municipale", "2019", "")));
        territory.load(caseFile.id());

        search.compare();

        assertEquals(1, search.comparison().size());
        assertTrue(search.comparison().getFirst().startsWith("Vire Normandie : 1\u202F000 (INSEE population municipale 2019) →"),
                search.comparison().getFirst());
        assertTrue(search.comparisonSummaryProperty().get().endsWith("la taille reste 1."),
                search.comparisonSummaryProperty().get());

        search.applyReferential();
        assertTrue(context.territories().territory(caseFile.id()).communes().getFirst().population() > 1_000);
        assertEquals("Les populations du territoire sont celles du référentiel.", search.comparisonSummaryProperty().get());
    }

    @Test
    void aSignedContractsFiguresAreNeverReplacedSilently() {
        context.territories().add(caseFile.id(), List.of(
                new TerritoryCommune("14762", "Vire Normandie", "14", 1_000, "INSEE population municipale", "2019", "")));
        territory.load(caseFile.id());
        stage = WorkflowStage.FOLLOW_UP;

        search.applyReferential();

        assertEquals(1_000, context.territories().territory(caseFile.id()).communes().getFirst().population());
        assertTrue(search.comparisonSummaryProperty().get().startsWith("Contrat signé"));
    }

    @Test
    void aCorrectedPopulationNeedsAReason() {
        search.queryProperty().set("14762");
        search.add(search.hits().getFirst());
        TerritoryRow row = territory.rows().getFirst();

        assertFalse(territory.correctPopulation(row, "17 000", " "));
        assertTrue(territory.correctPopulation(row, "17 000", "Chiffre de la mairie"));

        TerritoryCommune stored = context.territories().territory(caseFile.id()).communes().getFirst();
        assertEquals(17_000, stored.population());
        assertEquals("Chiffre de la mairie", stored.overrideReason());
    }
}
