package fr.referentcpts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.settings.WorkflowSettings;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.testing.WorkflowFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cases show}, {@code cases advance} and {@code cases agenda} as a script would use them. */
class CaseWorkflowCommandsTest {
    @TempDir
    Path home;
    private CliTestSupport cli;
    private UUID id;

    @BeforeEach
    void setUp() {
        cli = new CliTestSupport(home);
        id = with((context, fixture) -> { }).id();
    }

    /** Prepares data in the folder, then closes it for the command line. */
    private CaseFile with(BiConsumer<AppContext, WorkflowFixture> work) {
        try (AppContext context = TestData.open(home)) {
            WorkflowFixture fixture = new WorkflowFixture(context);
            CaseFile caseFile = id == null ? fixture.newCase("CPTS du Bocage Virois") : context.caseFiles().get(id);
            work.accept(context, fixture);
            return caseFile;
        }
    }

    private JsonNode show() throws Exception {
        assertEquals(0, cli.run("cases", "show", id.toString(), "--json"), cli.err.toString());
        return new ObjectMapper().readTree(cli.out.toString());
    }

    @Test
    void showListsWhatIsDoneAndMissingAsJson() throws Exception {
        JsonNode json = show();
        assertEquals("PRE_PROJECT", json.get("stage").asText());
        assertEquals("Pré-projet", json.get("stageLabel").asText());
        assertEquals("LETTER_OF_INTENT", json.get("nextStage").asText());
        assertEquals(false, json.get("canAdvance").asBoolean());
        assertTrue(json.get("nextAction").asText().startsWith("Complétez l’équipe projet"));
        List<String> missing = new ArrayList<>();
        json.get("missingBlocking").forEach(n -> missing.add(n.asText()));
        assertEquals(List.of("PRE_TEAM", "PRE_CONTACT", "PRE_TERRITORY", "PRE_FIRST_CONTACT", "PRE_PROBLEMS",
                "PRE_INFO_MEETING"), missing);
        JsonNode first = json.get("requirements").get(0);
        assertEquals("PRE_TEAM", first.get("code").asText());
        assertEquals("BLOCKING", first.get("severity").asText());
        assertEquals("0 professionnel(s) de santé, 0 profession(s)", first.get("detail").asText());
        assertEquals(0, json.get("history").size());
    }

    @Test
    void advanceIsRefusedWithExitCodeTwoAndTheMissingBlockingRequirements() {
        assertEquals(2, cli.run("cases", "advance", id.toString(), "--to", "LETTER_OF_INTENT"));
        String err = cli.err.toString();
        assertTrue(err.startsWith("Impossible de passer à l’étape suivante : 6 élément(s) bloquant(s) manquant(s)."),
                err);
        assertTrue(err.contains("  – Équipe projet : au moins 2 professionnels de santé de 2 professions différentes"
                + " (0 professionnel(s) de santé, 0 profession(s))"), err);
        assertTrue(err.contains("  – Au moins une réunion d’information tenue"), err);
        assertEquals("", cli.out.toString());
    }

    @Test
    void advanceMovesForwardWithAPrefixOfTheIdAndRecordsTheDecision() throws Exception {
        with((context, fixture) -> {
            context.settings().save(new WorkflowSettings("Camille Roussel", 8, 0));
            fixture.completePreProject(id);
        });
        String prefix = id.toString().substring(0, 6);
        assertEquals(0, cli.run("cases", "advance", prefix, "--to", "letter_of_intent", "--decided-by", "ARS",
                "--reason", "Équipe constituée", "--date", "2026-11-20"), cli.err.toString());
        assertEquals("Dossier « CPTS du Bocage Virois » : Pré-projet → Lettre d’intention (décision du 20/11/2026).",
                cli.out.toString().strip());

        JsonNode entry = show().get("history").get(0);
        assertEquals("2026-11-20", entry.get("date").asText());
        assertEquals("ADVANCE", entry.get("kind").asText());
        assertEquals("PRE_PROJECT", entry.get("from").asText());
        assertEquals("LETTER_OF_INTENT", entry.get("to").asText());
        assertEquals("ARS", entry.get("decidedBy").asText());
        assertEquals("Équipe constituée", entry.get("reason").asText());
        assertEquals("Camille Roussel", entry.get("author").asText());
    }

