package fr.referentcpts.io.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.geo.Commune;
import fr.referentcpts.core.geo.CommuneReferential;
import fr.referentcpts.core.geo.CommuneReferentialBuilder;
import fr.referentcpts.core.geo.Epci;
import fr.referentcpts.core.geo.PopulationVintage;
import fr.referentcpts.core.geo.ReferentialSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The referential shipped in resources/geo, as the application loads it. */
class CommuneFilesTest {
    private static CommuneReferential referential;
    private static Properties source;

    @BeforeAll
    static void load() throws IOException {
        referential = CommuneFiles.load();
        source = new Properties();
        try (InputStream in = CommuneFilesTest.class.getClassLoader().getResourceAsStream("geo/SOURCE.properties")) {
            source.load(in);
        }
    }

    @Test
    void everyCommuneAndEpciOfTheSourceIsLoaded() {
        assertEquals(Integer.parseInt(source.getProperty("communes.count")), referential.communes().size());
        assertEquals(Integer.parseInt(source.getProperty("epci.count")), referential.epcis().size());
        assertTrue(referential.communes().size() > 34_000, "current communes of the 101 départements");
        assertEquals(101, referential.departementCodes().size());
        assertEquals(GeoFiles.loadDepartements().all().size(), referential.departementCodes().size());
    }

    @Test
    void theSourceIsThePackageVersionWithThe2023PopulationsAndMayotte2017() {
        ReferentialSource s = referential.source();

        assertEquals("@etalab/decoupage-administratif", s.packageName());
        assertEquals("6.0.0", referential.packageVersion());
        assertEquals(new PopulationVintage("INSEE population municipale", "2023"), referential.vintage());
        assertEquals("INSEE population municipale 2017", s.vintageOf("976").label());
        assertTrue(s.dataLicence().contains("Licence Ouverte"), s.dataLicence());
        assertTrue(s.vintageNote().contains("8680726"), s.vintageNote());
    }

    @Test
    void aCommuneCarriesItsCodesPopulationAndEpci() {
        Commune paris = referential.commune("75056").orElseThrow();
        Commune ajaccio = referential.commune("2A004").orElseThrow();

        assertEquals("Paris", paris.name());
        assertEquals(2_103_778, paris.population(), "populations légales 2023");
        assertEquals("200054781", paris.epci());
        assertEquals("2A", ajaccio.departement());
        assertTrue(ajaccio.postalCodes().contains("20000"));
        assertNull(referential.commune("29155").orElseThrow().epci(), "Ouessant belongs to no EPCI");
    }

    @Test
    void theMembersOfTheCcDuPaysDeFalaiseAreItsFiftyEightCommunes() {
        Epci falaise = referential.searchEpci("pays de falaise", 1).getFirst();
        List<Commune> members = referential.membersOf(falaise.code());

        assertEquals("CC du Pays de Falaise", falaise.name());
        assertEquals(58, falaise.memberCount());
        assertEquals(58, members.size());
        assertTrue(members.stream().allMatch(c -> c.departement().equals("14") && falaise.code().equals(c.epci())));
        assertEquals(members.stream().mapToLong(Commune::population).sum(), falaise.population());
    }

    @Test
    void everyCommuneButFourIslandsBelongsToAnEpci() {
        List<String> without = referential.communes().stream().filter(c -> c.epci() == null).map(Commune::name).sorted().toList();
        int members = referential.epcis().stream().mapToInt(Epci::memberCount).sum();

        assertEquals(List.of("L'Île-d'Yeu", "Ouessant", "Île-de-Bréhat", "Île-de-Sein"), without);
        assertEquals(referential.communes().size() - 4, members);
    }

    @Test
    void windowsLineEndsAndCommentsAreRead() {
        CommuneReferentialBuilder builder = CommuneReferential.builder(referential.source())
                .addEpci("241400514", "CC du Pays de Falaise", "CC");
        String text = "#code\tname\n14258\tFalaise\t14\t14700\t7680\t241400514\r\n\r\n08164\tFalaise\t08\t08400,08401\t346\t\r\n";

        int count = CommuneFiles.readCommunes(text.getBytes(StandardCharsets.UTF_8), new HashMap<>(), builder);
        CommuneReferential small = builder.build();

        assertEquals(2, count);
        assertEquals(List.of("08400", "08401"), small.commune("08164").orElseThrow().postalCodes());
        assertNull(small.commune("08164").orElseThrow().epci());
        assertEquals(7_680, small.epci("241400514").orElseThrow().population());
    }

    @Test
    void aDamagedLineIsAnErrorNotASilentGap() {
        CommuneReferentialBuilder builder = CommuneReferential.builder(referential.source());
        Map<String, String> shared = new HashMap<>();

        assertThrows(IllegalStateException.class, () -> CommuneFiles.readCommunes(
                "14258\tFalaise\t14\t14700\n".getBytes(StandardCharsets.UTF_8), shared, builder));
        assertThrows(IllegalStateException.class, () -> CommuneFiles.readCommunes(
                "14258\tFalaise\t14\t14700\t7 680\t\n".getBytes(StandardCharsets.UTF_8), shared, builder));
    }

}
