package fr.referentcpts.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.io.geo.CommuneFiles;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search on the whole shipped referential: what a referent typing in the editor gets. */
class ShippedReferentialSearchTest {
    private static CommuneReferential referential;

    @BeforeAll
    static void load() {
        referential = CommuneFiles.load();
    }

    @Test
    void theFourSaintDenisComeFirstEachWithItsDepartement() {
        List<Commune> found = referential.search("saint-denis", 10);

        // La Réunion 155 634, Seine-Saint-Denis 149 077, Aude 523, Gard 296; then Saint-Denis-….
        assertEquals(List.of("Saint-Denis (974)", "Saint-Denis (93)", "Saint-Denis (11)", "Saint-Denis (30)"),
                found.subList(0, 4).stream().map(Commune::label).toList());
        assertTrue(found.get(4).name().startsWith("Saint-Denis-"), found.get(4).name());
        assertEquals(found, referential.search("st denis", 10));
    }

    @Test
    void sainteMereEgliseIsFoundWithoutAccents() {
        assertEquals("50523", referential.search("sainte-mere-eglise", 5).getFirst().code());
        assertEquals("50523", referential.search("ste mere eg", 5).getFirst().code());
        assertEquals("Sainte-Mère (32)", referential.search("ste mere", 5).getFirst().label(), "the exact name first");
    }

    @Test
    void fiveDigitsFindTheCommunesOfThatPostalCodeAndTheCommuneOfThatInseeCode() {
        List<Commune> found = referential.search("14700", 100);

        // Postal code 14700: Falaise (7 680) and 20 villages; INSEE code 14700: Tour-en-Bessin (692).
        assertEquals(22, found.size());
        assertEquals(List.of("Falaise", "Tour-en-Bessin"), found.subList(0, 2).stream().map(Commune::name).toList());
        assertEquals(21, found.stream().filter(c -> c.postalCodes().contains("14700")).count());
    }

    @Test
    void theParisArrondissementPostalCodesFindParis() {
        assertEquals("Paris", referential.search("75015", 5).getFirst().name());
    }

    @Test
    void anEpciIsFoundByItsUsualName() {
        assertEquals("CC du Pays de Falaise", referential.searchEpci("communauté de communes du pays de falaise", 5).getFirst().name());
        assertEquals("Métropole du Grand Paris", referential.searchEpci("grand paris", 5).getFirst().name());
    }

    @Test
    void theShippedFilesAreInTheOrderTheSearchRanksNamesSoLoadingNeedsNoSort() {
        String[] communeKeys = referential.communes().stream().map(c -> SearchKeys.key(c.name())).toArray(String[]::new);
        String[] epciKeys = referential.epcis().stream()
                .map(e -> SearchQuery.legalForms(SearchKeys.key(e.name()))).toArray(String[]::new);

        assertTrue(NameIndex.inOrder(communeKeys), "communes.tsv: regenerate with build-referential.mjs");
        assertTrue(NameIndex.inOrder(epciKeys), "epci.tsv: regenerate with build-referential.mjs");
    }
}
