package fr.referentcpts;

import fr.referentcpts.core.backup.Backups;
import fr.referentcpts.core.backup.DamagedDatabaseException;
import fr.referentcpts.i18n.BackupText;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.persistence.Database;
import fr.referentcpts.ui.MainWindow;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.FxDelay;
import fr.referentcpts.ui.common.FxDialogService;
import fr.referentcpts.ui.common.FxTaskRunner;
import fr.referentcpts.ui.common.LatestOnlyTaskRunner;
import fr.referentcpts.ui.common.Pulses;
import fr.referentcpts.ui.common.TaskRunner;
import fr.referentcpts.ui.common.UiState;
import fr.referentcpts.ui.common.UncaughtErrors;
import fr.referentcpts.ui.common.WindowPlacement;
import fr.referentcpts.ui.security.PassphraseDialog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. The window shows first (a light « Ouverture… » screen); the database
 * is opened and migrated in the background while the main screen is built beneath that screen,
 * which goes once the portfolio is shown.
 */
public final class App extends Application {
    private static volatile LaunchOptions options = new LaunchOptions(AppPaths.defaultDataDir(), false, Clock.systemDefaultZone());

    /** What the launcher decided: data folder, benchmark mode, clock. */
    public record LaunchOptions(Path dataDir, boolean exitAfterStartup, Clock clock) {
    }

    private final Messages messages = new Messages();
    private final FxTaskRunner tasks = new FxTaskRunner();
    private volatile FxTaskRunner homeTasks = new FxTaskRunner("referent-cpts-home");
    private UiState uiState;
    private AppContext context;
    private MainWindow main;
    private Stage stage;
    private UncaughtErrors uncaught;
    private boolean closeRefused;
    /** The database the start opens, until its services are wired ({@link #context}). */
    private Database starting;
    /** When the list kept by the last close was shown at start (0: it was not). */
    private long keptListShownMs;

    /** Opens the window (blocks until it is closed). */
    public static void launchWindow(Path dataDir, boolean exitAfterStartup) {
        options = new LaunchOptions(dataDir, exitAfterStartup, Clock.systemDefaultZone());
        Messages.readAhead();
        SoftwareRendering.chooseForThisMachine();
        Application.launch(App.class);
    }

