package fr.referentcpts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.referentcpts.i18n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code funding --input FILE.json}: a worked sample case, the text format, and every bad input. */
class FundingCommandTest {
    /** A worked sample case. */
    static final String SAMPLE = """
            {"population": 105452, "signatureDate": "2026-03-15", "rulesVersion": "ACI-2019",
             "sizeClassOverride": null, "defaultAchievement": 1.0,
             "missions": [{"code": "ACCESS", "startDate": "2026-03-15", "snpOrientation": true},
                          {"code": "PATHWAYS", "startDate": "2026-09-01"}],
             "achievement": [{"mission": "ACCESS", "contractYear": 1, "rate": 0.8}]}
            """;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String input, String... options) throws IOException {
        Path file = dir.resolve("contrat.json");
        Files.writeString(file, input, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("funding", "--input", file.toString()));
        args.addAll(List.of(options));
        CliEnvironment env = new CliEnvironment(
                dataDir -> {
                    throw new AssertionError("the funding command must not open the data folder");
                },
                dir.resolve("data"), new Messages(), new PrintWriter(out, true), new PrintWriter(err, true));
        return Cli.commandLine(env, (dataDir, exit) -> {
            throw new AssertionError("no window");
        }, "test").execute(args.toArray(String[]::new));
    }

    @Test
    void theSampleOfTheIssuePrintsTheJsonOfTheIssue() throws IOException {
        assertEquals(0, run(SAMPLE), err.toString());
        JsonNode json = MAPPER.readTree(out.toString());
        assertEquals(List.of("sizeClass", "rulesVersion", "complete", "missing", "annual", "annualTotal", "payments",
                "contractTotal", "deadlines"), fieldNames(json));
        assertEquals(3, json.get("sizeClass").asInt());
        assertEquals("ACI-2019", json.get("rulesVersion").asText());
        assertTrue(json.get("complete").asBoolean());
        assertEquals(0, json.get("missing").size());
        // Taille 3: operating 75 000 + ACCESS 120 000 (with SNP orientation) + PATHWAYS 90 000
        assertEquals("285000.00", json.get("annualTotal").asText());
        assertEquals(List.of("null OPERATING 75000.00", "ACCESS FIXED 25000.00", "ACCESS VARIABLE 25000.00",
                "ACCESS SNP_COMPENSATION 15000.00", "ACCESS SNP_ORIENTATION 55000.00", "PATHWAYS FIXED 45000.00",
                "PATHWAYS VARIABLE 45000.00"), rows(json.get("annual"), "mission", "component", "amount"));
        json.get("annual").forEach(line -> assertFalse(line.get("reference").asText().isBlank()));
        assertEquals(Map.of("date", "2026-03-15", "contractYear", 1, "component", "OPERATING", "kind", "FULL",
                "amount", "75000.00", "explanation", "100 % de 75 000 € (fonctionnement de l’année 1, versé à la signature)"),
                withoutNulls(json.get("payments").get(0)));
        assertTrue(json.get("payments").get(0).has("mission") && json.get("payments").get(0).get("mission").isNull());
        // « 75 % de 45 000 € × 195/365 jours (démarrage le 01/09/2026) »: 45 000 × 0,75 × 195 / 365 = 18 030,82
        JsonNode pathways = find(json.get("payments"), "2026-09-01", "PATHWAYS", "FIXED");
        assertEquals("18030.82", pathways.get("amount").asText());
        assertEquals("75 % de 45 000 € × 195/365 jours (démarrage le 01/09/2026)",
                plainSpaces(pathways.get("explanation").asText()));
        // ACCESS variable of year 1 at 80 %: 25 000 × 0,8 = 20 000
        assertEquals("20000.00", find(json.get("payments"), "2027-03-15", "ACCESS", "VARIABLE").get("amount").asText());
        // operating 375 000 + ACCESS 592 000 + PATHWAYS 2 × (24 041,10 + 180 000) = 1 375 082,20
        assertEquals("1375082.20", json.get("contractTotal").asText());
        assertEquals(List.of("ACCESS 2026-09-15 2027-09-15", "PATHWAYS 2027-03-15 2028-03-15"),
                rows(json.get("deadlines"), "mission", "start", "deployed"));
        json.get("payments").forEach(p -> assertTrue(p.get("amount").asText().matches("\\d+\\.\\d{2}"), p.toString()));
    }

    @Test
    void theTextFormatIsAFrenchTable() throws IOException {
        assertEquals(0, run(SAMPLE, "--format", "text"), err.toString());
        String text = out.toString();
        assertTrue(text.contains("Population : 105\u202F452 habitants → taille 3"), text);
        assertTrue(text.contains("Parcours pluriprofessionnels – Volet fixe"), text);
        assertTrue(text.contains("18\u202F030,82\u00A0€"), text);
        assertTrue(text.matches("(?s).*Total du contrat\\s+1\u202F375\u202F082,20\u00A0€.*"), text);
        assertTrue(text.contains("Accès aux soins : démarrage au plus tard le 15/09/2026"), text);
    }

    @Test
    void theContractsOwnAmountReplacesAProposedOne() throws IOException {
        String input = """
                {"population": 105452, "signatureDate": "2026-03-15",
                 "missions": [{"code": "ACCESS"}, {"code": "PATHWAYS"}, {"code": "PREVENTION"}],
                 "confirmedAmounts": [{"mission": null, "component": "OPERATING", "amount": 131250}]}
                """;
        assertEquals(0, run(input), err.toString());
        JsonNode json = MAPPER.readTree(out.toString());
        assertEquals("ACI-2019-AV2", json.get("rulesVersion").asText());
        assertTrue(json.get("complete").asBoolean());
        assertEquals("131250.00", json.get("payments").get(0).get("amount").asText());
        assertEquals("CONTRACT", json.get("annual").get(0).get("status").asText());
        assertFalse(json.get("payments").get(0).get("explanation").asText().contains("proposé"));
    }

    @Test
    void aProposedAmountIsComputedAndFlaggedAndAnUnknownOneListed() throws IOException {
        String input = """
                {"population": 60000, "signatureDate": "2026-03-15", "missions": [{"code": "ACCESS"}, {"code": "CRISIS"}]}
                """;
        assertEquals(0, run(input), err.toString());
        JsonNode json = MAPPER.readTree(out.toString());
        // taille 2: fonctionnement 60 000 € proposed; the crisis amounts are unknown
        assertEquals("PROPOSED", json.get("annual").get(0).get("status").asText());
        assertEquals("60000.00", json.get("payments").get(0).get("amount").asText());
        assertTrue(json.get("payments").get(0).get("explanation").asText().endsWith("(montant proposé, à confirmer)"));
        assertFalse(json.get("complete").asBoolean());
        assertEquals("CRISIS.FIXED", json.get("missing").get(0).asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            population négative                | "population": -5                                  | « population »
            population en texte                | "population": "105452"                            | « population »
            clé inconnue                       | "populaton": 105452                               | « populaton »
            date de signature invalide         | "signatureDate": "2026-02-30"                     | « signatureDate »
            démarrage avant la signature       | "missions": [{"code": "PATHWAYS", "startDate": "2026-03-14"}] | « missions[0].startDate »
            démarrage après la fin du contrat  | "missions": [{"code": "PATHWAYS", "startDate": "2031-03-16"}] | « missions[0].startDate »
            mission inconnue                   | "missions": [{"code": "ACCES"}]                   | « missions[0].code »
            clé inconnue dans une mission      | "missions": [{"code": "ACCESS", "start": "2026-04-01"}] | « start »
            taux supérieur à 1                 | "achievement": [{"mission": "ACCESS", "contractYear": 1, "rate": 1.2}] | « achievement[0].rate »
            taux négatif                       | "achievement": [{"mission": "ACCESS", "contractYear": 2, "rate": -0.1}] | « achievement[0].rate »
            taux par défaut hors de [0, 1]     | "defaultAchievement": 2                           | « defaultAchievement »
            année de contrat hors du contrat   | "achievement": [{"mission": "ACCESS", "contractYear": 6, "rate": 1}] | « achievement[0].contractYear »
            taille imposée inconnue            | "sizeClassOverride": 5, "sizeClassOverrideReason": "x" | « sizeClassOverride »
            taille imposée sans motif          | "sizeClassOverride": 2                            | « sizeClassOverrideReason »
            version de règles inconnue         | "rulesVersion": "ACI-2030"                        | « rulesVersion »
            signature avant toute version      | "rulesVersion": null, "signatureDate": "2019-01-01" | « signatureDate »
            """)
    void aBadInputEndsWithExitCodeTwoAndAFrenchMessageNamingTheField(String label, String override, String field)
            throws IOException {
        String input = withOverride(override);
        assertEquals(2, run(input), out.toString());
        assertEquals("", out.toString());
        assertTrue(err.toString().contains(field), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void malformedJsonEndsWithExitCodeTwoAndItsPosition() throws IOException {
        assertEquals(2, run("{\"population\": 105452,, }"));
        assertTrue(err.toString().startsWith("contrat.json : JSON invalide (ligne 1, colonne"), err.toString());
    }

    @Test
    void aMissingSignatureDateIsNamed() throws IOException {
        assertEquals(2, run("{\"population\": 105452}"));
        assertEquals("contrat.json : le champ « signatureDate » est obligatoire.", err.toString().strip());
    }

    @Test
    void anUnknownOutputFormatIsRefused() throws IOException {
        assertEquals(2, run(SAMPLE, "--format", "xml"));
        assertTrue(err.toString().contains("--format"), err.toString());
    }

    @Test
    void aMissingInputFileIsAFrenchError() throws IOException {
        CliEnvironment env = new CliEnvironment(d -> null, dir, new Messages(), new PrintWriter(out, true),
                new PrintWriter(err, true));
        int exit = Cli.commandLine(env, (d, e) -> { }, "test")
                .execute("funding", "--input", dir.resolve("absent.json").toString());
        assertEquals(2, exit);
        assertTrue(err.toString().startsWith("Impossible de lire le fichier"), err.toString());
    }

    /** The sample with the keys of {@code override} replacing (or added to) its own. */
    private static String withOverride(String override) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode sample =
                (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(SAMPLE);
        JsonNode changes = MAPPER.readTree("{" + override + "}");
        changes.properties().forEach(e -> sample.set(e.getKey(), e.getValue()));
        return MAPPER.writeValueAsString(sample);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> rows(JsonNode array, String... fields) {
        List<String> rows = new ArrayList<>();
        for (JsonNode row : array) {
            List<String> values = new ArrayList<>();
            for (String field : fields) {
                values.add(row.get(field).isNull() ? "null" : row.get(field).asText());
            }
            rows.add(String.join(" ", values));
        }
        return rows;
    }

    private static Map<String, Object> withoutNulls(JsonNode node) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        node.properties().forEach(e -> {
            if (!e.getValue().isNull()) {
                map.put(e.getKey(), e.getValue().isInt() ? e.getValue().asInt() : plainSpaces(e.getValue().asText()));
            }
        });
        return map;
    }

    /** French amounts use U+202F and U+00A0; compare them with ordinary spaces for readability. */
    private static String plainSpaces(String text) {
        return text.replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    private static JsonNode find(JsonNode payments, String date, String mission, String component) {
        for (JsonNode p : payments) {
            if (p.get("date").asText().equals(date) && mission.equals(p.get("mission").asText())
                    && p.get("component").asText().equals(component)) {
                return p;
            }
        }
        throw new AssertionError(date + " " + mission + " " + component);
    }
}
