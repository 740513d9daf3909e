package fr.referentcpts.ui;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.backup.BackupViewModel;
import fr.referentcpts.ui.casefile.CaseDetailViewModel;
import fr.referentcpts.ui.common.Delay;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.Pulses;
import fr.referentcpts.ui.common.TaskRunner;
import fr.referentcpts.ui.common.UiState;
import fr.referentcpts.ui.exchange.ConflictDialog;
import fr.referentcpts.ui.exchange.ExchangeMenu;
import fr.referentcpts.ui.sync.SyncButton;
import fr.referentcpts.ui.sync.SyncViewModel;
import fr.referentcpts.ui.exchange.ExchangeViewModel;
import fr.referentcpts.ui.home.HomeView;
import fr.referentcpts.ui.home.HomeViewModel;
import fr.referentcpts.ui.portfolio.CaseRow;
import fr.referentcpts.ui.portfolio.NewCaseDialog;
import fr.referentcpts.ui.portfolio.NewCaseViewModel;
import fr.referentcpts.ui.portfolio.PortfolioView;
import fr.referentcpts.ui.portfolio.PortfolioViewModel;
import fr.referentcpts.ui.rules.RulesView;
import fr.referentcpts.ui.security.PassphraseDialog;
import fr.referentcpts.ui.server.ServerConnectionDialog;
import fr.referentcpts.ui.server.ServerConnectionViewModel;
import fr.referentcpts.ui.settings.SettingsDialog;
import fr.referentcpts.ui.settings.SettingsViewModel;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The window's shell: the portfolio and its toolbar, the home figures, the case file shown with
 * its tabs ({@link CaseTabs}), and the navigation between them. Opening another case saves the
 * one being edited first.
 */
public final class MainWindow implements CaseTabs.Events {
    static final String LAST_CASE = "lastCase";
    static final String LAST_REFERENT = "lastReferent";
    static final String LIST_DIVIDER = "portfolio.divider";

    private final WindowServices services;
    private final TaskRunner tasks;
    private final Messages messages;
    private final UiState uiState;
    private final Window owner;
    private final PortfolioViewModel portfolio;
    private final CaseDetailViewModel detail;
    private final CaseTabs caseTabs;
    private final HomeViewModel home;
    private final SyncViewModel sync;
    private final PortfolioView view;
    private final javafx.scene.control.Button syncButton;
    private final DialogService dialogs;
    private final TaskRunner homeTasks;

