package fr.referentcpts.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.geo.VintageComparison.Line;
import fr.referentcpts.core.geo.VintageComparison.Result;
import fr.referentcpts.core.geo.VintageComparison.StoredPopulation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A territory stored with older figures, compared with the referential's. */
class VintageComparisonTest {
    private static final String OLD = "INSEE population municipale 2022";
    private static final String CURRENT = "INSEE population municipale 2023";
    private final CommuneReferential referential = GeoFixtures.referential();

    @Test
    void eachCommuneShowsItsOldAndNewFigureAndTheDifference() {
        Result result = VintageComparison.compare(List.of(
                new StoredPopulation("14258", 7_702, OLD),
                new StoredPopulation("14467", 327, CURRENT)), referential);

        Line falaise = result.lines().getFirst();
        assertEquals("Falaise", falaise.name());
        assertEquals(7_702, falaise.storedPopulation());
        assertEquals(7_680, falaise.currentPopulation());
        assertEquals(-22, falaise.delta());
        assertEquals(OLD, falaise.storedVintage());
        assertEquals(CURRENT, falaise.currentVintage());
        assertTrue(falaise.changed());
        assertFalse(result.lines().get(1).changed(), "same figure, same vintage");
        assertEquals(List.of(falaise), result.changedLines());
        // 7 702 + 327 = 8 029 stored; 7 680 + 327 = 8 007 now.
        assertEquals(8_029, result.storedTotal());
        assertEquals(8_007, result.currentTotal());
        assertEquals(-22, result.delta());
    }

    @Test
    void aNewVintageThatCrossesFortyThousandChangesTheSizeClass() {
        // Stored: Caen is not in it; Lisieux 19 994 + Stains 19 990 (an old, lower figure) = 39 984 → taille 1.
        // Now: 19 994 + 39 543 = 59 537 → taille 2.
        Result result = VintageComparison.compare(List.of(
                new StoredPopulation("14366", 19_994, CURRENT),
                new StoredPopulation("93072", 19_990, OLD)), referential);

        assertEquals(1, result.storedSizeClass());
        assertEquals(2, result.currentSizeClass());
        assertTrue(result.sizeClassChanges());
    }

    @Test
    void aNewVintageWithinTheSameClassChangesFiguresButNotTheClass() {
        // 109 000 stored for Caen (taille 3), 109 400 now (taille 3).
        Result result = VintageComparison.compare(List.of(new StoredPopulation("14118", 109_000, OLD)), referential);

        assertTrue(result.anyChange());
        assertEquals(400, result.delta());
        assertEquals(3, result.currentSizeClass());
        assertFalse(result.sizeClassChanges());
    }

    @Test
    void aTerritoryStoredWithTheCurrentFiguresHasNoChange() {
        Result result = VintageComparison.compare(List.of(
                new StoredPopulation("14258", 7_680, CURRENT),
                new StoredPopulation("97611", 71_437, "INSEE population municipale 2017")), referential);

        assertFalse(result.anyChange());
        assertFalse(result.sizeClassChanges());
    }

    @Test
    void theSameFigureUnderAnotherVintageIsStillAChange() {
        Result result = VintageComparison.compare(List.of(new StoredPopulation("14258", 7_680, OLD)), referential);

        assertEquals(0, result.delta());
        assertTrue(result.anyChange(), "the vintage to sign with differs");
    }

    @Test
    void aCommuneNoLongerInTheReferentialKeepsItsStoredFigureAndIsReported() {
        // 14999 is no current commune (e.g. merged into a commune nouvelle since).
        Result result = VintageComparison.compare(List.of(
                new StoredPopulation("14999", 1_200, OLD),
                new StoredPopulation("14258", 7_680, CURRENT)), referential);

        Line gone = result.unknownCommunes().getFirst();
        assertEquals("14999", gone.inseeCode());
        assertFalse(gone.inReferential());
        assertEquals(1_200, gone.currentPopulation());
        assertEquals(8_880, result.currentTotal());
        assertTrue(result.anyChange());
    }
}
