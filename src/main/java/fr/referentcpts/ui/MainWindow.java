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
import fr.referentcpts.ui.territory.TerritoryView;
import fr.referentcpts.ui.territory.TerritoryViewModel;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.funding.FundingInput;
import fr.referentcpts.core.funding.MissionChoice;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.missions.MissionService;
import fr.referentcpts.core.territory.Territory;
import fr.referentcpts.ui.funding.FundingView;
import fr.referentcpts.ui.funding.FundingViewModel;
import java.time.LocalDate;
import java.util.Optional;
import fr.referentcpts.ui.documents.DocumentsView;
import fr.referentcpts.ui.missions.MissionDetailViewModel;
import fr.referentcpts.ui.missions.MissionsView;
import fr.referentcpts.ui.missions.MissionsViewModel;
import fr.referentcpts.ui.documents.DocumentsViewModel;
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
import javafx.scene.layout.Region;
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

    public MainWindow(AppContext context, TaskRunner tasks, DialogService dialogs, Delay autosave,
            Messages messages, UiState uiState, Window owner, Consumer<Path> systemViewer) {
        this.context = context;
        this.tasks = tasks;
        this.messages = messages;
        this.uiState = uiState;
        this.owner = owner;
        this.portfolio = new PortfolioViewModel(context.caseFiles(), context.demo(), context.departements(),
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
        this.funding = new FundingViewModel(new FundingEngine(context.rules()), this::fundingInput, tasks, dialogs,
                messages);
        this.documents = new DocumentsViewModel(context.documents(), tasks, dialogs, messages, systemViewer, touched,
                ZoneId.systemDefault());
        List<Tab> tabs = List.of(
                tab("tab-territory", messages.get("casefile.tab.territory"),
                        () -> new TerritoryView(territory, messages, new Region())),
                tab("tab-team", messages.get("casefile.tab.team"),
                        () -> new TeamView(team, messages, this::openPersonDialog)),
                scrollingTab("tab-missions", messages.get("casefile.tab.missions"),
                        () -> new MissionsView(missions, missionDetail, messages)),
                scrollingTab("tab-funding", messages.get("casefile.tab.funding"),
                        () -> new FundingView(funding, messages)),
                tab("tab-documents", messages.get("casefile.tab.documents"),
                        () -> new DocumentsView(documents, messages)));
        this.view = new PortfolioView(portfolio, messages, new CaseDetailView(detail, messages, suggestions, tabs),
                this::openNewCaseDialog);
        portfolio.selectedProperty().addListener((obs, old, row) -> open(row));
    }

    public PortfolioView view() {
        return view;
    }

    public CaseDetailViewModel detail() {
        return detail;
    }

    /** Loads the portfolio, reopens the last case file, then runs {@code shown}. */
    public void load(Runnable shown) {
        portfolio.load(() -> {
            uiState.uuid(LAST_CASE).flatMap(portfolio::find).ifPresent(portfolio.selectedProperty()::set);
            shown.run();
        });
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
     * The case's data as the funding engine reads it: the territory's population, the chosen
     * missions and their achievement. Until the case records its signature, the contract is
     * projected as signed today.
     */
    private Optional<FundingInput> fundingInput(UUID caseId) {
        Territory territory = context.territories().territory(caseId);
        MissionContent content = context.missions().content(caseId);
        FundingInput.Builder builder = FundingInput.builder(territory.totalPopulation(),
                LocalDate.now(context.clock()));
        String vintages = String.join(", ", territory.vintages());
        builder.populationSource(territory.communes().isEmpty() ? "" : territory.communes().getFirst()
                .populationSource(), vintages);
        content.chosen().forEach(m -> builder.mission(new MissionChoice(m.mission(), m.startDate(), m.snpOrientation())));
        MissionService.achievementRates(content).forEach(r -> builder.achievement(r.mission(), r.contractYear(), r.rate()));
        return territory.isEmpty() ? Optional.empty() : Optional.of(builder.build());
    }

    /** Content changed: the portfolio row shows the new « dernière modification », the funding follows. */
    private void contentChanged() {
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
