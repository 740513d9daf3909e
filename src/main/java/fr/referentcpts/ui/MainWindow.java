package fr.referentcpts.ui;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.casefile.CaseDetailView;
import fr.referentcpts.ui.casefile.CaseDetailViewModel;
import fr.referentcpts.ui.common.Delay;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.TaskRunner;
import fr.referentcpts.ui.common.UiState;
import fr.referentcpts.ui.portfolio.CaseRow;
import fr.referentcpts.ui.portfolio.NewCaseDialog;
import fr.referentcpts.ui.portfolio.NewCaseViewModel;
import fr.referentcpts.ui.portfolio.PortfolioView;
import fr.referentcpts.ui.portfolio.PortfolioViewModel;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.ui.team.PersonDialog;
import fr.referentcpts.ui.team.PersonFormViewModel;
import fr.referentcpts.ui.team.TeamView;
import fr.referentcpts.ui.team.TeamViewModel;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.ui.territory.CommuneSearchView;
import fr.referentcpts.ui.territory.CommuneSearchViewModel;
import fr.referentcpts.ui.territory.TerritoryView;
import fr.referentcpts.ui.territory.TerritoryViewModel;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.funding.FundingInput;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.ContractFunding;
import fr.referentcpts.ui.funding.FundingView;
import fr.referentcpts.ui.funding.FundingViewModel;
import java.time.LocalDate;
import java.util.Optional;
import fr.referentcpts.ui.annex.AnnexView;
import fr.referentcpts.ui.annex.AnnexViewModel;
import fr.referentcpts.ui.documents.DocumentsView;
import fr.referentcpts.ui.backup.BackupViewModel;
import fr.referentcpts.ui.exchange.ExchangeMenu;
import fr.referentcpts.ui.history.HistoryIntegrityViewModel;
import fr.referentcpts.ui.security.PassphraseDialog;
import fr.referentcpts.ui.exchange.ExchangeViewModel;
import fr.referentcpts.ui.missions.MissionDetailViewModel;
import fr.referentcpts.ui.missions.MissionsView;
import fr.referentcpts.ui.missions.MissionsViewModel;
import fr.referentcpts.ui.documents.DocumentsViewModel;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.workflow.Meeting;
import fr.referentcpts.core.workflow.Place;
import fr.referentcpts.ui.home.HomeView;
import fr.referentcpts.ui.home.HomeViewModel;
import fr.referentcpts.ui.meetings.MeetingDialog;
import fr.referentcpts.ui.meetings.MeetingsView;
import fr.referentcpts.ui.meetings.MeetingsViewModel;
import fr.referentcpts.ui.rules.RulesView;
import fr.referentcpts.ui.settings.SettingsDialog;
import fr.referentcpts.ui.settings.SettingsViewModel;
import fr.referentcpts.ui.workflow.AmendmentsViewModel;
import fr.referentcpts.ui.workflow.AnnualReviewViewModel;
import fr.referentcpts.ui.workflow.ContractFollowUpViewModel;
import fr.referentcpts.ui.workflow.HealthProjectFormViewModel;
import fr.referentcpts.ui.workflow.LetterFormViewModel;
import fr.referentcpts.ui.workflow.NegotiationFormViewModel;
import fr.referentcpts.ui.workflow.PaymentsViewModel;
import fr.referentcpts.ui.workflow.PreProjectFormViewModel;
import fr.referentcpts.ui.workflow.WorkflowView;
import fr.referentcpts.ui.workflow.WorkflowViewModel;
import java.time.LocalDate;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.stage.FileChooser;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.stage.Window;

/**
 * The main window's screens wired together: the portfolio, the detail of the selected case
 * file, « Nouveau dossier ». Opening another case saves the one being edited first.
 */
public final class MainWindow {
    static final String LAST_CASE = "lastCase";
    static final String LAST_REFERENT = "lastReferent";
    /** Size-class thresholds until the funding rules data provides them. */
    private static final Supplier<List<Long>> SIZE_THRESHOLDS = () -> List.of(40_000L, 80_000L, 175_000L);