    @Test
    void goingBackOrAbandoningNeedsAReason() {
        with((context, fixture) -> fixture.walkTo(id, WorkflowStage.HEALTH_PROJECT));
        assertEquals(2, cli.run("cases", "advance", id.toString(), "--to", "PRE_PROJECT"));
        assertEquals("Indiquez le motif.", cli.err.toString().strip());
        assertEquals(0, cli.run("cases", "advance", id.toString(), "--to", "LETTER_OF_INTENT", "--reason",
                "Lettre à compléter"), cli.err.toString());
        assertEquals(0, cli.run("cases", "advance", id.toString(), "--to", "ABANDONED", "--reason", "Équipe dispersée"));
        assertEquals(2, cli.run("cases", "advance", id.toString(), "--to", "FOLLOW_UP"));
        assertEquals("Depuis l’étape « Sans suite », le dossier ne peut pas aller à l’étape « Suivi du contrat ».",
                cli.err.toString().strip());
    }

    @Test
    void aTerminationPrintsTheAdvancesToRecover() throws Exception {
        with((context, fixture) -> fixture.walkTo(id, WorkflowStage.FOLLOW_UP));
        assertEquals(0, cli.run("cases", "advance", id.toString(), "--to", "TERMINATED", "--reason",
                "Missions non déployées"), cli.err.toString());
        assertTrue(cli.out.toString().startsWith("Avances à récupérer (prorata temporis) : "), cli.out.toString());
        assertTrue(show().has("recoveryTotal"));
    }

    @Test
    void idsMustBeLongEnoughAndUnambiguous() {
        assertEquals(2, cli.run("cases", "show", id.toString().substring(0, 3)));
        assertTrue(cli.err.toString().contains("au moins ses 4 premiers caractères"), cli.err.toString());
        assertEquals(2, cli.run("cases", "show", "ffff0000"));
        assertEquals("Aucun dossier ne correspond à « ffff0000 » (voir « cases list »).", cli.err.toString().strip());
        assertEquals(2, cli.run("cases", "advance", id.toString(), "--to", "NULLE_PART"));
        assertTrue(cli.err.toString().startsWith("Valeur invalide pour --to"), cli.err.toString());
    }

    @Test
    void theTextOfShowAndTheAgendaExport() throws Exception {
        with((context, fixture) -> fixture.walkTo(id, WorkflowStage.FOLLOW_UP));
        assertEquals(0, cli.run("cases", "show", id.toString()));
        String text = cli.out.toString();
        assertTrue(text.contains("Étape : Suivi du contrat"), text);
        assertTrue(text.contains("Prochaine action : Notez le dialogue de gestion de l’année 1"), text);
        assertTrue(text.contains("[!] Dialogue de gestion de l’année 1 (attendu à la date anniversaire du 15/07/2026)"),
                text);
        assertTrue(text.contains("Passage à l’étape suivante : Négociation et signature ACI → Suivi du contrat"), text);

        Path ics = home.resolve("agenda.ics");
        assertEquals(0, cli.run("cases", "agenda", "--ics", ics.toString()));
        assertTrue(cli.out.toString().contains("échéance(s) exportée(s)"), cli.out.toString());
        assertTrue(Files.readString(ics).contains("BEGIN:VEVENT"));
        assertEquals(0, cli.run("cases", "agenda"));
        assertTrue(cli.out.toString().contains("15/07/2026  CPTS du Bocage Virois – Date anniversaire n° 1 : dialogue "
                + "de gestion de l’année 1 – EN RETARD"), cli.out.toString());
    }
}
