package fr.referentcpts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.CliTestSupport;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.TestData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packager's training run goes through every command-line path it names on the demonstration
 * portfolio: a path that fails (a renamed command, an option that changed) would leave its classes
 * out of the AOT cache, and the packaging would say so rather than ship a slower start.
 */
class AotTrainingTest {
    @TempDir
    Path dataDir;

    @Test
    void theTrainingRunsTheCommandsAReferentStartsWithAndPrintsADraftAnnex() throws Exception {
        assertEquals(0, new CliTestSupport(dataDir).run("demo", "load", "--data-dir", dataDir.toString()));
        StringWriter out = new StringWriter();
        CliEnvironment env = new CliEnvironment(dir -> AppContext.open(dir, TestData.CLOCK),
                dir -> AppContext.openForReading(dir, TestData.CLOCK, () -> null), dataDir, new Messages(),
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), () -> null, () -> null);

        assertEquals(0, AotTraining.commandLinePaths(env, dataDir), out.toString());

        for (String command : new String[] {"cases list", "cases show", "cases agenda", "portfolio budget", "funding",
                "annex"}) {
            assertTrue(out.toString().contains("training: " + command), command + " in\n" + out);
        }
        assertTrue(Files.readString(dataDir.resolve("training-annex.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF-"));
        long stages;
        try (AppContext context = AppContext.open(dataDir, TestData.CLOCK)) {
            stages = context.caseFiles().list().stream().map(c -> c.stage()).distinct().count();
        }
        assertTrue(stages >= 5, "the demonstration portfolio spans the stages: " + stages);
        assertEquals(stages, out.toString().lines().filter(l -> l.startsWith("training: annex ")).count(),
                "a draft annex of one case file per stage\n" + out);
    }

    @Test
    void theNoFolderTrainingComputesAFundingAndPrintsTheVersionAndTheHelp() {
        StringWriter out = new StringWriter();
        CliEnvironment env = new CliEnvironment(dir -> AppContext.open(dir, TestData.CLOCK), dataDir, new Messages(),
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));

        assertEquals(0, AotTraining.noFolderPaths(env, dataDir), out.toString());

        for (String command : new String[] {"funding --input", "--version", "--help", "funding --help"}) {
            assertTrue(out.toString().contains("training: " + command), command + " in\n" + out);
        }
        assertTrue(Files.notExists(dataDir.resolve("referent-cpts.mv.db")), "no data folder opened");
    }

    @Test
    void theCaseFilesTrainedOnAreTheFirstOfEachStageInTheList() {
        String json = """
                [ {"id" : "00000000-0000-0000-0000-000000000001", "name" : "A", "stage" : "FOLLOW_UP"},
                  {"id" : "00000000-0000-0000-0000-000000000002", "name" : "B", "stage" : "PRE_PROJECT"},
                  {"id" : "00000000-0000-0000-0000-000000000003", "name" : "C", "stage" : "FOLLOW_UP"} ]
                """;

        assertEquals(java.util.List.of("00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002"),
                AotTraining.onePerStage(json));
        assertEquals(java.util.List.of(), AotTraining.onePerStage(null));
    }

    /** The window's own training (Linux) goes through a draft annex and its preview, and records nothing. */
    @Test
    void theWindowsTrainingDrawsTheFirstPageOfADraftAnnexAndRecordsNothing() throws Exception {
        assertEquals(0, new CliTestSupport(dataDir).run("demo", "load", "--data-dir", dataDir.toString()));
        StringWriter err = new StringWriter();

        assertEquals(0, AotTraining.annexPaths(dataDir, TestData.CLOCK, new PrintWriter(err, true)), err.toString());

        try (AppContext context = AppContext.open(dataDir, TestData.CLOCK)) {
            for (var caseFile : context.caseFiles().list()) {
                assertEquals(java.util.List.of(), context.annexes().annexes(caseFile.id()), caseFile.name());
            }
        }
        java.nio.file.Path empty = dataDir.resolve("vide");
        assertEquals(1, AotTraining.annexPaths(empty, TestData.CLOCK, new PrintWriter(err, true)));
        assertTrue(err.toString().contains("no case file"), err.toString());
    }
}
