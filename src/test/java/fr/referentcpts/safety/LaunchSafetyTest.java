package fr.referentcpts.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.Launcher;
import fr.referentcpts.testing.JvmProcess;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.testing.WriteThenDie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application as a shell starts it, and as a crash ends it, and what the user is told. */
class LaunchSafetyTest {
    @TempDir
    Path dir;

    @Test
    void aCaseReportedAsCreatedSurvivesTheProcessDyingAtOnce() throws Exception {
        Path data = dir.resolve("données");
        JvmProcess.Result run = JvmProcess.run(Map.of(), WriteThenDie.class, data.toString(), "5");

        assertEquals(5, run.out().lines().filter(l -> l.startsWith("créé")).count(), run.err());
        try (AppContext context = TestData.open(data)) {
            assertEquals(5, context.caseFiles().list().size(), "every acknowledged case is there");
        }
    }

    @Test
    void aNonAsciiPathUnderLangCIsRefusedInFrenchWithoutAStackTrace() throws Exception {
        JvmProcess.Result run = JvmProcess.run(Map.of("LANG", "C", "LC_ALL", "C"), Launcher.class,
                "cases", "list", "--data-dir", dir.resolve("données").toString());

        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("LANG=C.UTF-8"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    /** What a script sees: status 0 and the list when the command succeeds, 2 when it is refused. */
    @Test
    void aCommandThatSucceedsEndsItsProcessWithStatusZeroAndItsOutput() throws Exception {
        Path data = dir.resolve("donnees");
        try (AppContext context = TestData.open(data)) {
            context.caseFiles().create(new fr.referentcpts.core.casefile.CaseIdentity("CPTS du Bocage", "14", "", ""));
        }

        JvmProcess.Result run = JvmProcess.run(Map.of(), Launcher.class, "cases", "list", "--data-dir", data.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("CPTS du Bocage"), run.out());
        assertEquals(2, JvmProcess.run(Map.of(), Launcher.class, "cases", "show", "inconnu", "--data-dir",
                data.toString()).exit());
    }

    @Test
    void anUnusableDataFolderLeavesStandardOutputClean() throws Exception {
        Path file = Files.writeString(dir.resolve("un-fichier"), "pas un dossier");
        JvmProcess.Result run = JvmProcess.run(Map.of(), Launcher.class, "cases", "list", "--json", "--data-dir",
                file.resolve("sous-dossier").toString());

        assertEquals(2, run.exit());
        assertEquals("", run.out(), "nothing but JSON ever goes to standard output");
        assertTrue(run.err().contains("n’est pas utilisable"), run.err());
    }
}
