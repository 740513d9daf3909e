package fr.referentcpts.io.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFileConfiguratorTest {
    @TempDir
    Path dir;

    @Test
    void theLogGoesToTheDataFoldersLogsWithoutTheLibrariesChatter() throws Exception {
        LoggerContext context = contextAsLogbackMakesIt();
        Path logs = dir.resolve("logs");
        LogFileConfigurator.configure(context, logs.toString());
        context.getLogger("fr.referentcpts.App").info("Premier affichage en {} ms", 812);
        context.getLogger("org.flywaydb.core.Flyway").info("Successfully validated 13 migrations");
        context.getLogger("org.jooq.Constants").info("Thank you for using jOOQ");
        context.getLogger("org.flywaydb.core.Flyway").warn("Flyway avertit");
        context.stop();

        String log = Files.readString(logs.resolve("referent-cpts.log"));
        assertTrue(log.matches("(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[[^]]+] fr\\.referentcpts\\.App "
                + "- Premier affichage en 812 ms\n.*"), log);
        assertTrue(log.contains("Flyway avertit"), log);
        assertFalse(log.contains("Successfully validated"), log);
        assertFalse(log.contains("jOOQ"), log);
    }

    @Test
    void anUnusableFolderLosesTheLogOnlyAndThrowsNothing() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("logs"), "un fichier, pas un dossier");
        LoggerContext context = contextAsLogbackMakesIt();
        LogFileConfigurator.configure(context, notAFolder.toString());
        context.getLogger("fr.referentcpts.App").info("perdu");
        context.stop();
        assertEquals("un fichier, pas un dossier", Files.readString(notAFolder));
    }

    private static LoggerContext contextAsLogbackMakesIt() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        return context;
    }

    @Test
    void logbackFindsItButLeavesTheTestsOwnFileInCharge() {
        assertTrue(ServiceLoader.load(Configurator.class).stream()
                .anyMatch(p -> p.type() == LogFileConfigurator.class));
        assertEquals(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, new LogFileConfigurator().configure(new LoggerContext()));
    }
}