    /**
     * @param homeTasks runs the home screen's refreshes (a large portfolio takes seconds to scan):
     *                  apart from {@code tasks}, so they never delay an edit
     */
    public MainWindow(WindowServices services, TaskRunner tasks, TaskRunner homeTasks, DialogService dialogs,
            Delay autosave, Messages messages, UiState uiState, Window owner, Consumer<Path> systemViewer,
            Consumer<String> restoreBackup) {
        this.services = services;
        this.tasks = tasks;
        this.homeTasks = homeTasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.uiState = uiState;
        this.owner = owner;
        this.portfolio = new PortfolioViewModel(services.caseFiles(), services.demo(), services.departements(),
                tasks, dialogs, messages, ZoneId.systemDefault());
        Delay undoDelay = new fr.referentcpts.ui.common.FxDelay();
        this.detail = new CaseDetailViewModel(services.caseFiles(), services.exchange(),
                services.territories()::departementsIfNoneIn, tasks, dialogs, autosave,
                undoDelay, messages, portfolio::upsert, portfolio::removed);
        this.caseTabs = new CaseTabs(services, detail, tasks, dialogs, messages, owner, systemViewer, this);
        this.home = new HomeViewModel(services.agenda(), services.calendar(), homeTasks, dialogs, messages,
                services.clock());
        HomeView homeView = new HomeView(home, messages, this::filterStage, this::openCase);
        Button exportIcs = new Button(messages.get("home.ics.export"));
        exportIcs.setId("export-ics");
        exportIcs.setTooltip(new javafx.scene.control.Tooltip(messages.get("home.ics.exportHelp")));
        exportIcs.setOnAction(e -> exportIcs());
        Button budget = new Button(messages.get("budget.ui.open"));
        budget.setId("open-budget");
        budget.setTooltip(new javafx.scene.control.Tooltip(messages.get("budget.ui.openHelp")));
        budget.setOnAction(e -> fr.referentcpts.ui.budget.BudgetView.open(services.budget(), tasks, messages, owner));
        Button settings = new Button(messages.get("settings.open"));
        settings.setId("open-settings");
        settings.setOnAction(e -> openSettings());
        ExchangeViewModel exchange = new ExchangeViewModel(services.exchange(), tasks, dialogs, messages,
                () -> portfolio.load(() -> { }),
                () -> PassphraseDialog.ask(messages, owner, messages.get("exchange.ui.passphrase")));
        List<javafx.scene.Node> tools = new java.util.ArrayList<>(List.of(ExchangeMenu.create(exchange, portfolio,
                messages, owner, new BackupViewModel(services.backups(), tasks, dialogs, messages, restoreBackup,
                        ZoneId.systemDefault())), exportIcs, budget, settings));
        SyncViewModel sync = new SyncViewModel(services.sync(), services.exchange(), tasks, dialogs, messages,
                services.clock(), offer -> SyncButton.askPassword(messages, owner, services.sync().server().orElse(""),
                        offer),
                (name, mine, theirs, now) -> ConflictDialog.resolve(owner, messages, name, mine, theirs, now),
                () -> portfolio.load(() -> { }), new fr.referentcpts.ui.common.FxDelay(),
                javafx.application.Platform::runLater);
        this.sync = sync;
        // hidden until the data folder is connected to a server (« Serveur de la cellule… » shows it)
        syncButton = SyncButton.create(sync, messages);
        syncButton.setVisible(sync.available());
        syncButton.managedProperty().bind(syncButton.visibleProperty());
        tools.add(0, syncButton);
        this.view = new PortfolioView(portfolio, messages, caseTabs.view(), this::openNewCaseDialog,
                new PortfolioView.Extras(homeView.summary(), homeView.upcoming(), tools));
        view.setBottom(new javafx.scene.layout.VBox(UndoBar.create(detail, messages), view.getBottom()));
        Shortcuts.install(view, (javafx.scene.control.TextField) view.lookup("#search"), view.table(), messages,
                this::openNewCaseDialog, () -> detail.flush(() -> { }));
        portfolio.selectedProperty().addListener((obs, old, row) -> open(row));
        rememberListWidth();
    }

    public PortfolioView view() {
        return view;
    }

    public CaseDetailViewModel detail() {
        return detail;
    }

    /**
     * Loads the portfolio, runs {@code shown}, then reopens the last case file once the list is
     * drawn; the synchronisation in
     * the background is planned (a timer only: nothing on the start path). The referential of communes
     * is read once the home figures are shown ({@link #loadHome}).
     */
    public void load(Runnable shown) {
        load(false, shown);
    }

    /**
     * The same; {@code keptIsCurrent}: the list shown ({@link #showKept}), or still being made, is
     * the database's content, as its opening found it, and is not read again.
     */
    public void load(boolean keptIsCurrent, Runnable shown) {
        Runnable loaded = () -> {
            shown.run();
            // The last case file reopened once the list is drawn: the list comes a frame sooner,
            // without waiting for the case's detail to be styled and laid out with it.
            if (view.getScene() != null) {
                Pulses.afterNextLayout(view.getScene(), this::reopenLastCase);
            } else {
                reopenLastCase();
            }
            sync.startAutomatically();
        };
        if (keptIsCurrent) {
            portfolio.confirmKept(loaded);
        } else {
            portfolio.load(loaded);
        }
    }

    private void reopenLastCase() {
        if (portfolio.selectedProperty().get() == null) {
            // unless the referent chose one in the list kept by the last close meanwhile
            uiState.uuid(LAST_CASE).flatMap(portfolio::find).ifPresent(portfolio.selectedProperty()::set);
        }
    }

    /**
     * Shows the list the data folder's last clean close kept ({@code cases}) until {@link #load}
     * reads the database; {@code shown} runs once it is in the list (not if the database was read first).
     * Its rows are made on the home screen's worker, idle until the list is loaded.
     */
    public void showKept(List<fr.referentcpts.core.casefile.CaseFile> cases, Runnable shown) {
        portfolio.showKept(cases, homeTasks, shown);
    }

