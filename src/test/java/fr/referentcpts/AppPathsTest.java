package fr.referentcpts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {
    private static final Path HOME = Path.of("/home/camille");

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertEquals(Path.of("/home/camille/.local/share/referent-cpts"),
                AppPaths.defaultDataDir("Linux", Map.of(), HOME));
        assertEquals(Path.of("/data/referent-cpts"),
                AppPaths.defaultDataDir("Linux", Map.of("XDG_DATA_HOME", "/data"), HOME));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:/Users/camille/AppData/Roaming/Referent CPTS"),
                AppPaths.defaultDataDir("Windows 11", Map.of("APPDATA", "C:/Users/camille/AppData/Roaming"), HOME));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(Path.of("/home/camille/Library/Application Support/Referent CPTS"),
                AppPaths.defaultDataDir("Mac OS X", Map.of(), HOME));
    }

    @Test
    void theDataDirArgumentIsReadBeforeAnythingElse() {
        assertEquals(Path.of("/tmp/x"), Launcher.dataDirArgument(new String[] {"cases", "list", "--data-dir", "/tmp/x"}));
        assertEquals(Path.of("/tmp/y"), Launcher.dataDirArgument(new String[] {"--data-dir=/tmp/y"}));
        assertEquals(null, Launcher.dataDirArgument(new String[] {"cases", "list"}));
    }

    @Test
    void onlyWindowArgumentsSkipTheCommandLineModel() {
        assertTrue(Launcher.opensTheWindowOnly(new String[] {}), "the menu entry");
        assertTrue(Launcher.opensTheWindowOnly(new String[] {"--data-dir", "/tmp/x", "--exit-after-startup"}));
        assertTrue(Launcher.opensTheWindowOnly(new String[] {"--exit-after-startup", "--data-dir=/tmp/x"}));
        assertFalse(Launcher.opensTheWindowOnly(new String[] {"cases", "list"}));
        assertFalse(Launcher.opensTheWindowOnly(new String[] {"--help"}));
        assertFalse(Launcher.opensTheWindowOnly(new String[] {"--data-dir"}), "a missing value is picocli's error");
        assertFalse(Launcher.opensTheWindowOnly(new String[] {"--data-dir", "--exit-after-startup"}));
        assertFalse(Launcher.opensTheWindowOnly(new String[] {"--data-dir", "/a", "--data-dir", "/b"}),
                "given twice: picocli refuses it");
        assertFalse(Launcher.opensTheWindowOnly(new String[] {"--exit-after-startup", "--exit-after-startup"}));
    }
}
