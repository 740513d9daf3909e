package fr.referentcpts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.referentcpts.core.geo.CommuneReferential;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.io.geo.CommuneFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code communes search} and {@code communes epci} as a script or a referent would type them. */
class CommunesCommandTest {
    private static CommuneReferential referential;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void load() {
        referential = CommuneFiles.load();
    }

    /** Runs the command line; opening a data folder fails the test: the referential needs none. */
    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CliEnvironment env = new CliEnvironment(dir -> {
            throw new AssertionError("the communes commands open no data folder");
        }, Path.of("nowhere"), new Messages(), new PrintWriter(out, true), new PrintWriter(err, true));
        picocli.CommandLine cl = Cli.commandLine(env, (dir, exit) -> {
            throw new AssertionError("no window");
        }, "9.9.9");
        return cl.execute(args);
    }

    @Test
    void searchPrintsCodeNameDepartementAndPopulationOfTheHomonyms() {
        assertEquals(0, run("communes", "search", "saint", "denis", "--limit", "4"));

        String text = out.toString();
        String[] lines = text.split("\\R");
        assertTrue(lines[0].startsWith("Code") && lines[0].contains("Commune") && lines[0].contains("Département")
                && lines[0].contains("Population"), lines[0]);
        assertTrue(lines[1].startsWith("97411") && lines[1].contains("974 La Réunion") && lines[1].contains("155\u202F634"),
                lines[1]);
        assertTrue(lines[2].startsWith("93066") && lines[2].contains("93 Seine-Saint-Denis") && lines[2].contains("149\u202F077"),
                lines[2]);
        assertTrue(lines[3].startsWith("11339") && lines[3].contains("11 Aude"), lines[3]);
        assertTrue(lines[4].startsWith("30247") && lines[4].contains("30 Gard"), lines[4]);
        assertTrue(text.contains("Seuls les 4 premiers résultats sont affichés"), text);
        assertTrue(text.contains("Population : INSEE population municipale 2023 (référentiel "
                + "@etalab/decoupage-administratif 6.0.0)."), text);
        assertEquals("", err.toString());
    }

    @Test
    void searchAsJsonGivesEachCommuneWithItsVintage() throws Exception {
        assertEquals(0, run("communes", "search", "sainte-mere-eglise", "--json"));

        JsonNode first = new ObjectMapper().readTree(out.toString()).get(0);
        assertEquals("50523", first.get("code").asText());
        assertEquals("Sainte-Mère-Église", first.get("name").asText());
        assertEquals("50", first.get("departement").asText());
        assertEquals("Manche", first.get("departementName").asText());
        assertEquals("50480", first.get("postalCodes").get(0).asText());
        assertTrue(first.get("population").asLong() > 0);
        assertEquals("INSEE population municipale 2023", first.get("populationVintage").asText());
    }

    @Test
    void searchByPostalCodeAndMayotteShowsItsOtherVintage() {
        assertEquals(0, run("communes", "search", "97600"));

        assertTrue(out.toString().contains("Mamoudzou"), out.toString());
        assertTrue(out.toString().contains("71\u202F437 (2017)"), "Mayotte's figures are the 2017 census: " + out);
        assertTrue(out.toString().contains("Entre parenthèses : année d’une population d’un autre millésime "
                + "(INSEE population municipale 2017)."), out.toString());
    }

    @Test
    void epciPrintsCodeNameTypeNumberOfCommunesAndPopulation() {
        long population = referential.epci("241400514").orElseThrow().population();

        assertEquals(0, run("communes", "epci", "communauté de communes du pays de falaise", "--limit", "3"));

        String line = out.toString().split("\\R")[1];
        assertTrue(line.startsWith("241400514") && line.contains("CC du Pays de Falaise") && line.contains(" CC ")
                && line.contains(" 58 "), line);
        assertTrue(line.endsWith(fr.referentcpts.core.common.FrenchFormat.integer(population)), line);
    }

    @Test
    void epciAsJsonListsTheMemberCommunes() throws Exception {
        assertEquals(0, run("communes", "epci", "241400514", "--json"));

        JsonNode epci = new ObjectMapper().readTree(out.toString()).get(0);
        assertEquals("CC du Pays de Falaise", epci.get("name").asText());
        assertEquals("CC", epci.get("type").asText());
        assertEquals(58, epci.get("communeCount").asInt());
        assertEquals(58, epci.get("communes").size());
    }

    @Test
    void nothingFoundIsSaidInFrenchAndIsNoError() {
        assertEquals(0, run("communes", "search", "zzzz"));
        assertEquals("Aucune commune ne correspond à « zzzz ».", out.toString().strip());

        assertEquals(0, run("communes", "epci", "zzzz", "--json"));
        assertEquals("[ ]", out.toString().strip());
    }

    @Test
    void anEmptyTextIsRefusedInFrenchWithExitCodeTwo() {
        assertEquals(Cli.EXIT_ERROR, run("communes", "search", "  "));

        assertEquals("Indiquez le texte à chercher : un nom, un code postal ou un code INSEE.", err.toString().strip());
        assertEquals("", out.toString());
    }

    @Test
    void aMissingTextIsRefusedInFrenchWithExitCodeTwo() {
        assertEquals(Cli.EXIT_ERROR, run("communes", "epci"));

        assertTrue(err.toString().startsWith("Paramètre obligatoire manquant : TEXTE"), err.toString());
    }

    @Test
    void aBadLimitIsRefusedInFrenchWithExitCodeTwo() {
        assertEquals(Cli.EXIT_ERROR, run("communes", "search", "caen", "--limit", "0"));
        assertEquals("Le nombre de résultats (--limit) doit être compris entre 1 et 1000.", err.toString().strip());

        assertEquals(Cli.EXIT_ERROR, run("communes", "search", "caen", "--limit", "beaucoup"));
        assertTrue(err.toString().startsWith("Valeur invalide pour --limit."), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void withoutASubCommandTheCommandsAreListed() {
        assertEquals(Cli.EXIT_ERROR, run("communes"));

        assertTrue(err.toString().contains("Précisez une commande après « referent-cpts communes »"), err.toString());
        assertTrue(err.toString().contains("search") && err.toString().contains("epci"), err.toString());
    }
}
