package fr.referentcpts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.referentcpts.cli.CliTestSupport;
import fr.referentcpts.io.funding.ImportedRules;
import fr.referentcpts.persistence.funding.JooqRulesStore;
import fr.referentcpts.persistence.Database;
import fr.referentcpts.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Opening a data folder reads no rules: the case list and the commands that compute no money
 * never pay for them, and what reading them reports (a stored version or an imported file that
 * no longer reads) is still logged, at their first use. The window reads their files beside its
 * opening (its home screen asks for them first), once.
 */
class RulesOnFirstUseTest {
    @TempDir
    Path dataDir;
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        logger(RulesLoader.class).addAppender(logged);
        logger(ImportedRules.class).addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger(RulesLoader.class).detachAppender(logged);
        logger(ImportedRules.class).detachAppender(logged);
    }

    @Test
    void anUnreadableStoredVersionIsWarnedAboutWhenTheRulesAreFirstUsed() {
        try (AppContext context = TestData.open(dataDir)) {
            JooqRulesStore store = new JooqRulesStore(context.repositories().transactions());
            context.repositories().transactions().inTransaction(() -> store.add("aci-illisible",
                    "{ pas du JSON".getBytes(StandardCharsets.UTF_8), TestData.CLOCK.instant()));
        }
        try (AppContext context = TestData.open(dataDir)) {
            context.caseFiles().list();
            assertEquals(List.of(), warnings(), "nothing read before the rules are used");

            assertFalse(context.rules().versions().isEmpty());
            context.rulesService().catalog();
            List<String> warnings = warnings();
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.getFirst().startsWith("Version des règles enregistrée illisible, ignorée"),
                    warnings.toString());
        }
    }

    @Test
    void listingTheCasesReadsNoRulesFileWhileShowingTheFundingDoes() throws Exception {
        CliTestSupport cli = new CliTestSupport(dataDir);
        assertEquals(0, cli.run("cases", "new", "--name", "CPTS du Bocage Virois", "--departement", "Calvados",
                "--referent", "Camille Roussel"));
        Files.createDirectories(dataDir.resolve("rules"));
        Files.writeString(dataDir.resolve("rules/aci-abime.json"), "{ pas du JSON");

        assertEquals(0, cli.run("cases", "list"));
        assertTrue(cli.out.toString().contains("CPTS du Bocage Virois"), cli.out.toString());
        assertEquals(List.of(), warnings(), "the rules folder was read by a command that needs no rules");

        assertEquals(0, cli.run("rules", "list"));
        assertTrue(warnings().stream().anyMatch(w -> w.startsWith("Fichier de règles ignoré")), warnings().toString());
    }

    @Test
    void theWindowReadsTheRulesFilesBesideItsOpeningOnceAndKnowsTheSameVersions() throws Exception {
        List<String> plain;
        try (AppContext context = TestData.open(dataDir)) {
            plain = context.rules().versions().stream().map(v -> v.id()).toList();
        }
        Files.createDirectories(dataDir.resolve("rules"));
        Files.writeString(dataDir.resolve("rules/aci-abime.json"), "{ pas du JSON");

        ReadAhead ahead = ReadAhead.start(dataDir);
        Database opening = Database.opening(dataDir, TestData.CLOCK, () -> null);
        try (AppContext context = AppContext.over(dataDir, opening, TestData.CLOCK, ahead)) {
            opening.completeOpening();
            assertEquals(plain, context.rules().versions().stream().map(v -> v.id()).toList());
            context.rulesService().catalog();
        }
        assertEquals(1, warnings().stream().filter(w -> w.startsWith("Fichier de règles ignoré")).count(),
                "the folder read ahead, and not again at the first use: " + warnings());
    }

    private List<String> warnings() {
        return logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static Logger logger(Class<?> type) {
        return (Logger) LoggerFactory.getLogger(type);
    }
}
