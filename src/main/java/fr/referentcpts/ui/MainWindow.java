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
import fr.referentcpts.core.casefile.Stage;
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
import fr.referentcpts.pdf.annex.AnnexPreview;
import fr.referentcpts.ui.annex.AnnexView;
import fr.referentcpts.ui.annex.AnnexViewModel;
import fr.referentcpts.ui.documents.DocumentsView;
import fr.referentcpts.ui.exchange.ExchangeMenu;
import fr.referentcpts.ui.exchange.ExchangeViewModel;
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
        this.annexes = new AnnexViewModel(context.annexes(), tasks, dialogs, messages, AnnexPreview::page,
                javafx.application.Platform::runLater, this::annexGenerated, ZoneId.systemDefault());
        this.documents = new DocumentsViewModel(context.documents(), tasks, dialogs, messages, systemViewer, touched,
                ZoneId.systemDefault());
        List<Tab> tabs = List.of(
                tab("tab-territory", messages.get("casefile.tab.territory"),
                        new TerritoryView(territory, messages, new CommuneSearchView(new CommuneSearchViewModel(
                                context::communes, territory, this::currentStage, tasks, messages), messages))),
                tab("tab-team", messages.get("casefile.tab.team"), new TeamView(team, messages, this::openPersonDialog)),
                scrollingTab("tab-missions", messages.get("casefile.tab.missions"),
                        new MissionsView(missions, missionDetail, messages)),
                scrollingTab("tab-funding", messages.get("casefile.tab.funding"), new FundingView(funding, messages)),
                scrollingTab("tab-annexes", AnnexView.title(messages), new AnnexView(annexes, messages)),
                tab("tab-documents", messages.get("casefile.tab.documents"), new DocumentsView(documents, messages)));
        ExchangeViewModel exchange = new ExchangeViewModel(context.exchange(), tasks, dialogs, messages,
                context.clock(), () -> portfolio.load(() -> { }));
        this.view = new PortfolioView(portfolio, messages, new CaseDetailView(detail, messages, suggestions, tabs),
                this::openNewCaseDialog, ExchangeMenu.create(exchange, portfolio, messages, owner));
        portfolio.selectedProperty().addListener((obs, old, row) -> open(row));
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
            shown.run();
            tasks.run(context::communes, referential -> { });
        });
    }

    private Stage currentStage() {
        CaseFile shown = detail.currentProperty().get();
        return shown == null ? Stage.PRE_PROJECT : shown.stage();
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
        uiState.put(LAST_CASE, row == null ? null : row.caseFile().id());
    }

    /** A tab whose content fills the height (its table grows). */
    private static Tab tab(String id, String title, Node content) {
        Tab tab = scrollingTab(id, title, content);
        ((ScrollPane) tab.getContent()).setFitToHeight(true);
        return tab;
    }

    /** A tab whose content is taller than the window and scrolls. */
    private static Tab scrollingTab(String id, String title, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Tab tab = new Tab(title, scroll);
        tab.setId(id);
        return tab;
    }

    /**
     * The case's data as the funding engine reads it ({@link ContractFunding}, the one mapping
     * shared with the workflow and the annexes). Until the case records its signature date, the
     * contract is projected as signed today.
     */
    private Optional<FundingInput> fundingInput(UUID caseId) {
        CaseSnapshot snapshot = context.workflow().snapshot(caseId);
        if (snapshot.territory().isEmpty()) {
            return Optional.empty();
        }
        LocalDate signature = snapshot.signatureDate() != null ? snapshot.signatureDate()
                : LocalDate.now(context.clock());
        return Optional.of(ContractFunding.input(snapshot.territory(), snapshot.negotiation(), snapshot.missions(),
                snapshot.enteredAmounts(), signature));
    }

    /** A final annex was recorded: it is one of the case's documents too. */
    private void annexGenerated() {
        contentChanged();
        CaseFile shown = detail.currentProperty().get();
        documents.load(shown == null ? null : shown.id());
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
