import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The Linux launcher {@code bin/referent-cpts}: a shell script that starts the image's own Java
 * with the options of the launcher's configuration ({@code lib/app/referent-cpts.cfg}, written
 * by jpackage from {@code packaging/jpackage/*.txt}), in place of jpackage's native launcher.
 *
 * <p>Why: before every start, jpackage's Linux launcher asks the package managers which package
 * owns it — {@code rpm -qf} then {@code dpkg -S}, twice (once in the launcher, once in its
 * library), plus {@code dpkg -L} once installed from the .deb. {@code dpkg -S} reads the list of
 * files of every installed package: 0.17 s each on the build machine (777 packages), more on a
 * desktop with thousands; in all ≈ 0.45 s before Java even starts, for the window and for each
 * command alike. The script does none of it.
 *
 * <p>The runtime keeps its {@code bin/java} for that (no {@code --strip-native-commands} in
 * {@code packaging/jpackage/linux.txt}). The script resolves its own location (through the
 * {@code /usr/bin} link of a package, if any), so the image works wherever it is unpacked.
 *
 * <p>When the image has the commands' own AOT caches ({@link PackageApp#COMMANDS_AOT_FILE},
 * {@link PackageApp#NO_FOLDER_AOT_FILE}), the script gives a command its cache and the window's
 * cache to the window ({@link #cacheChoice}).
 */
final class LinuxLauncherScript {
    private static final String APPDIR = "$APPDIR";
    private static final String AOT_CACHE = "-XX:AOTCache=";

    /**
     * Without a graphics device this user may open (a virtual machine, a remote session), JavaFX
     * draws in software ({@code SoftwareRendering}, same test); GTK would still set up OpenGL when
     * it opens the display, to choose its visuals: Mesa's emulation and its LLVM compiler loaded
     * for nothing, ≈ 0.1 s before the first frame (measured on the build machine, README
     * « Performances »). {@code GDK_GL=disable} tells GTK not to; a {@code GDK_GL} already set is
     * left as it is, and a machine with a device keeps GTK's OpenGL (JavaFX draws through it).
     */
    static final String GTK_WITHOUT_OPENGL = """
            # Sans périphérique graphique utilisable, JavaFX dessine en logiciel (SoftwareRendering.java) :
            # GTK n’a pas à préparer OpenGL en ouvrant l’affichage (LinuxLauncherScript.java).
            if [ -z "${GDK_GL+x}" ]; then
              gdk_gl=disable
              for node in /dev/dri/renderD* /dev/dri/card* /dev/nvidia0; do
                if [ -r "$node" ] && [ -w "$node" ]; then gdk_gl=; break; fi
              done
              case ${LIBGL_ALWAYS_SOFTWARE:-0} in 0|false|FALSE|False) ;; *) gdk_gl=disable ;; esac
              if [ -n "$gdk_gl" ]; then GDK_GL=$gdk_gl; export GDK_GL; fi
            fi
            """;

    /**
     * Where the image is: {@code root} above {@code bin/}, found by the shell itself; {@code readlink}
     * only when started through a link (the package's {@code /usr/bin/referent-cpts}, a linked
     * folder). {@code readlink} and two {@code dirname} at every start cost ≈ 14 ms of processes.
     */
    static final String LOCATION = """
            launcher=$0
            case $launcher in /*) ;; *) launcher=$PWD/$launcher ;; esac
            root=${launcher%/bin/*}
            if [ -L "$launcher" ] || [ ! -x "$root/lib/runtime/bin/java" ]; then
              launcher=$(readlink -f "$launcher")
              root=${launcher%/bin/*}
            fi
            """;

    private LinuxLauncherScript() {
    }

    /** Replaces the image's launcher with the script, from the configuration {@code cfg}. */
    static void write(Path launcher, Path cfg) throws IOException {
        List<String> classPath = new ArrayList<>();
        List<String> options = new ArrayList<>();
        String mainClass = null;
        for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
            if (line.startsWith("app.classpath=")) {
                classPath.add(line.substring("app.classpath=".length()));
            } else if (line.startsWith("app.mainclass=")) {
                mainClass = line.substring("app.mainclass=".length());
            } else if (line.startsWith("java-options=")) {
                options.add(line.substring("java-options=".length()));
            }
        }
        if (mainClass == null || classPath.isEmpty()) {
            throw new IllegalStateException("no main class or class path in " + cfg);
        }
        StringBuilder script = new StringBuilder();
        script.append("#!/bin/sh\n")
                .append("# Référent CPTS — lanceur Linux écrit par packaging/PackageApp.java depuis lib/app/")
                .append(cfg.getFileName()).append(".\n")
                .append("# Il démarre le Java de l’application directement (le lanceur natif de jpackage\n")
                .append("# interroge rpm et dpkg avant chaque démarrage : LinuxLauncherScript.java).\n")
                .append(LOCATION)
                .append("APPDIR=\"$root/lib/app\"\n");
        // The window's cache option, when the image also has the commands' cache: the script chooses.
        String chosen = !Files.isRegularFile(cfg.resolveSibling(PackageApp.COMMANDS_AOT_FILE)) ? null
                : options.stream().filter(o -> o.startsWith(AOT_CACHE)).findFirst().orElse(null);
        if (chosen != null) {
            script.append(cacheChoice(chosen.substring(AOT_CACHE.length()),
                    Files.isRegularFile(cfg.resolveSibling(PackageApp.NO_FOLDER_AOT_FILE))));
        }
        script.append(GTK_WITHOUT_OPENGL);
        script.append("exec \"$root/lib/runtime/bin/java\"");
        for (String option : options) {
            script.append(" \\\n  ").append(option.equals(chosen) ? "\"" + AOT_CACHE + "$cache\"" : shellWord(option));
        }
        script.append(" \\\n  \"-Djpackage.app-path=$launcher\"");
        script.append(" \\\n  -cp ").append(shellWord(String.join(":", classPath)));
        script.append(" \\\n  ").append(shellWord(mainClass)).append(" \"$@\"\n");
        Files.writeString(launcher, script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /**
     * The lines that set {@code cache}: the window's cache {@code windowCache} when the arguments
     * only open the window (none, {@code --data-dir DOSSIER}, {@code --exit-after-startup}, as
     * {@code Launcher.opensTheWindowOnly}); when {@code noFolderCache}, that of the commands that
     * open no data folder for them ({@code funding}, the version, the help, named first); the
     * commands' cache otherwise. A cache that does not fit what runs only costs time: the JVM
     * loads from the JAR files what the cache lacks.
     */
    static String cacheChoice(String windowCache, boolean noFolderCache) {
        String commands = shellWord(APPDIR + "/" + PackageApp.COMMANDS_AOT_FILE);
        return "# Cache AOT : celui de la fenêtre, celui des commandes sans dossier de données ou celui des\n"
                + "# autres commandes (PackageApp.java).\n"
                + "cache=" + shellWord(windowCache) + "\n"
                + "value=\n"
                + "first=\n"
                + "for arg in \"$@\"; do\n"
                + "  if [ -n \"$value\" ]; then value=; continue; fi\n"
                + "  case $arg in\n"
                + "    --data-dir) value=1 ;;\n"
                + "    --data-dir=*|--exit-after-startup) ;;\n"
                + "    *) if [ -z \"$first\" ]; then first=$arg; fi ;;\n"
                + "  esac\n"
                + "done\n"
                + "case $first in\n"
                + "  '') ;;\n"
                + (noFolderCache ? "  funding|--version|-V|--help|-h) cache="
                        + shellWord(APPDIR + "/" + PackageApp.NO_FOLDER_AOT_FILE) + " ;;\n" : "")
                + "  *) cache=" + commands + " ;;\n"
                + "esac\n";
    }

    /**
     * One shell word: the literal text single-quoted, each {@code $APPDIR} of jpackage's
     * configuration syntax turned into the script's {@code "$APPDIR"}.
     */
    static String shellWord(String value) {
        StringBuilder word = new StringBuilder();
        String[] parts = value.split(java.util.regex.Pattern.quote(APPDIR), -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                word.append("\"$APPDIR\"");
            }
            if (!parts[i].isEmpty()) {
                word.append('\'').append(parts[i].replace("'", "'\\''")).append('\'');
            }
        }
        return word.toString();
    }
}
