package fr.referentcpts.core.geo;

import static fr.referentcpts.core.geo.GeoFixtures.labels;
import static fr.referentcpts.core.geo.GeoFixtures.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The type-ahead search of the territory editor, on a few real communes. */
class CommuneSearchTest {
    private final CommuneReferential referential = GeoFixtures.referential();

    @Test
    void exactNamesComeFirstThenNamesStartingWithTheTextThenNamesContainingIt() {
        // Exact « Saint-Denis » ×4 by population (974: 155 634 > 93: 149 077 > 11: 523 > 30: 296),
        // then the names starting with it (3 065 > 1 358), then the one containing it.
        assertEquals(List.of("Saint-Denis (974)", "Saint-Denis (93)", "Saint-Denis (11)", "Saint-Denis (30)",
                "Saint-Denis-de-l'Hôtel (45)", "Saint-Denis-d'Oléron (17)", "L'Île-Saint-Denis (93)"),
                labels(referential.search("Saint-Denis", 20)));
    }

    @Test
    void aTextInsideAWordComesAfterTheNamesWhereItStartsAWord() {
        // « ville » starts Ville-d'Avray (11 089) and Villers-Bocage (3 088), is inside Trouville (4 619) and Deauville (3 539).
        assertEquals(List.of("Ville-d'Avray", "Villers-Bocage", "Trouville-sur-Mer", "Deauville"),
                names(referential.search("ville", 20)));
        // « mer » starts a word of Trouville-sur-Mer and Sainte-Mère-Église, but is inside Saint-Omer (14 034).
        assertEquals(List.of("Trouville-sur-Mer", "Sainte-Mère-Église", "Saint-Omer"), names(referential.search("mer", 20)));
    }

    @Test
    void homonymsAreToldApartByTheirDepartement() {
        List<Commune> found = referential.search("saint denis", 4);

        assertEquals(List.of("974", "93", "11", "30"), found.stream().map(Commune::departement).toList());
        assertEquals(List.of("97411", "93066", "11339", "30247"), found.stream().map(Commune::code).toList());
    }

    @Test
    void aDepartementCodeTypedAfterTheNameKeepsOnlyThatDepartement() {
        assertEquals(List.of("Saint-Denis (93)", "L'Île-Saint-Denis (93)"), labels(referential.search("saint denis 93", 10)));
        assertEquals(List.of("Saint-Denis (974)"), labels(referential.search("Saint-Denis (974)", 10)));
        assertEquals(List.of("Falaise (14)"), labels(referential.search("falaise 14", 10)));
    }

    @Test
    void aNumberThatIsNoDepartementOfTheNameIsSearchedAsText() {
        // « 15 » is the Cantal: no Falaise there, so the whole text is searched — and nothing has « 15 ».
        assertEquals(List.of(), referential.search("falaise 15", 10));
    }

    @Test
    void stAndSteAreReadAsSaintAndSainte() {
        assertEquals(referential.search("saint denis", 20), referential.search("St-Denis", 20));
        assertEquals(List.of("Sainte-Mère-Église"), names(referential.search("ste mere eglise", 5)));
        assertEquals(List.of("Saint-Omer"), names(referential.search("st omer", 5)));
    }

    @Test
    void aTypedStIsAlsoTheBeginningOfStrasbourgAndStains() {
        List<String> found = names(referential.search("st", 20));

        // Strasbourg (293 771) and Stains (39 543) start with « st »; the Saint-… start with « saint ».
        assertEquals("Strasbourg", found.getFirst());
        assertTrue(found.containsAll(List.of("Stains", "Saint-Denis", "Sainte-Mère-Église", "Saint-Omer")), found.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sainte-mere-eglise", "SAINTE MÈRE ÉGLISE", "Sainte Mere Eglise", "sainte-mère-église ",
            "  sainte   mere-eglise", "sainte mere", "mere eglise"})
    void accentsCaseHyphensAndSpacesAreIgnored(String typed) {
        assertEquals("Sainte-Mère-Église", referential.search(typed, 5).getFirst().name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"l'hay-les-roses", "L’Haÿ-les-Roses", "l hay les roses", "lhay les roses", "lhay"})
    void apostrophesAreIgnoredAndMayBeLeftOutWithTheirSpace(String typed) {
        assertEquals("L'Haÿ-les-Roses", referential.search(typed, 5).getFirst().name());
    }

    @Test
    void wordsMayBeTypedInAnyOrder() {
        assertEquals(List.of("Sainte-Mère-Église"), names(referential.search("eglise sainte mere", 5)));
        assertEquals("L'Île-Saint-Denis", referential.search("ile denis", 5).getFirst().name());
    }

    @Test
    void aFullPostalCodeFindsItsCommunes() {
        assertEquals(List.of("Falaise", "Noron-l'Abbaye"), names(referential.search("14700", 10)));
        assertEquals(List.of("Saint-Denis (93)"), labels(referential.search("93210", 10)));
    }

    @Test
    void theFirstDigitsOfAPostalOrInseeCodeFindTheCommunesStartingThatWayLargestFirst() {
        // Calvados: Caen 109 400, Lisieux 19 994, Falaise 7 680, Trouville 4 619, Deauville 3 539, Villers-Bocage 3 088, Noron 327.
        assertEquals(List.of("Caen", "Lisieux", "Falaise", "Trouville-sur-Mer", "Deauville", "Villers-Bocage",
                "Noron-l'Abbaye"), names(referential.search("14", 10)));
        assertEquals(List.of("Caen", "Lisieux"), names(referential.search("141", 10)));
    }

    @Test
    void anInseeCodeFindsItsCommuneIncludingCorsica() {
        assertEquals(List.of("Caen"), names(referential.search("14118", 10)));
        assertEquals(List.of("Ajaccio"), names(referential.search("2A004", 10)));
        assertEquals(List.of("Ajaccio"), names(referential.search("2a004", 10)));
        assertEquals(List.of("Ajaccio"), names(referential.search("2A", 10)));
        assertEquals(List.of("Ajaccio"), names(referential.search("20090", 10)));
    }

    @Test
    void theLimitIsRespectedKeepingTheBest() {
        assertEquals(List.of("Saint-Denis (974)", "Saint-Denis (93)"), labels(referential.search("saint denis", 2)));
        assertThrows(IllegalArgumentException.class, () -> referential.search("saint", 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "-", "’"})
    void aBlankTextFindsNothing(String typed) {
        assertEquals(List.of(), referential.search(typed, 10));
    }

    @Test
    void nothingMatchingGivesAnEmptyList() {
        assertEquals(List.of(), referential.search("zzz", 10));
        assertEquals(List.of(), referential.search("99999", 10));
    }

    @Test
    void aCommuneIsFoundByItsInseeCodeWhateverItsCase() {
        assertEquals("Ajaccio", referential.commune("2a004").orElseThrow().name());
        assertEquals("Caen", referential.commune(" 14118 ").orElseThrow().name());
        assertTrue(referential.commune("14999").isEmpty());
        assertTrue(referential.commune(null).isEmpty());
    }

    @Test
    void populationsCarryTheReferentialVintageExceptMayotte() {
        assertEquals("INSEE population municipale 2023", referential.vintage().label());
        assertEquals("INSEE population municipale 2023", referential.vintageOf(referential.commune("14118").orElseThrow()).label());
        assertEquals("INSEE population municipale 2017", referential.vintageOf(referential.commune("97611").orElseThrow()).label());
        assertEquals("6.0.0", referential.packageVersion());
    }
}
