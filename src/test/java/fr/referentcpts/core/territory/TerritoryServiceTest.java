package fr.referentcpts.core.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Territories on a real database: total, order, corrections, overlaps between case files. */
class TerritoryServiceTest {
    @TempDir
    Path dataDir;
    private AppContext context;
    private TerritoryService territories;
    private CaseFile vire;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        territories = context.territories();
        vire = context.caseFiles().create(new CaseIdentity("CPTS du Bocage Virois", "14", "", ""));
    }

    @AfterEach
    void close() {
        context.close();
    }

    static TerritoryCommune commune(String code, String name, long population) {
        return new TerritoryCommune(code, name, TerritoryCommune.departementOf(code), population,
                "INSEE, populations légales", "2023", "");
    }

    @Test
    void communesAddUpInTheOrderTheyWereAdded() {
        territories.add(vire.id(), List.of(commune("14762", "Vire Normandie", 16_774), commune("14061", "Le Bény-Bocage", 2_000)));
        Territory territory = territories.add(vire.id(), List.of(commune("14762", "Vire Normandie", 16_774),
                commune("14658", "Souleuvre en Bocage", 8_785)));

        // 16 774 + 2 000 + 8 785 = 27 559; Vire added twice counts once.
        assertEquals(27_559, territory.totalPopulation());
        assertEquals(List.of("14762", "14061", "14658"),
                territories.territory(vire.id()).communes().stream().map(TerritoryCommune::inseeCode).toList());
    }

    @Test
    void aCorrectedPopulationKeepsItsReason() {
        territories.add(vire.id(), List.of(commune("14762", "Vire Normandie", 16_774)));

        territories.update(vire.id(), new TerritoryCommune("14762", "Vire Normandie", "14", 17_000,
                "Recensement communal", "2024", "Chiffre transmis par la mairie"));

        TerritoryCommune stored = territories.territory(vire.id()).communes().getFirst();
        assertEquals(17_000, stored.population());
        assertEquals("Chiffre transmis par la mairie", stored.overrideReason());
    }

    @Test
    void removingACommuneLowersTheTotal() {
        territories.add(vire.id(), List.of(commune("14762", "Vire Normandie", 16_774), commune("14061", "Le Bény-Bocage", 2_000)));

        assertEquals(2_000, territories.remove(vire.id(), "14762").totalPopulation());
    }

    @Test
    void aCommuneInAnotherLiveCaseIsFlaggedWithThatCasesName() {
        CaseFile other = context.caseFiles().create(new CaseIdentity("CPTS Pré-Bocage", "14", "", ""));
        territories.add(other.id(), List.of(commune("14061", "Le Bény-Bocage", 2_000)));
        territories.add(vire.id(), List.of(commune("14762", "Vire Normandie", 16_774), commune("14061", "Le Bény-Bocage", 2_000)));

        assertEquals(List.of(new Overlap("14061", other.id(), "CPTS Pré-Bocage")), territories.overlaps(vire.id()));
    }

    @Test
    void anAbandonedCaseDoesNotHoldItsCommunes() {
        CaseFile other = context.caseFiles().create(new CaseIdentity("CPTS abandonnée", "14", "", ""), WorkflowStage.ABANDONED);
        territories.add(other.id(), List.of(commune("14061", "Le Bény-Bocage", 2_000)));
        territories.add(vire.id(), List.of(commune("14061", "Le Bény-Bocage", 2_000)));

        assertTrue(territories.overlaps(vire.id()).isEmpty());
    }

    @Test
    void aBadInseeCodeIsRefusedAndNothingIsWritten() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> territories.add(vire.id(), List.of(commune("14762", "Vire", 1), commune("1476", "Vire", 1))));

        assertEquals("territory.error.inseeCode", e.messageKey());
        assertTrue(territories.territory(vire.id()).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"14762,true", "2A004,true", "2B033,true", "97411,true", "97611,true", "1476,false",
            "20004,false", "96001,false", "14A62,false", "00100,false"})
    void inseeCodesAreChecked(String code, boolean valid) {
        assertEquals(valid, InseeCodes.isValid(code));
    }

    @ParameterizedTest(name = "{0} habitants: taille {1}, à {2} du seuil de la taille {3} (au-dessus: {4})")
    @CsvSource({
            "27559, 1, 12441, 2, false",
            "38760, 1, 1240, 2, false",
            "40000, 2, 0, 2, true",
            "78760, 2, 1240, 3, false",
            "105452, 3, 25452, 3, true",
            "174999, 3, 1, 4, false",
            "175000, 4, 0, 4, true",
            "8500, 1, 31500, 2, false"})
    void theClosestThresholdIsNamed(long population, int sizeClass, long distance, int boundClass, boolean above) {
        assertEquals(new SizeClassHint(sizeClass, distance, boundClass, above),
                SizeClassHint.of(population, List.of(40_000L, 80_000L, 175_000L)));
    }

    @Test
    void theTerritoryChangeMovesTheCaseUpInTheList() {
        CaseFile other = context.caseFiles().create(new CaseIdentity("CPTS autre", "14", "", ""));
        assertFalse(vire.updatedAt().isAfter(other.updatedAt()));

        territories.add(vire.id(), List.of(commune("14762", "Vire Normandie", 16_774)));

        assertEquals(TestData.CLOCK.instant(), context.caseFiles().get(vire.id()).updatedAt());
    }
}
