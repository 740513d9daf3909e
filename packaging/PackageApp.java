import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds the installable application with the JDK running this file (JDK 25, the Maven
 * toolchain's): {@code mvn -Ppackage package} runs
 * {@code java packaging/PackageApp.java --version 0.1.0} from the project folder, after
 * {@code target/referent-cpts.jar} and {@code target/lib/} are built.
 *
 * <ol>
 * <li>jpackage builds the app image (with a jlink'd runtime) from the options in
 *     {@code packaging/jpackage/app-image.txt}, {@code common.txt} and {@code <platform>.txt};
 *     on Linux its native launcher is replaced by a shell script ({@link LinuxLauncherScript});</li>
 * <li>a training run opens the application on the demonstration portfolio (and its first case
 *     file) and exits ({@code --exit-after-startup}) while the JVM records what it loads; the
 *     JDK 25 AOT cache built from it goes into the image, and the launcher's configuration gets
 *     {@code -XX:AOTCache=$APPDIR/referent-cpts.aot}; on Linux a second training runs the
 *     commands alone, and its smaller cache ({@code referent-cpts-commands.aot}) is the one the
 *     launcher script gives a command (a JVM maps and prepares every class of its cache before
 *     {@code main}: 0.08 to 0.1 s less per command with a cache of the commands only), while the
 *     window's is trained on the window and an annex preview only ({@code --aot-training-window});
 *     a third, much smaller, for the commands that open no data folder ({@code funding}, the
 *     version, the help: {@code referent-cpts-no-folder.aot}, {@code --aot-training-no-folder});
 *     elsewhere one training ({@code --aot-training}) goes through the commands, then the window;</li>
 * <li>jpackage builds the installer from that image ({@code common.txt},
 *     {@code <platform>-installer.txt});</li>
 * <li>on Linux the .deb is repacked so its files keep the dates of the image: the JVM refuses
 *     an AOT cache whose JAR files changed date or size since the training run, and jpackage
 *     copies files with new dates.</li>
 * </ol>
 *
 * Options: {@code --version V} (required), {@code --type app-image|deb|rpm|msi|exe|dmg|pkg}
 * (default: deb, msi or dmg by platform), {@code --no-aot}. On Linux without {@code DISPLAY},
 * the training run uses an Xvfb it starts itself.
 */
public final class PackageApp {
    static final String AOT_FILE = "referent-cpts.aot";
    /** Linux: the cache of the commands alone, which the launcher script picks for a command. */
    static final String COMMANDS_AOT_FILE = "referent-cpts-commands.aot";
    /** Linux: the cache of the commands that open no data folder (funding, version, help). */
    static final String NO_FOLDER_AOT_FILE = "referent-cpts-no-folder.aot";
    /** The launcher's option of the no-folder commands' training run. */
    static final String AOT_TRAINING_NO_FOLDER = "--aot-training-no-folder";
    /** The launcher's option of the commands' training run (see {@code fr.referentcpts.AotTraining}). */
    static final String AOT_TRAINING_COMMANDS = "--aot-training-commands";
    /** The launcher's option of the window's own training run, on Linux. */
    static final String AOT_TRAINING_WINDOW = "--aot-training-window";
    static final Path TARGET = Path.of("target");
    static final Path WORK = TARGET.resolve("jpackage");
    static final Path IMAGES = WORK.resolve("image");
    static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(5);

    enum Platform {
        LINUX("linux", "deb"), WINDOWS("windows", "msi"), MAC("mac", "dmg");

        final String options;
        final String defaultType;

        Platform(String options, String defaultType) {
            this.options = options;
            this.defaultType = defaultType;
        }

        static Platform current() {
            String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return os.contains("win") ? WINDOWS : os.contains("mac") ? MAC : LINUX;
        }
    }

    private final Platform platform = Platform.current();
    private final Path jpackage;
    private final String version;
    private final String type;
    private final boolean aot;
    private final List<Process> helpers = new ArrayList<>();

    private PackageApp(String version, String type, boolean aot) {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        this.jpackage = bin.resolve(platform == Platform.WINDOWS ? "jpackage.exe" : "jpackage");
        this.version = version;
        this.type = type == null ? platform.defaultType : type;
        this.aot = aot;
    }

    public static void main(String[] args) throws Exception {
        String version = null;
        String type = null;
        boolean aot = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--version" -> version = args[++i];
                case "--type" -> type = args[++i];
                case "--no-aot" -> aot = false;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (version == null) {
            throw new IllegalArgumentException("--version is required");
        }
        PackageApp packager = new PackageApp(version, type, aot);
        try {
            packager.run();
        } finally {
            packager.helpers.forEach(Process::destroy);
        }
    }

    private void run() throws Exception {
        long start = System.nanoTime();
        log("JDK " + Runtime.version() + ", " + platform + ", " + type);
        Path input = stageInput();
        deleteTree(IMAGES);
        List<String> imageArgs = new ArrayList<>(List.of("@packaging/jpackage/app-image.txt",
                "@packaging/jpackage/common.txt", "@packaging/jpackage/" + platform.options + ".txt", "--type", "app-image", "--input",
                input.toString(), "--dest", IMAGES.toString(), "--app-version", appVersion()));
        jpackage(imageArgs);
        Path image = onlyChild(IMAGES);
        Layout layout = Layout.of(platform, image);
        scriptLauncher(layout);
        if (aot) {
            train(layout);
        }
        if (!type.equals("app-image")) {
            try (Stream<Path> old = Files.list(WORK)) {
                for (Path p : old.filter(p -> p.getFileName().toString().endsWith("." + type)).toList()) {
                    Files.delete(p);
                }
            }
            jpackage(List.of("@packaging/jpackage/common.txt",
                    "@packaging/jpackage/" + platform.options + "-installer.txt", "--type", type,
                    "--app-image", image.toString(), "--dest", WORK.toString(), "--app-version", appVersion()));
            Path installer = installer();
            if (type.equals("deb")) {
                keepImageDates(installer, image);
            }
            log("installer: " + installer + " (" + Files.size(installer) / 1_048_576 + " Mo)");
        }
        log("app image: " + image + " (" + sizeOf(image) / 1_048_576 + " Mo)");
        log("done in " + (System.nanoTime() - start) / 1_000_000_000 + " s");
    }

    /**
     * target/referent-cpts.jar and target/lib/*.jar, the layout the jar's Class-Path expects, and
     * JavaFX's native libraries where JavaFX looks for them first ({@link #nativeLibraries}).
     */
    private Path stageInput() throws IOException {
        Path input = WORK.resolve("input");
        deleteTree(input);
        Files.createDirectories(input.resolve("lib"));
        Path jar = TARGET.resolve("referent-cpts.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run `mvn -Ppackage package`");
        }
        Files.copy(jar, input.resolve(jar.getFileName()));
        try (Stream<Path> libs = Files.list(TARGET.resolve("lib"))) {
            for (Path lib : libs.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.copy(lib, input.resolve("lib").resolve(lib.getFileName()));
                nativeLibraries(lib, input.resolve(platform == Platform.WINDOWS ? "bin" : "lib"));
            }
        }
        return input;
    }

    /**
     * The native libraries of a JavaFX platform jar (javafx-graphics-25-linux.jar…) taken out
     * beside it (Windows: in ../bin), where JavaFX loads them first. Left in the jar, they were
     * inflated and their MD5 compared with a copy in the user's ~/.openjfx/cache at every start
     * (written there the first time), before the first frame.
     */
    private static void nativeLibraries(Path jar, Path destination) throws IOException {
        if (!jar.getFileName().toString().matches("javafx-.*-(linux|win|mac)(-aarch64)?\\.jar")) {
            return;
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String name = entry.getName();
                if (!name.contains("/") && name.matches(".*\\.(so|dll|dylib)")) {
                    Files.createDirectories(destination);
                    try (java.io.InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, destination.resolve(name));
                    }
                }
            }
        }
    }

    /** macOS refuses a version whose first number is 0: until 1.0, the bundle says 1.0.0. */
    private String appVersion() {
        if (platform == Platform.MAC && version.startsWith("0.")) {
            return "1.0.0";
        }
        return version.replaceAll("[^0-9.].*$", "");
    }

    /**
     * The training run: the demonstration portfolio in a fresh data folder; in one process the
     * command line's list, show, agenda, budget, funding and a draft annex (PDF fonts included),
     * then the window with its first case file reopened, shown until the list is displayed
     * ({@code --aot-training}); the JVM records the classes it
     * loads and links (AOTMode=record), then writes the cache (AOTMode=create). Both runs go
     * through the real launcher, so the cache matches its class path and options.
     */
    private void train(Layout layout) throws Exception {
        Path data = WORK.resolve("training-data").toAbsolutePath();
        deleteTree(data);
        Files.createDirectories(data);
        Map<String, String> env = new HashMap<>();
        displayFor(env);
        String dir = data.toString();
        run(layout, env, List.of("demo", "load", "--data-dir", dir));
        String json = run(layout, env, List.of("cases", "list", "--json", "--data-dir", dir));
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(json);
        if (id.find()) {
            Files.writeString(data.resolve("ui-state.properties"), "lastCase=" + id.group(1) + "\n");
        }
        Path config = data.resolve("referent-cpts.aotconf");
        Path cache = layout.appDir().resolve(AOT_FILE).toAbsolutePath();
        Files.deleteIfExists(cache);
        // Linux: the window is trained on OpenGL (JavaFX's own order), as on a laptop with a graphics
        // card — a build machine without one would otherwise train the software renderer
        // (SoftwareRendering.java), whose classes a machine without a card then loads from the JAR.
        env.put("JAVA_TOOL_OPTIONS", "-XX:AOTMode=record -XX:AOTConfiguration=" + config
                + (platform == Platform.LINUX ? " -Dprism.order=es2,sw" : ""));
        // Linux: the commands get a cache of their own below, so the window's is trained on the
        // window alone (and what it does for an annex), without the classes only commands use.
        String training = platform == Platform.LINUX ? AOT_TRAINING_WINDOW : "--aot-training";
        String times = run(layout, env, List.of(training, "--data-dir", dir));
        log("training run: " + times.strip());
        env.put("JAVA_TOOL_OPTIONS", "-XX:AOTMode=create -XX:AOTConfiguration=" + config + " -XX:AOTCache=" + cache);
        run(layout, env, List.of("--version", "--data-dir", dir));
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("the AOT cache was not written: " + cache);
        }
        if (platform == Platform.LINUX) {
            commandCache(layout, env, data, COMMANDS_AOT_FILE, AOT_TRAINING_COMMANDS);
            commandCache(layout, env, data, NO_FOLDER_AOT_FILE, AOT_TRAINING_NO_FOLDER);
        }
        addJavaOption(layout.cfg(), "-XX:AOTCache=$APPDIR/" + AOT_FILE);
        scriptLauncher(layout);
        usesItsCache(layout, env, data, List.of("--version", "--data-dir", dir),
                platform == Platform.LINUX ? NO_FOLDER_AOT_FILE : AOT_FILE);
        if (platform == Platform.LINUX) {
            usesItsCache(layout, env, data, List.of("cases", "agenda", "--data-dir", dir), COMMANDS_AOT_FILE);
            usesItsCache(layout, env, data, List.of("--exit-after-startup", "--data-dir", dir), AOT_FILE);
        }
        log("AOT cache: " + cache + " (" + Files.size(cache) / 1_048_576 + " Mo), used by the launcher");
    }

    /** Linux: the cache {@code file} of the commands that the training run {@code training} goes through. */
    private void commandCache(Layout layout, Map<String, String> env, Path data, String file, String training)
            throws Exception {
        String dir = data.toString();
        Path cache = layout.appDir().resolve(file).toAbsolutePath();
        Path config = data.resolve(file.replace(".aot", ".aotconf"));
        env.put("JAVA_TOOL_OPTIONS", "-XX:AOTMode=record -XX:AOTConfiguration=" + config);
        run(layout, env, List.of(training, "--data-dir", dir));
        env.put("JAVA_TOOL_OPTIONS", "-XX:AOTMode=create -XX:AOTConfiguration=" + config + " -XX:AOTCache=" + cache);
        run(layout, env, List.of("--version", "--data-dir", dir));
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("the AOT cache was not written: " + cache);
        }
        log("AOT cache " + file + ": " + Files.size(cache) / 1_048_576 + " Mo");
    }

    /** Fails unless the launcher, given {@code args}, loads its classes from the AOT cache {@code file}. */
    private void usesItsCache(Layout layout, Map<String, String> env, Path data, List<String> args, String file)
            throws Exception {
        Path classes = data.resolve("class-load.log");
        Files.deleteIfExists(classes);
        env.put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info,aot=info:file=" + classes);
        run(layout, env, args);
        String log = Files.readString(classes);
        if (!log.contains("fr.referentcpts.Launcher source: shared objects file") || !log.contains(file)) {
            throw new IllegalStateException("the launcher does not use its AOT cache " + file + " for " + args
                    + "; see " + classes);
        }
    }

    /** Runs the image's launcher; fails on a non-zero exit; returns what it printed. */
    private String run(Layout layout, Map<String, String> env, List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(layout.launcher().toAbsolutePath().toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Path output = Files.createTempFile("referent-cpts-training", ".txt");
        builder.redirectOutput(output.toFile());
        Process process = builder.start();
        if (!process.waitFor(TRAINING_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit " + process.exitValue() + ": " + command + "\n" + printed);
        }
        return printed;
    }

    /** The training run opens a window: on Linux without a display, in an Xvfb of its own. */
    private void displayFor(Map<String, String> env) throws Exception {
        String display = System.getenv("DISPLAY");
        if (platform != Platform.LINUX || (display != null && !display.isBlank())) {
            return;
        }
        for (int n = 90; n < 120; n++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + n)) && !Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                Process xvfb = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                helpers.add(xvfb);
                for (int i = 0; i < 50 && !Files.exists(Path.of("/tmp/.X11-unix/X" + n)); i++) {
                    Thread.sleep(100);
                }
                env.put("DISPLAY", ":" + n);
                log("no DISPLAY: training run on Xvfb :" + n);
                return;
            }
        }
        throw new IllegalStateException("no DISPLAY and no free Xvfb display number");
    }

    /** On Linux, the launcher becomes a script over the configuration ({@link LinuxLauncherScript}: why). */
    private void scriptLauncher(Layout layout) throws IOException {
        if (platform == Platform.LINUX) {
            LinuxLauncherScript.write(layout.launcher(), layout.cfg());
        }
    }

    /** Adds a JVM option to the launcher's configuration ([JavaOptions] section). */
    static void addJavaOption(Path cfg, String option) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg, StandardCharsets.UTF_8));
        int section = lines.indexOf("[JavaOptions]");
        if (section < 0) {
            throw new IllegalStateException("no [JavaOptions] in " + cfg);
        }
        lines.add(section + 1, "java-options=" + option);
        Files.write(cfg, lines, StandardCharsets.UTF_8);
    }

    /**
     * jpackage copies the image into the .deb with new file dates; the JVM would then refuse the
     * AOT cache (JAR date changed). The .deb is unpacked, given back the image's dates and
     * packed again with dpkg-deb.
     */
    private void keepImageDates(Path deb, Path image) throws Exception {
        Path root = WORK.resolve("deb-root");
        deleteTree(root);
        exec(List.of("dpkg-deb", "-R", deb.toString(), root.toString()));
        Path installed;
        try (Stream<Path> opt = Files.list(root.resolve("opt"))) {
            installed = opt.findFirst().orElseThrow();
        }
        Files.walkFileTree(installed, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path original = image.resolve(installed.relativize(file).toString());
                if (Files.isRegularFile(original)) {
                    FileTime time = Files.getLastModifiedTime(original);
                    Files.setLastModifiedTime(file, time);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Files.delete(deb);
        exec(List.of("dpkg-deb", "--root-owner-group", "-b", root.toString(), deb.toString()));
        deleteTree(root);
    }

    private void jpackage(List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(jpackage.toString());
        command.addAll(args);
        exec(command);
    }

    private static void exec(List<String> command) throws Exception {
        log(String.join(" ", command));
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("exit " + process.exitValue() + ": " + String.join(" ", command));
        }
    }

    private Path installer() throws IOException {
        try (Stream<Path> files = Files.list(WORK)) {
            return files.filter(p -> p.getFileName().toString().endsWith("." + type)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no ." + type + " in " + WORK));
        }
    }

    /** Where the launcher and its configuration are in an app image, per platform. */
    record Layout(Path launcher, Path appDir, Path cfg) {
        static Layout of(Platform platform, Path image) throws IOException {
            String name = image.getFileName().toString();
            return switch (platform) {
                case LINUX -> of(image.resolve("bin").resolve(name), image.resolve("lib/app"), name);
                case WINDOWS -> of(image.resolve(name + ".exe"), image.resolve("app"), name);
                case MAC -> {
                    String app = name.replaceAll("\\.app$", "");
                    yield of(image.resolve("Contents/MacOS").resolve(app), image.resolve("Contents/app"), app);
                }
            };
        }

        private static Layout of(Path launcher, Path appDir, String name) {
            return new Layout(launcher, appDir, appDir.resolve(name + ".cfg"));
        }
    }

    private static Path onlyChild(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            List<Path> all = children.toList();
            if (all.size() != 1) {
                throw new IllegalStateException("expected one app image in " + dir + ": " + all);
            }
            return all.getFirst();
        }
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void log(String message) {
        System.out.println("[PackageApp] " + message);
    }
}
