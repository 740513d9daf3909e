package fr.referentcpts.ui.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.InMemoryTerritories;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Populations typed in the territory tab, over territories kept in memory (no database). */
class TerritoryPopulationTest {
    private final InMemoryTerritories territories = new InMemoryTerritories();
    private TerritoryViewModel vm;
    private UUID caseId;

    @BeforeEach
    void open() {
        caseId = territories.newCase("CPTS A");
        vm = new TerritoryViewModel(territories.service(), fr.referentcpts.io.geo.CommuneFiles::load,
                () -> List.of(40_000L, 80_000L, 175_000L),
                new SyncTaskRunner(), new FakeDialogs(), new Messages(), () -> { });
        vm.load(caseId);
    }

    @Test
    void aPopulationCopiedFromTheScreenWithNarrowNoBreakSpacesIsRead() {
        type("14762", "Vire Normandie", "38\u202F760");

        vm.addManual();

        assertEquals("", vm.formErrorProperty().get());
        assertEquals(38_760, territories.communes(caseId).getFirst().population());
        assertEquals(TestData.CLOCK.instant(), territories.touchedAt(caseId).orElseThrow());
        // 40 000 − 38 760 = 1 240
        assertEquals("Taille 1 – à 1\u202F240 habitants du seuil de la taille 2", vm.sizeClassProperty().get());
    }

    @Test
    void aPopulationWithDecimalsIsRefusedNamingTheField() {
        type("14762", "Vire Normandie", "38 760,5");

        vm.addManual();

        assertEquals("Population : « 38 760,5 » n’est pas un nombre entier ; les décimales ne sont pas admises.",
                vm.formErrorProperty().get());
        assertTrue(territories.communes(caseId).isEmpty());
        assertTrue(territories.touchedAt(caseId).isEmpty(), "nothing saved");
    }

    @Test
    void aPopulationBeyondWhatCanBeStoredIsRefused() {
        type("14762", "Vire Normandie", "99 999 999 999 999 999 999");

        vm.addManual();

        assertEquals("Population : « 99 999 999 999 999 999 999 » est trop grand.", vm.formErrorProperty().get());
        assertTrue(territories.communes(caseId).isEmpty());
    }

    @Test
    void aCorrectedPopulationNeedsAReasonThenReplacesTheReferentialFigure() {
        type("14762", "Vire Normandie", "16 774");
        vm.addManual();
        TerritoryRow row = vm.rows().getFirst();

        assertFalse(vm.correctPopulation(row, "17 000", ""));
        assertEquals(16_774, territories.communes(caseId).getFirst().population());

        assertTrue(vm.correctPopulation(row, "17\u00A0000", "chiffre transmis par la mairie"));
        TerritoryCommune corrected = territories.communes(caseId).getFirst();
        assertEquals(17_000, corrected.population());
        assertEquals("chiffre transmis par la mairie", corrected.overrideReason());
    }

    private void type(String code, String name, String population) {
        vm.codeProperty().set(code);
        vm.nameProperty().set(name);
        vm.populationProperty().set(population);
        vm.vintageProperty().set("2023");
    }
}