    private final AppContext context;
    private final TaskRunner tasks;
    private final Messages messages;
    private final UiState uiState;
    private final Window owner;
    private final PortfolioViewModel portfolio;
    private final CaseDetailViewModel detail;
    private final PortfolioView view;
    private final TerritoryViewModel territory;
    private final TeamViewModel team;
    private final DocumentsViewModel documents;
    private final MissionsViewModel missions;
    private final FundingViewModel funding;
    private final AnnexViewModel annexes;
    private final WorkflowViewModel workflow;
    private final MeetingsViewModel meetings;
    private final HomeViewModel home;
    private final CaseDetailView detailView;
    private final HistoryIntegrityViewModel historyIntegrity;
    private final DialogService dialogs;

    /**
     * @param homeTasks runs the home screen's refreshes (a large portfolio takes seconds to scan):
     *                  apart from {@code tasks}, so they never delay an edit
     */
    public MainWindow(AppContext context, TaskRunner tasks, TaskRunner homeTasks, DialogService dialogs,
            Delay autosave, Messages messages, UiState uiState, Window owner, Consumer<Path> systemViewer,
            Consumer<String> restoreBackup) {
        this.context = context;
        this.tasks = tasks;
        this.messages = messages;
        this.uiState = uiState;
        this.owner = owner;
        this.dialogs = dialogs;
        this.portfolio = new PortfolioViewModel(context.caseFiles(), context::loadDemo, context.departements(),
                tasks, dialogs, messages, ZoneId.systemDefault());
        this.detail = new CaseDetailViewModel(context.caseFiles(), tasks, dialogs, autosave, messages,
                portfolio::upsert, portfolio::removed);
        List<String> suggestions = context.departements().all().stream().map(d -> d.label()).toList();
        Runnable touched = this::contentChanged;
        this.territory = new TerritoryViewModel(context.territories(), SIZE_THRESHOLDS, tasks, dialogs, messages,
                touched);
        this.team = new TeamViewModel(context.people(), tasks, dialogs, messages, touched);
        this.missions = new MissionsViewModel(context.missions(), context::rulesInForceToday, tasks, dialogs,
                messages, touched);
        MissionDetailViewModel missionDetail = new MissionDetailViewModel(context.missions(),
                context.indicatorCatalog(), tasks, dialogs, messages, missions);
        this.funding = new FundingViewModel(context.engine(), this::fundingInput, tasks, dialogs,
                messages);
        this.annexes = new AnnexViewModel(context.annexes(), tasks, dialogs, messages, context.pages(),
                context.userFiles(),                javafx.application.Platform::runLater, this::annexGenerated, ZoneId.systemDefault());
        this.documents = new DocumentsViewModel(context.documents(), context.userFiles(), context.annexes()::annexes, tasks, dialogs,
                messages, systemViewer, touched, ZoneId.systemDefault());
        java.util.function.Supplier<LocalDate> today = () -> LocalDate.now(context.clock());
        this.workflow = new WorkflowViewModel(context.workflow(), tasks, dialogs, messages, this::caseMoved);
        WorkflowView.Forms forms = new WorkflowView.Forms(
                new PreProjectFormViewModel(context.stageForms(), tasks, dialogs, messages, touched),
                new LetterFormViewModel(context.stageForms(), tasks, dialogs, messages, touched),
                new HealthProjectFormViewModel(context.stageForms(), tasks, dialogs, messages, touched),
                new NegotiationFormViewModel(context.stageForms(), context::rules, today, tasks, dialogs, messages,
                        touched),
                new AnnualReviewViewModel(context.followUp(), context.missions(), today, tasks, dialogs, messages,
                        touched),
                new PaymentsViewModel(context.followUp(), context.workflow().engine(), today, tasks, dialogs, messages,
                        touched),
                new ContractFollowUpViewModel(context.contracts(), context.workflow().engine(), today, tasks, dialogs,
                        messages, touched),
                new AmendmentsViewModel(context.contracts(), context.amendments(), tasks, dialogs, messages, touched));
        workflow.attach(forms.preProject(), forms.letter(), forms.healthProject(), forms.negotiation(), forms.review(),
                forms.payments(), forms.amendments());
        workflow.attach(forms.contract().forms());
        this.meetings = new MeetingsViewModel(context.meetings(), context.people(), tasks, dialogs, messages, today,
                touched);
        this.home = new HomeViewModel(context.agenda(), context.calendarExport(), homeTasks, dialogs, messages, context.clock());
        List<Tab> first = List.of(tab("tab-workflow", messages.get("workflow.tab"),
                () -> new WorkflowView(workflow, forms, messages, this::navigate, this::navigable)));
        List<Tab> tabs = List.of(
                tab("tab-territory", messages.get("casefile.tab.territory"),
                        () -> new TerritoryView(territory, messages, new CommuneSearchView(new CommuneSearchViewModel(
                                context::communes, territory, this::currentStage, tasks, messages), messages))),
                tab("tab-team", messages.get("casefile.tab.team"),
                        () -> new TeamView(team, messages, this::openPersonDialog)),
                scrollingTab("tab-missions", messages.get("casefile.tab.missions"),
                        () -> new MissionsView(missions, missionDetail, messages)),
                tab("tab-meetings", messages.get("meeting.tab"),
                        () -> new MeetingsView(meetings, messages, this::openMeetingDialog)),
                scrollingTab("tab-funding", messages.get("casefile.tab.funding"),
                        () -> new FundingView(funding, messages)),
                scrollingTab("tab-annexes", AnnexView.title(messages), () -> new AnnexView(annexes, messages)),
                tab("tab-documents", messages.get("casefile.tab.documents"),
                        () -> new DocumentsView(documents, messages)));
        this.detailView = new CaseDetailView(detail, messages, suggestions, first, tabs);
        this.historyIntegrity = new HistoryIntegrityViewModel(context.historyIntegrity(), tasks, messages);
        detailView.warning(historyIntegrity.warningProperty());
        HomeView homeView = new HomeView(home, messages, this::filterStage, this::openCase);
        Button exportIcs = new Button(messages.get("home.ics.export"));
        exportIcs.setId("export-ics");
        exportIcs.setOnAction(e -> exportIcs());
        Button settings = new Button(messages.get("settings.open"));
        settings.setId("open-settings");
        settings.setOnAction(e -> openSettings());
        ExchangeViewModel exchange = new ExchangeViewModel(context.exchangeFiles(), tasks, dialogs, messages,
                () -> portfolio.load(() -> { }),
                () -> PassphraseDialog.ask(messages, owner, messages.get("exchange.ui.passphrase")));
        this.view = new PortfolioView(portfolio, messages, detailView, this::openNewCaseDialog,
                new PortfolioView.Extras(homeView.summary(), homeView.upcoming(),
                        List.of(ExchangeMenu.create(exchange, portfolio, messages, owner, new BackupViewModel(
                                context.backups(), tasks, dialogs, messages, restoreBackup, ZoneId.systemDefault())),
                                exportIcs, settings)));
        portfolio.selectedProperty().addListener((obs, old, row) -> open(row));
        // Created, deleted, archived, demo loaded: the pipeline and « À venir » follow.
        portfolio.summaryProperty().addListener((obs, old, text) -> home.load());
    }