    /**
     * Computes the home figures (pipeline, population, deadlines of every case file) and runs
     * {@code shown} once they are shown. Called once the list is shown at start: reading every
     * case file while the list is laid out would share the processor with it.
     */
    public void loadHome(Runnable shown) {
        // From now on: created, saved, deleted, archived, that case's figures are computed again;
        // the list read again (demo loaded, import), all of them. The pipeline and « À venir » follow.
        portfolio.onChange(home::changed, home::load);
        home.whenShown(() -> {
            shown.run();
            // read ahead for the first commune search; not before: it would share the processor with the home
            tasks.run(services.communes()::get, referential -> { });
        });
        home.load();
    }

    /** The window is replaced (a backup restored): its synchronisation in the background stops. */
    public void close() {
        sync.stop();
    }

    /** The list pane's width, dragged by the referent, is the one the window reopens with. */
    private void rememberListWidth() {
        javafx.scene.control.SplitPane split = view.split();
        double kept = uiState.number(LIST_DIVIDER, PortfolioView.DEFAULT_DIVIDER);
        split.setDividerPositions(kept > 0.15 && kept < 0.85 ? kept : PortfolioView.DEFAULT_DIVIDER);
        split.getDividers().getFirst().positionProperty().addListener((obs, old, position) -> {
            if (split.getWidth() > 0) {
                uiState.put(LIST_DIVIDER, Math.round(position.doubleValue() * 1000) / 1000.0);
            }
        });
    }

    private void open(CaseRow row) {
        CaseFile shown = detail.currentProperty().get();
        if (row != null && shown != null && shown.id().equals(row.caseFile().id())) {
            return;
        }
        detail.flush(() -> detail.show(row == null ? null : row.caseFile()));
        caseTabs.load(row == null ? null : row.caseFile().id());
        uiState.put(LAST_CASE, row == null ? null : row.caseFile().id());
    }

    /**
     * Content changed: the row's « dernière modification », the requirements, the funding and the
     * home figures follow.
     */
    @Override
    public void contentChanged() {
        CaseFile shown = detail.currentProperty().get();
        if (shown != null) {
            tasks.run(() -> services.caseFiles().get(shown.id()), portfolio::upsert);
        }
        caseTabs.refresh();
        if (shown != null) {
            home.changed(shown.id());
        }
    }

    /** A transition moved the open case: its row, its header and the home figures show it. */
    @Override
    public void caseMoved(CaseFile moved) {
        portfolio.upsert(moved);
        detail.reloaded(moved);
    }

    private void filterStage(WorkflowStage stage) {
        portfolio.stageFilterProperty().set(portfolio.stageFilterProperty().get() == stage ? null : stage);
    }

    private void openCase(UUID id) {
        portfolio.find(id).ifPresent(row -> {
            if (row.caseFile().archived()) {
                portfolio.showArchivedProperty().set(true);
            }
            portfolio.selectedProperty().set(row);
            caseTabs.showWorkflow();
        });
    }

    private void exportIcs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("home.ics.export"));
        chooser.setInitialFileName(messages.get("home.ics.fileName"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("home.ics.filter"), "*.ics"));
        java.io.File file = chooser.showSaveDialog(owner);
        if (file != null) {
            home.exportIcs(file.toPath());
        }
    }

    private void openSettings() {
        SettingsViewModel vm = new SettingsViewModel(services.settings(), tasks, messages);
        vm.load(() -> new SettingsDialog(vm, messages, owner, () -> {
            home.load();
            caseTabs.settingsChanged();
        }, window -> RulesView.open(services.rules().get(), services.files(), services.clock(), tasks,
                messages, window), this::openServer).show());
    }

    /** « Serveur de la cellule… »: once the server accepted (or could not be reached), « Synchroniser » is shown. */
    private void openServer(javafx.stage.Window window) {
        ServerConnectionViewModel vm = new ServerConnectionViewModel(services.sync().connection(), tasks, messages);
        vm.load(() -> new ServerConnectionDialog(vm, messages, window, said -> {
            syncButton.setVisible(true);
            sync.serverChanged(); // with the password kept in the keyring: in the background soon
            dialogs.info(messages.get("serverUi.title"), said);
        }).show());
    }

    private void openNewCaseDialog() {
        NewCaseViewModel vm = new NewCaseViewModel(services.caseFiles(), services.departements(), tasks, messages,
                uiState.text(LAST_REFERENT));
        new NewCaseDialog(vm, messages, owner, created -> {
            uiState.put(LAST_REFERENT, created.referent());
            portfolio.upsert(created);
        }).show();
    }
}
