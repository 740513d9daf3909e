package fr.referentcpts.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.cli.CliTestSupport;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages that name the real cause, checked before anything is written. */
class HonestMessagesTest {
    @TempDir
    Path dataDir;

    @Test
    void notesTooLongAreRefusedNamingTheFieldBeforeWriting() {
        try (AppContext context = TestData.open(dataDir)) {
            CaseFile c = context.caseFiles().create(new CaseIdentity("CPTS A", "14", "", ""));
            String notes = "n".repeat(19 * 1024 * 1024);

            ValidationException e = assertThrows(ValidationException.class, () -> context.caseFiles()
                    .updateIdentity(c.id(), c.version(), new CaseIdentity("CPTS A", "14", "", notes)));

            assertEquals("notes", e.field());
            assertTrue(new Messages().get(e).startsWith("Les notes ne peuvent pas dépasser 10"), new Messages().get(e));
            assertEquals("", context.caseFiles().get(c.id()).notes());
        }
    }

    @Test
    void aPopulationBeyondTwoToTheThirtyFirstIsRefusedNamingTheCommune() {
        try (AppContext context = TestData.open(dataDir)) {
            CaseFile c = context.caseFiles().create(new CaseIdentity("CPTS A", "14", "", ""));
            TerritoryCommune vire = new TerritoryCommune("14762", "Vire Normandie", "14", 3_000_000_000L, "INSEE",
                    "2023", "");

            DomainException e = assertThrows(DomainException.class, () -> context.territories().add(c.id(),
                    List.of(vire)));

            assertEquals("territory.error.populationTooLarge", e.messageKey());
            assertTrue(new Messages().get(e).contains("Vire Normandie"), new Messages().get(e));
            assertTrue(context.territories().territory(c.id()).communes().isEmpty());
        }
    }

    @Test
    void anEmptyDataDirIsRefusedRatherThanTheCurrentFolder() {
        CliTestSupport cli = new CliTestSupport(dataDir);

        assertEquals(2, cli.run("cases", "list", "--data-dir", ""));

        assertTrue(cli.err.toString().startsWith("Chemin vide"), cli.err.toString());
        assertFalse(Files.exists(Path.of("referent-cpts.lock")), "nothing created in the current folder");
    }

    @Test
    void demoGenerateLeavesNoTraceFile() throws Exception {
        CliTestSupport cli = new CliTestSupport(dataDir);

        assertEquals(0, cli.run("demo", "generate", "--count", "2"));

        try (Stream<Path> files = Files.list(dataDir)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".trace.db")).toList());
        }
    }
}