    public PortfolioView view() {
        return view;
    }

    public CaseDetailViewModel detail() {
        return detail;
    }

    /** Loads the portfolio, reopens the last case file, then runs {@code shown}; the referential loads after. */
    public void load(Runnable shown) {
        portfolio.load(() -> {
            uiState.uuid(LAST_CASE).flatMap(portfolio::find).ifPresent(portfolio.selectedProperty()::set);
            home.load();
            shown.run();
            tasks.run(context::communes, referential -> { });
        });
    }

    private WorkflowStage currentStage() {
        CaseFile shown = detail.currentProperty().get();
        return shown == null ? WorkflowStage.PRE_PROJECT : shown.stage();
    }

    private void open(CaseRow row) {
        CaseFile shown = detail.currentProperty().get();
        if (row != null && shown != null && shown.id().equals(row.caseFile().id())) {
            return;
        }
        detail.flush(() -> detail.show(row == null ? null : row.caseFile()));
        UUID caseId = row == null ? null : row.caseFile().id();
        territory.load(caseId);
        team.load(caseId);
        documents.load(caseId);
        missions.load(caseId);
        funding.load(caseId);
        annexes.load(caseId);
        workflow.load(caseId);
        meetings.load(caseId);
        historyIntegrity.load(caseId);
        uiState.put(LAST_CASE, row == null ? null : row.caseFile().id());
    }

    /** A tab whose content fills the height (its table grows). */
    private static Tab tab(String id, String title, Supplier<Node> content) {
        return lazyTab(id, title, content, true);
    }

