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
    void aLinuxMachineWithoutGraphicsDeviceGetsTheSoftwareRenderer() throws IOException {
        assertEquals(SOFTWARE, SoftwareRendering.choice("Linux", dir, Map.of(), null));
        Files.createFile(dir.resolve("null"));
        Files.createFile(dir.resolve("tty0"));
        assertEquals(SOFTWARE, SoftwareRendering.choice("Linux", dir, Map.of(), null));
    }

    @Test
    void aLinuxMachineWithAGraphicsDeviceKeepsOpenGl() throws IOException {
        Path render = Files.createDirectories(dir.resolve("render"));
        Files.createFile(Files.createDirectories(render.resolve("dri")).resolve("renderD128"));
        assertEquals(JAVAFX_CHOOSES, SoftwareRendering.choice("Linux", render, Map.of(), null));
        Path card = Files.createDirectories(dir.resolve("card"));
        Files.createFile(Files.createDirectories(card.resolve("dri")).resolve("card0"));
        assertEquals(JAVAFX_CHOOSES, SoftwareRendering.choice("Linux", card, Map.of(), null));
        Path nvidia = Files.createDirectories(dir.resolve("nvidia"));
        Files.createFile(nvidia.resolve("nvidia0"));
        assertEquals(JAVAFX_CHOOSES, SoftwareRendering.choice("Linux", nvidia, Map.of(), null));
    }

    @Test
    void aDeviceFolderWithNothingToDrawWithCountsAsNoDevice() throws IOException {
        Files.createDirectories(dir.resolve("dri").resolve("by-path"));
        assertEquals(SOFTWARE, SoftwareRendering.choice("Linux", dir, Map.of(), null));
    }

    @Test
    void mesaToldToEmulateGetsTheSoftwareRendererEvenWithADevice() throws IOException {
        Files.createFile(Files.createDirectories(dir.resolve("dri")).resolve("renderD128"));
        assertEquals(SOFTWARE, SoftwareRendering.choice("Linux", dir, Map.of("LIBGL_ALWAYS_SOFTWARE", "1"), null));
        assertEquals(JAVAFX_CHOOSES, SoftwareRendering.choice("Linux", dir, Map.of("LIBGL_ALWAYS_SOFTWARE", "0"), null));
    }

    @Test
    void anOrderGivenOnTheCommandLineAndOtherSystemsAreLeftAlone() {
        assertEquals(JAVAFX_CHOOSES, SoftwareRendering.choice("Linux", dir, Map.of(), "es2"));
        assertEquals(JAVAFX_CHOOSES, SoftwareRendering.choice("Windows 11", dir, Map.of(), null));
        assertEquals(JAVAFX_CHOOSES, SoftwareRendering.choice("Mac OS X", dir, Map.of(), null));
    }
}