    /** For tests: the options the next {@link #start(Stage)} uses. */
    public static void configure(LaunchOptions launchOptions) {
        options = Objects.requireNonNull(launchOptions);
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        LaunchOptions launch = options;
        FxDialogService dialogs = new FxDialogService(messages, primaryStage);
        uncaught = new UncaughtErrors(messages, dialogs);
        Thread.setDefaultUncaughtExceptionHandler(uncaught);
        Application.setUserAgentStylesheet(fr.referentcpts.ui.common.Theme.userAgentStylesheet());
        uiState = UiState.load(launch.dataDir());

        // Still, not spinning: an animation keeps JavaFX drawing 60 frames a second while the
        // database opens, on the same two cores (the list came 60 to 100 ms later with it).
        Image icon = new Image(Objects.requireNonNull(App.class.getResourceAsStream("ui/icons/referent-cpts-256.png")));
        ImageView logo = new ImageView(icon);
        logo.setFitWidth(96);
        logo.setPreserveRatio(true);
        logo.setSmooth(true);
        Label name = new Label(messages.get("app.title"));
        name.getStyleClass().add("splash-title");
        Label opening = new Label(messages.get("app.opening"));
        opening.setId("splash-opening");
        VBox splash = new VBox(12, logo, name, opening);
        splash.getStyleClass().add("splash");
        StackPane root = new StackPane(splash);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("ui/app.css")).toExternalForm());
        primaryStage.setScene(scene);
        primaryStage.setTitle(messages.get("app.title"));
        primaryStage.getIcons().add(icon);
        WindowPlacement.restore(primaryStage, uiState);
        primaryStage.setOnCloseRequest(event -> {
            if (main != null && main.detail().hasPendingChanges() && !closeRefused) {
                event.consume();
                closeRefused = true;
                main.detail().flush(primaryStage::close);
            }
        });
        primaryStage.show();
        long firstFrameMs = sinceJvmStart();
        ReadAhead ahead = ReadAhead.start(launch.dataDir());
        Database database = Database.opening(launch.dataDir(), launch.clock(), this::askPassphrase);
        starting = database;
        Start start = new Start(launch, database, ahead, scene, root, splash, dialogs, firstFrameMs);
        tasks.run(() -> {
            ahead.keptCaseList(); // read before the opening marks the folder « open »
            database.completeOpening();
            return database;
        }, opened -> start.opened(), start::failed);
        Pulses.afterNextLayout(scene, () -> Platform.runLater(start::build));
    }

    /**
     * The window's start, once the splash is drawn: the database opens on the worker while the FX
     * thread, which used to wait for it, wires the services over it and builds the main screen
     * hidden beneath the splash — its styles and layout worked out meanwhile (≈ 0.25 s cold; a gain
     * where a core is free for it, none measured on a 2-core machine, README « … à 20 h »). The list
     * the window's last clean close kept ({@link AppContext#keptCaseList}) is shown at once; once the
     * database is open, it stays if the opening found the database exactly as that close left it,
     * else the list read from the database replaces it. The splash goes when the first is shown.
     */
    private final class Start {
        private final LaunchOptions launch;
        private final Database database;
        private final ReadAhead ahead;
        private final Scene scene;
        private final StackPane root;
        private final VBox splash;
        private final FxDialogService dialogs;
        private final long firstFrameMs;
        private boolean open;
        private boolean failed;
        /** The checksums of the close whose kept list is shown or being made (null: none). */
        private String keptShownFor;

        Start(LaunchOptions launch, Database database, ReadAhead ahead, Scene scene, StackPane root, VBox splash,
                FxDialogService dialogs, long firstFrameMs) {
            this.launch = launch;
            this.database = database;
            this.ahead = ahead;
            this.scene = scene;
            this.root = root;
            this.splash = splash;
            this.dialogs = dialogs;
            this.firstFrameMs = firstFrameMs;
        }

        void build() {
            if (failed) {
                return;
            }
            try {
                context = AppContext.over(launch.dataDir(), database, launch.clock(), ahead);
                main = mainWindow(context, scene, dialogs);
            } catch (RuntimeException | Error e) {
                failed(e);
                return;
            }
            // hidden until shown (styled and laid out all the same): nothing of it can be reached behind the splash
            main.view().setVisible(false);
            root.getChildren().addFirst(main.view());
            ahead.keptCaseList().ifPresent(this::showKept);
            if (open) {
                load();
            }
        }

        /**
         * The list the last clean close kept, shown at once; chosen now, not once its rows are made
         * (≈ 0.1 s later): a database opened meanwhile is not read again for it ({@link #load}).
         */
        private void showKept(fr.referentcpts.persistence.CaseListSnapshot.Kept kept) {
            keptShownFor = kept.checksum();
            main.showKept(kept.cases(), () -> {
                if (!failed) {
                    reveal();
                    Pulses.afterNextLayout(scene, () -> keptListShownMs = sinceJvmStart());
                }
            });
        }

        void opened() {
            open = true;
            if (main != null) {
                load();
            }
        }

        /** The opening failed (or the wiring): nothing of the main screen stays; the referent is told why. */
        void failed(Throwable error) {
            if (failed) {
                return;
            }
            failed = true;
            if (!root.getChildren().contains(splash)) {
                root.getChildren().add(splash);
            }
            if (main != null) {
                root.getChildren().remove(main.view());
                main.close();
                main = null;
            }
            context = null;
            cannotOpen(error, launch, scene, dialogs, firstFrameMs);
        }

        private void reveal() {
            main.view().setVisible(true);
            root.getChildren().remove(splash);
        }

        /**
         * The list from the database — not read again when the opening found the database exactly
         * as the close that kept the list shown left it (the same checksums, nothing migrated).
         */
        private void load() {
            boolean keptIsCurrent = keptShownFor != null && database.openedAsClosedWith(keptShownFor);
            if (keptShownFor != null) {
                log().info(keptIsCurrent ? "liste gardée à jour : base non relue" : "liste gardée périmée : relue dans la base");
            }
            main.load(keptIsCurrent, () -> {
                reveal();
                afterListShown(scene, firstFrameMs, launch.exitAfterStartup());
            });
        }
    }

    /** The main screen over {@code opened}, whose close then keeps the case list for the next start. */
    private MainWindow mainWindow(AppContext opened, Scene scene, FxDialogService dialogs) {
        opened.keepCaseListAtClose();
        return new MainWindow(opened.windowServices(), tasks, new LatestOnlyTaskRunner(homeTasks), dialogs, new FxDelay(),
                messages, uiState, stage, path -> getHostServices().showDocument(path.toUri().toString()),
                name -> restore(name, scene, dialogs));
    }

    private void show(AppContext opened, Scene scene, FxDialogService dialogs, long firstFrameMs,
            boolean exitAfterStartup) {
        context = opened;
        main = mainWindow(opened, scene, dialogs);
        scene.setRoot(main.view());
        main.load(() -> afterListShown(scene, firstFrameMs, exitAfterStartup));
    }

    /** A damaged database at start: the latest verified backup is offered; else the window closes. */
    private void cannotOpen(Throwable error, LaunchOptions launch, Scene scene, FxDialogService dialogs,
            long firstFrameMs) {
        Throwable cause = error instanceof TaskRunner.TaskFailedException ? error.getCause() : error;
        String text = new ErrorMessages(messages).describe(cause);
        if (cause instanceof DamagedDatabaseException damaged && damaged.latestBackup().isPresent()
                && dialogs.confirm(messages.get("app.cannotOpen.title"), text,
                        messages.get("backup.ui.restoreDamaged"))) {
            String name = damaged.latestBackup().get().name();
            tasks.run(() -> {
                Backups.Restored restored = DataFolders.backups(launch.dataDir(), launch.clock(), this::askPassphrase).restore(name);
                return new Reopened(AppContext.open(launch.dataDir(), launch.clock(), this::askPassphrase), restored, null);
            }, reopened -> {
                show(reopened.context(), scene, dialogs, firstFrameMs, launch.exitAfterStartup());
                dialogs.info(messages.get("backup.ui.title"), restoredText(reopened.restored()));
            }, failure -> {
                dialogs.error(messages.get("app.cannotOpen.title"), new ErrorMessages(messages).describe(failure));
                Platform.exit();
            });
            return;
        }
        dialogs.error(messages.get("app.cannotOpen.title"), text);
        Platform.exit();
    }

    /** A database reopened after a restore, or — when the restore failed — the one that was there, and why. */
    private record Reopened(AppContext context, Backups.Restored restored, RuntimeException failure) {
    }

    /**
     * « Restaurer une sauvegarde… » while the window is open: the pending edit is saved, the
     * home refreshes stopped, the database closed (a clean close), the backup restored (the
     * current database kept aside), the database reopened and the window rebuilt on it.
     */
    private void restore(String name, Scene scene, FxDialogService dialogs) {
        LaunchOptions launch = options;
        AppContext current = context;
        FxTaskRunner oldHome = homeTasks;
        main.close();
        main.detail().flush(() -> tasks.run(() -> {
            oldHome.closeNow();
            current.close();
            Backups.Restored restored = null;
            RuntimeException failure = null;
            try {
                restored = DataFolders.backups(launch.dataDir(), launch.clock(), this::askPassphrase).restore(name);
            } catch (RuntimeException e) {
                failure = e;
            }
            return new Reopened(AppContext.open(launch.dataDir(), launch.clock(), this::askPassphrase), restored, failure);
        }, reopened -> {
            homeTasks = new FxTaskRunner("referent-cpts-home");
            show(reopened.context(), scene, dialogs, 0, false);
            if (reopened.failure() != null) {
                dialogs.error(messages.get("error.title"), new ErrorMessages(messages).describe(reopened.failure()));
            } else {
                dialogs.info(messages.get("backup.ui.title"), restoredText(reopened.restored()));
            }
        }, error -> {
            dialogs.error(messages.get("app.cannotOpen.title"), new ErrorMessages(messages).describe(error));
            Platform.exit();
        }));
    }

    /** The passphrase of an encrypted data folder, asked in a dialog (from the worker that opens the folder). */
    private char[] askPassphrase() {
        return PassphraseDialog.ask(messages, stage);
    }

    private String restoredText(Backups.Restored restored) {
        String line = messages.get("backup.ui.restored", BackupText.line(messages, restored.backup(),
                java.time.ZoneId.systemDefault()));
        return restored.keptAside().isEmpty() ? line
                : line + "\n" + messages.get("cli.backup.keptAside", restored.keptAside());
    }

    /** The list read from the database is shown: the home figures are computed; « shown » is when the first list was. */
    private void afterListShown(Scene scene, long firstFrameMs, boolean exitAfterStartup) {
        Pulses.afterNextLayout(scene, () -> {
            long readMs = sinceJvmStart();
            long shownMs = keptListShownMs > 0 ? Math.min(keptListShownMs, readMs) : readMs;
            log().info("prêt en {} ms (premier affichage {} ms, liste gardée affichée {})", readMs, firstFrameMs,
                    keptListShownMs > 0 ? keptListShownMs + " ms" : "non");
            main.loadHome(() -> homeShown(firstFrameMs, shownMs, exitAfterStartup));
        });
    }

    private void homeShown(long firstFrameMs, long readyMs, boolean exitAfterStartup) {
        long homeMs = sinceJvmStart();
        log().info("accueil calculé en {} ms", homeMs);
        if (exitAfterStartup) {
            System.out.println(messages.get("app.startupTimes", String.valueOf(firstFrameMs), String.valueOf(readyMs),
                    String.valueOf(homeMs)));
            // Out of the pulse, and the window closed first as a user would: GTK crashes when the
            // toolkit tears a window down in the middle of a pulse.
            Platform.runLater(() -> {
                stage.hide();
                Platform.exit();
            });
        }
    }

    @Override
    public void stop() throws Exception {
        if (uncaught != null) {
            uncaught.closing();
        }
        if (main != null) {
            // Queued on the worker, which close() below waits for: an edit typed just before
            // the application exits is saved.
            main.detail().flush(() -> { });
        }
        if (stage != null && uiState != null) {
            WindowPlacement.remember(stage, uiState);
            uiState.save();
        }
        homeTasks.closeNow();
        tasks.close();
        if (context != null) {
            context.close();
        } else if (starting != null) {
            // closed before the main screen was wired over it: a clean close all the same
            starting.close();
        }
    }

    /** Milliseconds since the JVM started (the process start as the OS saw it). */
    static long sinceJvmStart() {
        return ProcessAge.millis();
    }

    /**
     * Obtained when something is logged, not when the class loads: logback is then set up off
     * the way to the first frame (≈ 40 ms cold, on the JavaFX thread before).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(App.class);
    }
}