    /** A tab whose content is taller than the window and scrolls. */
    private static Tab scrollingTab(String id, String title, Supplier<Node> content) {
        return lazyTab(id, title, content, false);
    }

    /**
     * The content of a tab is built the first time the tab is shown: the window opens with the
     * identity tab only (the others' controls, styles and layout cost startup time). The
     * ViewModels exist and load from the start; a view built later shows their current state.
     */
    private static Tab lazyTab(String id, String title, Supplier<Node> content, boolean fitToHeight) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean old, Boolean selected) {
                if (selected) {
                    tab.selectedProperty().removeListener(this);
                    ScrollPane scroll = new ScrollPane(content.get());
                    scroll.setFitToWidth(true);
                    scroll.setFitToHeight(fitToHeight);
                    tab.setContent(scroll);
                }
            }
        });
        return tab;
    }

    /**
     * The case's data as the funding engine reads it ({@link ContractFunding}, the one way shared
     * with the workflow, the annexes and the command line): the contract as it runs. Until the case
     * records its signature date, the contract is projected from a provisional date.
     */
    private Optional<FundingInput> fundingInput(UUID caseId) {
        CaseSnapshot snapshot = context.workflow().snapshot(caseId);
        if (snapshot.territory().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ContractFunding.input(snapshot, ContractFunding.Purpose.FOLLOW_UP, context.rules(),
                LocalDate.now(context.clock())));
    }

    /** A final annex was recorded: it is one of the case's documents too. */
    private void annexGenerated() {
        contentChanged();
        CaseFile shown = detail.currentProperty().get();
        documents.load(shown == null ? null : shown.id());
    }

    /**
     * Content changed: the requirements, the funding, the home figures and the row's « dernière
     * modification » follow.
     */
    private void contentChanged() {
        refreshSelectedRow();
        workflow.refresh();
        meetings.load(meetings.caseId());
        home.load();
    }

    /** A transition moved the open case: its row, its header and the home figures show it. */
    private void caseMoved(CaseFile moved) {
        portfolio.upsert(moved);
        detail.reloaded(moved);
        home.load();
    }

    private static final Map<Place, String> TABS = Map.of(Place.TEAM, "tab-team", Place.TERRITORY, "tab-territory",
            Place.MEETINGS, "tab-meetings", Place.MISSIONS, "tab-missions");

    private void navigate(Place place) {
        String id = TABS.get(place);
        if (id != null) {
            detailView.select(id);
        }
    }

    private boolean navigable(Place place) {
        String id = TABS.get(place);
        return id != null && detailView.has(id);
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
            detailView.select("tab-workflow");
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
        SettingsViewModel vm = new SettingsViewModel(context.settings(), tasks, messages);
        vm.load(() -> new SettingsDialog(vm, messages, owner, () -> {
            home.load();
            workflow.refresh();
        }, window -> RulesView.open(context.rulesService(), context.userFiles(), context.clock(), tasks,
                messages, window)).show());
    }

    private void openMeetingDialog(Meeting existing) {
        CaseFile shown = detail.currentProperty().get();
        if (shown == null) {
            return;
        }
        new MeetingDialog(meetings.form(existing, shown.stage()), messages, owner, existing == null,
                meetings::save).show();
    }

    /** The portfolio row shows the new « dernière modification »; the funding tab follows. */
    private void refreshSelectedRow() {
        CaseFile shown = detail.currentProperty().get();
        if (shown != null) {
            tasks.run(() -> context.caseFiles().get(shown.id()), portfolio::upsert);
            funding.load(shown.id());
        }
    }

    private void openPersonDialog(Person existing) {
        PersonFormViewModel form = new PersonFormViewModel(context.people(), messages, team.caseId(), existing);
        new PersonDialog(form, messages, owner, existing == null, person -> team.save(person, () -> { })).show();
    }

    private void openNewCaseDialog() {
        NewCaseViewModel vm = new NewCaseViewModel(context.caseFiles(), context.departements(), tasks, messages,
                uiState.text(LAST_REFERENT));
        new NewCaseDialog(vm, messages, owner, created -> {
            uiState.put(LAST_REFERENT, created.referent());
            portfolio.upsert(created);
        }).show();
    }
}
