package fr.referentcpts.core.geo;

import static fr.referentcpts.core.geo.GeoFixtures.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Adding a whole EPCI to a territory starts with finding it by the name people use. */
class EpciSearchTest {
    private final CommuneReferential referential = GeoFixtures.referential();

    private List<String> epciNames(String typed) {
        return referential.searchEpci(typed, 10).stream().map(Epci::name).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CC du Pays de Falaise", "cc du pays de falaise", "Communauté de communes du Pays de Falaise",
            "communaute de communes pays de falaise", "cc pays de falaise", "pays de falaise", "Pays de Falaise",
            "falaise"})
    void anEpciIsFoundByItsNameWithOrWithoutItsLegalForm(String typed) {
        assertEquals("CC du Pays de Falaise", epciNames(typed).getFirst());
    }

    @Test
    void theUsualNameOfAMetropoleOrAnAgglomerationFindsIt() {
        assertEquals("Métropole du Grand Paris", epciNames("grand paris").getFirst());
        assertEquals("CA Lisieux Normandie", epciNames("Communauté d’agglomération Lisieux Normandie").getFirst());
        assertEquals("CA Lisieux Normandie", epciNames("lisieux").getFirst());
        assertEquals("CA du Pays de Saint-Omer", epciNames("st omer").getFirst());
        assertEquals("CA Intercommunale du Nord de la Réunion (CINOR)", epciNames("cinor").getFirst());
    }

    @Test
    void aLegalFormAloneListsThatKindLargestFirst() {
        // CC by population: Pays de Falaise 8 007 (7 680 + 327), Cœur Côte Fleurie 8 158 (3 539 + 4 619),
        // Loges 3 065, Pré-Bocage 3 088, Île d'Oléron 1 358, Pyrénées Audoises 523, Uzès 296;
        // then « CA du Pays Ajaccien », which has « cc » inside a word.
        assertEquals(List.of("CC Cœur Côte Fleurie", "CC du Pays de Falaise", "CC Pré-Bocage Intercom", "CC des Loges",
                "CC de l'Île d'Oléron", "CC Pyrénées Audoises", "CC du Pays d'Uzès", "CA du Pays Ajaccien"),
                referential.searchEpci("CC", 20).stream().map(Epci::name).toList());
        assertEquals(List.of("CU Caen la Mer"), epciNames("communauté urbaine"));
    }

    @Test
    void anEpciIsFoundByItsSirenCode() {
        assertEquals(List.of("CC du Pays de Falaise"), epciNames("241400514"));
        // SIREN starting with 24, largest first: CINOR 155 634, Pays Ajaccien 76 320, Cœur Côte Fleurie 8 158, Pays de Falaise 8 007…
        assertEquals(List.of("CA Intercommunale du Nord de la Réunion (CINOR)", "CA du Pays Ajaccien",
                "CC Cœur Côte Fleurie", "CC du Pays de Falaise", "CC des Loges", "CC de l'Île d'Oléron"),
                epciNames("24"));
    }

    @Test
    void theMembersOfAnEpciAreItsCommunesAndItsPopulationTheirSum() {
        Epci falaise = referential.epci(GeoFixtures.PAYS_DE_FALAISE).orElseThrow();

        assertEquals(List.of("14258", "14467"), falaise.memberCodes());
        assertEquals(2, falaise.memberCount());
        assertEquals(7_680 + 327, falaise.population());
        assertEquals(List.of("Falaise", "Noron-l'Abbaye"), names(referential.membersOf(GeoFixtures.PAYS_DE_FALAISE)));
        assertEquals("CC", falaise.type());
    }

    @Test
    void aCommuneBelongsToTheEpciItNames() {
        Commune saintDenis = referential.commune("93066").orElseThrow();

        assertEquals(GeoFixtures.GRAND_PARIS, saintDenis.epci());
        assertTrue(referential.membersOf(saintDenis.epci()).contains(saintDenis));
        assertEquals(List.of(), referential.membersOf("000000000"));
    }

    @Test
    void anEpciOfMayotteCarriesTheMayotteVintage() {
        assertEquals("2017", referential.vintageOf(referential.epci("200067213").orElseThrow()).year());
        assertEquals("2023", referential.vintageOf(referential.epci(GeoFixtures.GRAND_PARIS).orElseThrow()).year());
    }

    @Test
    void aCommuneNamingAnUnknownEpciIsRefusedWhenBuilding() {
        CommuneReferentialBuilder builder = CommuneReferential.builder(GeoFixtures.SOURCE)
                .addCommune(GeoFixtures.commune("14118", "Caen", "14", 109_400, "123456789", "14000"));

        assertThrows(IllegalArgumentException.class, builder::build);
    }

    @Test
    void twoCommunesWithTheSameInseeCodeAreRefused() {
        CommuneReferentialBuilder builder = CommuneReferential.builder(GeoFixtures.SOURCE)
                .addCommune(GeoFixtures.commune("14118", "Caen", "14", 109_400, null, "14000"))
                .addCommune(GeoFixtures.commune("14118", "Caen bis", "14", 1, null, "14000"));

        assertThrows(IllegalArgumentException.class, builder::build);
    }
}
