package fr.referentcpts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * JavaFX's own software renderer for the window on a Linux machine that has no graphics device to
 * accelerate OpenGL (a virtual machine, a remote session, a display without a graphics card):
 * there, OpenGL is Mesa's emulation on the processor (llvmpipe), which JavaFX would otherwise
 * draw through — the same pixels, for ≈ 60 Mo more memory (the LLVM compiler that emulation
 * loads) and a first image ≈ 0.1 s later (measured, README « Performances »). A machine with a
 * usable device (a node of {@code /dev/dri}, or of NVIDIA's own driver, that this user may open)
 * keeps JavaFX's choice, and so does a {@code prism.order} given on the command line. The Linux
 * launcher makes the same test to tell GTK not to set OpenGL up either ({@code GDK_GL=disable},
 * {@code packaging/LinuxLauncherScript.java}): that has to be in the environment before Java starts.
 */
final class SoftwareRendering {
    static final String PROPERTY = "prism.order";
    static final String SOFTWARE = "sw";

    private SoftwareRendering() {
    }

    /** Sets {@value #PROPERTY} for this process when {@link #choice} says so; before JavaFX starts. */
    static void chooseForThisMachine() {
        choice(System.getProperty("os.name", ""), Path.of("/dev"), System.getenv(), System.getProperty(PROPERTY))
                .ifPresent(order -> System.setProperty(PROPERTY, order));
    }

    /**
     * {@value #SOFTWARE} on Linux when OpenGL can only be emulated: no graphics device under
     * {@code dev} that this user may open ({@code dri/renderD…}, {@code dri/card…}, NVIDIA's
     * {@code nvidia0}…), or Mesa told to emulate ({@code LIBGL_ALWAYS_SOFTWARE}); empty elsewhere
     * and when {@code current} (a {@value #PROPERTY} already set) decides.
     */
    static Optional<String> choice(String osName, Path dev, Map<String, String> env, String current) {
        if (current != null || !osName.toLowerCase(java.util.Locale.ROOT).startsWith("linux")) {
            return Optional.empty();
        }
        String forced = env.getOrDefault("LIBGL_ALWAYS_SOFTWARE", "");
        boolean emulationAsked = !forced.isEmpty() && !forced.equals("0") && !forced.equalsIgnoreCase("false");
        return emulationAsked || !(hasUsableNode(dev.resolve("dri"), "renderD", "card")
                || hasUsableNode(dev, "nvidia0")) ? Optional.of(SOFTWARE) : Optional.empty();
    }

    private static boolean hasUsableNode(Path folder, String... prefixes) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> nodes = Files.list(folder)) {
            return nodes.anyMatch(node -> {
                String name = node.getFileName().toString();
                return java.util.Arrays.stream(prefixes).anyMatch(name::startsWith) && Files.isReadable(node)
                        && Files.isWritable(node);
            });
        } catch (IOException | SecurityException e) {
            // unreadable: JavaFX decides, as it did before this class
            return true;
        }
    }
}
