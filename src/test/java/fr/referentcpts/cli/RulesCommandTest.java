package fr.referentcpts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a corrected rules file: validated, kept, never replacing a known version silently. */
class RulesCommandTest {
    @TempDir
    Path home;
    @TempDir
    Path files;

    private String shipped() throws Exception {
        try (var in = getClass().getClassLoader().getResourceAsStream("rules/ACI-2019.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aCorrectedFileUnderANewIdIsImportedAndKept() throws Exception {
        CliTestSupport cli = new CliTestSupport(home);
        Path file = files.resolve("corrige.json");
        Files.writeString(file, shipped().replace("\"id\": \"ACI-2019\"", "\"id\": \"ACI-2019-CORR\"")
                .replace("\"label\": \"ACI du 20 juin 2019\"", "\"label\": \"ACI du 20 juin 2019 (corrigé)\""));

        assertEquals(0, cli.run("rules", "import", file.toString()));
        assertTrue(cli.out.toString().startsWith("Règles « ACI-2019-CORR » importées"), cli.out.toString());

        assertEquals(0, cli.run("rules", "list"));
        assertTrue(cli.out.toString().contains("ACI-2019-CORR"), "kept in the data folder for the next start");
    }

    @Test
    void anotherContentUnderAShippedIdIsRefused() throws Exception {
        CliTestSupport cli = new CliTestSupport(home);
        Path file = files.resolve("pirate.json");
        Files.writeString(file, shipped().replace("\"label\": \"ACI du 20 juin 2019\"", "\"label\": \"Autre\""));

        assertEquals(2, cli.run("rules", "import", file.toString()));
        assertTrue(cli.err.toString().startsWith("Une version des règles « ACI-2019 » existe déjà"), cli.err.toString());
        assertEquals(0, cli.run("rules", "list"));
        assertTrue(cli.out.toString().contains("ACI-2019 – ACI du 20 juin 2019 (ACI-2019)"), cli.out.toString());
    }

    @Test
    void aMalformedFileIsExplained() throws Exception {
        CliTestSupport cli = new CliTestSupport(home);
        Path file = files.resolve("casse.json");
        Files.writeString(file, "{ pas du json");

        assertEquals(2, cli.run("rules", "import", file.toString()));
        assertTrue(cli.err.toString().contains("JSON invalide"), cli.err.toString());
    }

    static final String CONFIRMATION = """
            {"id": "ACI-2019-AV2-CPAM14", "completes": "ACI-2019-AV2", "confirmedBy": "Camille Roussel",
             "confirmedOn": "2026-11-20", "text": "Avenant 2, JO du 31/03/2022, art. 8",
             "amounts": [{"line": "OPERATING", "amounts": {"1": 50000, "2": 60000, "3": 75000, "4": 90000}},
                         {"line": "CRISIS.FIXED", "amounts": {"1": 10000, "2": 15000, "3": 22500, "4": 30000}},
                         {"line": "CRISIS.CONDITIONAL", "amounts": {"1": 30000, "2": 45000, "3": 67500, "4": 90000}},
                         {"line": "LETTER_OF_INTENT", "amounts": {"1": 15000, "2": 17500, "3": 25000, "4": 30000}}]}
            """;

    @Test
    void oneReferentConfirmsExportsAndTheCelluleImports(@TempDir Path colleague) throws Exception {
        CliTestSupport cli = new CliTestSupport(home);
        Path confirmation = files.resolve("confirmation.json");
        Files.writeString(confirmation, CONFIRMATION);

        assertEquals(0, cli.run("rules", "confirm", "--from", confirmation.toString()), cli.err.toString());
        assertTrue(cli.out.toString().startsWith("Version « ACI-2019-AV2-CPAM14 » créée : elle complète "
                + "« ACI-2019-AV2 » (4 montant(s) encore à confirmer)"), cli.out.toString());
        assertEquals(0, cli.run("rules", "list"));
        String list = cli.out.toString();
        assertTrue(list.contains("ACI-2019-AV2 – ACI du 20 juin 2019 modifié par l’avenant 2 (ACI-2019-AV2) "
                + "(en vigueur le 31/03/2022) – 20 montant(s) à confirmer"), list);
        assertTrue(list.contains("confirme « ACI-2019-AV2 » : par Camille Roussel le 20/11/2026, d’après "
                + "« Avenant 2, JO du 31/03/2022, art. 8 »"), list);
        assertTrue(list.contains("confirmée par la cellule : « ACI-2019-AV2-CPAM14 » s’applique aux nouveaux contrats"),
                list);

        Path shared = files.resolve("regles-cpam14.json");
        assertEquals(0, cli.run("rules", "export", "ACI-2019-AV2-CPAM14", "--out", shared.toString()));
        CliTestSupport other = new CliTestSupport(colleague);
        assertEquals(0, other.run("rules", "import", shared.toString()), other.err.toString());
        assertEquals(0, other.run("rules", "list"));
        assertTrue(other.out.toString().contains("ACI-2019-AV2-CPAM14"), other.out.toString());
        // the same file again changes nothing; the same id again is refused
        assertEquals(0, other.run("rules", "import", shared.toString()), other.err.toString());
        assertEquals(2, other.run("rules", "confirm", "--from", confirmation.toString()));
        assertTrue(other.err.toString().contains("« id » : l’identifiant « ACI-2019-AV2-CPAM14 » est déjà pris"),
                other.err.toString());
    }

    @Test
    void aConfirmationNamingAnUnknownLineIsRefusedWithItsField() throws Exception {
        CliTestSupport cli = new CliTestSupport(home);
        Path confirmation = files.resolve("confirmation.json");
        Files.writeString(confirmation, CONFIRMATION.replace("CRISIS.FIXED", "CRISIS.VARIABLE"));
        assertEquals(2, cli.run("rules", "confirm", "--from", confirmation.toString()));
        assertTrue(cli.err.toString().contains("amounts[1].line"), cli.err.toString());
        Files.writeString(confirmation, CONFIRMATION.replace("\"1\": 50000", "\"5\": 50000"));
        assertEquals(2, cli.run("rules", "confirm", "--from", confirmation.toString()));
        assertTrue(cli.err.toString().contains("amounts[0].amounts.5"), cli.err.toString());
    }

    @Test
    void fundingWithTheDataFolderKnowsTheConfirmedVersion() throws Exception {
        CliTestSupport cli = new CliTestSupport(home);
        Path confirmation = files.resolve("confirmation.json");
        Files.writeString(confirmation, CONFIRMATION);
        assertEquals(0, cli.run("rules", "confirm", "--from", confirmation.toString()));
        Path input = files.resolve("contrat.json");
        Files.writeString(input, """
                {"population": 60000, "signatureDate": "2026-03-15", "rulesVersion": "ACI-2019-AV2-CPAM14",
                 "missions": [{"code": "ACCESS"}, {"code": "PATHWAYS"}, {"code": "PREVENTION"}, {"code": "CRISIS"}],
                 "crisisRecognitions": [{"date": "2027-02-01", "reference": "ARS-2027-01"}],
                 "letterOfIntentValidated": "2025-10-01"}
                """);
        assertEquals(2, cli.run("funding", "--input", input.toString()), "unknown without the data folder");
        assertEquals(0, cli.run("funding", "--input", input.toString(), "--data-dir", home.toString()),
                cli.err.toString());
        String json = cli.out.toString();
        // taille 2: the letter-of-intent payment (17 500) first, year 0; the crisis conditional part on recognition
        assertTrue(json.matches("(?s).*\\{\\s*\"date\" : \"2025-10-01\",\\s*\"contractYear\" : 0,\\s*"
                + "\"mission\" : null,\\s*\"component\" : \"LETTER_OF_INTENT\",\\s*\"kind\" : \"FULL\",\\s*"
                + "\"amount\" : \"17500.00\".*"), json);
        assertTrue(json.matches("(?s).*\\{\\s*\"date\" : \"2027-02-01\",\\s*\"contractYear\" : 1,\\s*"
                + "\"mission\" : \"CRISIS\",\\s*\"component\" : \"CONDITIONAL\",\\s*\"kind\" : \"ON_CRISIS\",\\s*"
                + "\"amount\" : \"45000.00\".*"), json);
        assertTrue(json.contains("\"complete\" : true"), json);
    }
}
