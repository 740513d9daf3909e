package fr.referentcpts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which renderer the window gets: JavaFX's software one only where OpenGL could only be emulated. */
class SoftwareRenderingTest {
    private static final Optional<String> SOFTWARE = Optional.of("sw");
    private static final Optional<String> JAVAFX_CHOOSES = Optional.empty();

    @TempDir
    Path dir;

    @Test
    void aLinuxMachineWithoutGraphicsDeviceGetsTheSoftwareRenderer() {
        assertEquals(SOFTWARE, SoftwareRendering.choice("Linux", dir.resolve("dri"), Map.of(), null));
    }

    @Test
    void aLinuxMachineWithAGraphicsDeviceKeepsOpenGl() throws IOException {
        Path dri = Files.createDirectories(dir.resolve("dri"));
        Files.createFile(dri.resolve("renderD128"));
        assertEquals(JAVAFX_CHOOSES, SoftwareRendering.choice("Linux", dri, Map.of(), null));
        Path cardOnly = Files.createDirectories(dir.resolve("card-only"));
        Files.createFile(cardOnly.resolve("card0"));
        assertEquals(JAVAFX_CHOOSES, SoftwareRendering.choice("Linux", cardOnly, Map.of(), null));
    }

    @Test
    void aDeviceFolderWithNothingToDrawWithCountsAsNoDevice() throws IOException {
        Path dri = Files.createDirectories(dir.resolve("dri"));
        Files.createDirectories(dri.resolve("by-path"));
        assertEquals(SOFTWARE, SoftwareRendering.choice("Linux", dri, Map.of(), null));
    }

    @Test
    void mesaToldToEmulateGetsTheSoftwareRendererEvenWithADevice() throws IOException {
        Path dri = Files.createDirectories(dir.resolve("dri"));
        Files.createFile(dri.resolve("renderD128"));
        assertEquals(SOFTWARE, SoftwareRendering.choice("Linux", dri, Map.of("LIBGL_ALWAYS_SOFTWARE", "1"), null));
        assertEquals(JAVAFX_CHOOSES, SoftwareRendering.choice("Linux", dri, Map.of("LIBGL_ALWAYS_SOFTWARE", "0"), null));
    }

    @Test
    void anOrderGivenOnTheCommandLineAndOtherSystemsAreLeftAlone() {
        assertEquals(JAVAFX_CHOOSES, SoftwareRendering.choice("Linux", dir.resolve("dri"), Map.of(), "es2"));
        assertEquals(JAVAFX_CHOOSES, SoftwareRendering.choice("Windows 11", dir.resolve("dri"), Map.of(), null));
        assertEquals(JAVAFX_CHOOSES, SoftwareRendering.choice("Mac OS X", dir.resolve("dri"), Map.of(), null));
    }
}
