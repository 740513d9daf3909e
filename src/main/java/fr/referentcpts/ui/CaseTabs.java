package fr.referentcpts.ui;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.workflow.ContractFunding;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.workflow.Place;
import fr.referentcpts.core.workflow.Requirement;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.annex.AnnexView;
import fr.referentcpts.ui.annex.AnnexViewModel;
import fr.referentcpts.ui.casefile.CaseDetailView;
import fr.referentcpts.ui.casefile.CaseDetailViewModel;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.FirstMissing;
import fr.referentcpts.ui.common.TaskRunner;
import fr.referentcpts.ui.documents.DocumentsView;
import fr.referentcpts.ui.documents.DocumentsViewModel;
import fr.referentcpts.ui.funding.FundingView;
import fr.referentcpts.ui.funding.FundingViewModel;
import fr.referentcpts.ui.history.HistoryIntegrityViewModel;
import fr.referentcpts.ui.meetings.MeetingDialog;
import fr.referentcpts.ui.meetings.MeetingsView;
import fr.referentcpts.ui.meetings.MeetingsViewModel;
import fr.referentcpts.ui.missions.MissionDetailViewModel;
import fr.referentcpts.ui.missions.MissionsView;
import fr.referentcpts.ui.missions.MissionsViewModel;
import fr.referentcpts.ui.people.PersonDialog;
import fr.referentcpts.ui.people.PersonFormViewModel;
import fr.referentcpts.ui.people.TeamView;
import fr.referentcpts.ui.people.TeamViewModel;
import fr.referentcpts.ui.territory.CommuneSearchView;
import fr.referentcpts.ui.territory.CommuneSearchViewModel;
import fr.referentcpts.ui.territory.TerritoryView;
import fr.referentcpts.ui.territory.TerritoryViewModel;
import fr.referentcpts.ui.workflow.AmendmentsViewModel;
import fr.referentcpts.ui.workflow.AnnualReviewViewModel;
import fr.referentcpts.ui.workflow.ContractFollowUpViewModel;
import fr.referentcpts.ui.workflow.HealthProjectFormViewModel;
import fr.referentcpts.ui.workflow.LetterFormViewModel;
import fr.referentcpts.ui.workflow.NegotiationFormViewModel;
import fr.referentcpts.ui.workflow.PaymentsViewModel;
import fr.referentcpts.ui.workflow.PreProjectFormViewModel;
import fr.referentcpts.ui.workflow.RequirementFields;
import fr.referentcpts.ui.workflow.WorkflowView;
import fr.referentcpts.ui.workflow.WorkflowViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.stage.Window;

/**
 * The tabs of the case file shown (Parcours, Territoire, Équipe, Missions, Réunions, Financement,
 * Annexes, Documents): their ViewModels built once, each tab's data read when it is shown
 * ({@link TabData}), read again when the content changes, and the dialogs they open.
 */
final class CaseTabs {
    private static final Map<Place, String> PLACES = Map.of(Place.TEAM, "tab-team", Place.TERRITORY, "tab-territory",
            Place.MEETINGS, "tab-meetings", Place.MISSIONS, "tab-missions");

    /** What the tabs tell the window: content saved, the case moved to another stage. */
    interface Events {
        void contentChanged();

        void caseMoved(CaseFile moved);
    }

    private final Messages messages;
    private final Window owner;
    private final WindowServices services;
    private final CaseDetailViewModel detail;
    private final TerritoryViewModel territory;
    private final TeamViewModel team;
    private final MissionsViewModel missions;
    private final FundingViewModel funding;
    private final AnnexViewModel annexes;
    private final DocumentsViewModel documents;
    private final WorkflowViewModel workflow;
    private final MeetingsViewModel meetings;
    private final HistoryIntegrityViewModel historyIntegrity;
    private final CaseDetailView view;
    private final Map<String, Tab> tabs = new java.util.HashMap<>();
    private final TabData data = new TabData();

    CaseTabs(WindowServices services, CaseDetailViewModel detail, TaskRunner tasks, DialogService dialogs,
            Messages messages, Window owner, Consumer<Path> systemViewer, Events events) {
        this.services = services;
        this.detail = detail;
        this.messages = messages;
        this.owner = owner;
        Runnable touched = events::contentChanged;
        Supplier<LocalDate> today = () -> LocalDate.now(services.clock());
        this.territory = new TerritoryViewModel(services.territories(), services.communes(),
                () -> services.rules().get().catalog().versionInForceAt(today.get()).sizeClasses().lowerBounds()
                        .subList(1, 4), tasks, dialogs, messages, touched);
        this.team = new TeamViewModel(services.people(), tasks, dialogs, messages, touched);
        this.missions = new MissionsViewModel(services.missions(),
                () -> services.rules().get().catalog().versionInForceAt(today.get()),
                caseId -> services.workflow().snapshot(caseId).signatureDate(), tasks, dialogs, messages, touched);
        MissionDetailViewModel missionDetail = new MissionDetailViewModel(services.missions(),
                services.indicatorCatalog().get(), tasks, dialogs, messages, missions);
        this.funding = new FundingViewModel(services.workflow().engine(), caseId -> ContractFunding.current(
                services.workflow().snapshot(caseId), services.rules().get().catalog(), today.get()), tasks, dialogs,
                messages);
        this.annexes = new AnnexViewModel(services.annexes(), tasks, dialogs, messages, services.pages(),
                services.files(), javafx.application.Platform::runLater, annexGenerated(events),
                ZoneId.systemDefault());
        this.documents = new DocumentsViewModel(services.documents(), services.files(), services.annexes()::annexes,
                tasks, dialogs, messages, systemViewer, touched, ZoneId.systemDefault());
        this.workflow = new WorkflowViewModel(services.workflow(), tasks, dialogs, messages, events::caseMoved);
        WorkflowView.Forms forms = new WorkflowView.Forms(
                new PreProjectFormViewModel(services.forms(), tasks, dialogs, messages, touched),
                new LetterFormViewModel(services.forms(), tasks, dialogs, messages, touched),
                new HealthProjectFormViewModel(services.forms(), tasks, dialogs, messages, touched),
                new NegotiationFormViewModel(services.forms(), () -> services.rules().get().catalog(), today, tasks,
                        dialogs, messages, touched),
                new AnnualReviewViewModel(services.followUp(), services.missions(), today, tasks, dialogs, messages,
                        touched),
                new PaymentsViewModel(services.followUp(), services.workflow().engine(), today, tasks, dialogs,
                        messages, touched),
                new ContractFollowUpViewModel(services.contracts(), services.workflow().engine(), today, tasks,
                        dialogs, messages, touched),
                new AmendmentsViewModel(services.contracts(), services.amendments(), tasks, dialogs, messages,
                        touched));
        workflow.attach(forms.preProject(), forms.letter(), forms.healthProject(), forms.negotiation(), forms.review(),
                forms.payments(), forms.amendments());
        workflow.attach(forms.contract().forms());
        this.meetings = new MeetingsViewModel(services.meetings(), services.people(), tasks, dialogs, messages, today,
                touched);
        this.historyIntegrity = new HistoryIntegrityViewModel(services.historyIntegrity(), tasks, messages);
        List<Tab> first = List.of(tab("tab-workflow", messages.get("workflow.tab"),
                () -> new WorkflowView(workflow, forms, messages, this::navigate, this::navigable)));
        List<Tab> more = List.of(
                tab("tab-territory", messages.get("casefile.tab.territory"),
                        () -> new TerritoryView(territory, messages, new CommuneSearchView(new CommuneSearchViewModel(
                                services.communes(), territory, this::currentStage, tasks, messages), messages))),
                tab("tab-team", messages.get("casefile.tab.team"),
                        () -> new TeamView(team, messages, this::openPersonDialog)),
                scrollingTab("tab-missions", messages.get("casefile.tab.missions"),
                        () -> new MissionsView(missions, missionDetail, messages)),
                tab("tab-meetings", messages.get("meeting.tab"),
                        () -> new MeetingsView(meetings, messages, this::openMeetingDialog)),
                scrollingTab("tab-funding", messages.get("casefile.tab.funding"),
                        () -> new FundingView(funding, messages)),
                tab("tab-annexes", AnnexView.title(messages), () -> new AnnexView(annexes, messages)),
                tab("tab-documents", messages.get("casefile.tab.documents"),
                        () -> new DocumentsView(documents, messages)));
        more.forEach(tab -> tabs.put(tab.getId(), tab));
        readWhenShown("tab-territory", territory::load);
        readWhenShown("tab-team", team::load);
        readWhenShown("tab-missions", missions::load);
        readWhenShown("tab-meetings", meetings::load);
        readWhenShown("tab-funding", funding::load);
        readWhenShown("tab-annexes", annexes::load);
        readWhenShown("tab-documents", documents::load);
        List<String> suggestions = services.departements().all().stream().map(d -> d.label()).toList();
        this.view = new CaseDetailView(detail, messages, suggestions, first, more);
        view.warning(historyIntegrity.warningProperty());
    }

    CaseDetailView view() {
        return view;
    }

    /**
     * Case {@code caseId} opens (none: null) on its « Parcours », read now with its history's
     * check; the other tabs read it when shown.
     */
    void load(UUID caseId) {
        view.showFirstTabAtTop();
        workflow.load(caseId);
        historyIntegrity.load(caseId);
        data.show(caseId);
    }

    /** The content of the case shown changed: requirements, funding and meetings follow. */
    void refresh() {
        data.changed("tab-funding");
        workflow.refresh();
        data.changed("tab-meetings");
        data.changed("tab-missions", missions::signatureChanged);
    }

    /** The settings changed (deadlines, delays): the requirements follow. */
    void settingsChanged() {
        workflow.refresh();
    }

    /** Opens the « Parcours » tab. */
    void showWorkflow() {
        view.select("tab-workflow");
    }

    /** A final annex was recorded: it is one of the case's documents too. */
    private Runnable annexGenerated(Events events) {
        return () -> {
            events.contentChanged();
            data.changed("tab-documents");
        };
    }

    private WorkflowStage currentStage() {
        CaseFile shown = detail.currentProperty().get();
        return shown == null ? WorkflowStage.PRE_PROJECT : shown.stage();
    }

    /**
     * « Y aller »: the tab where {@code r} is filled in, the mission it names selected, the cursor
     * in its field (the first still empty), not in the window's search.
     */
    private void navigate(Requirement r) {
        String id = PLACES.get(r.kind().place());
        if (id == null || !view.select(id)) {
            return;
        }
        if (r.kind().place() == Place.MISSIONS && !r.arguments().isEmpty() && r.arguments().getFirst() instanceof Mission m) {
            missions.select(m);
        }
        Tab tab = tabs.get(id);
        if (tab != null && tab.getContent() != null) {
            tab.getContent().applyCss();
            if (tab.getContent() instanceof javafx.scene.Parent parent) {
                parent.layout();
            }
            FirstMissing.focus(tab.getContent(), RequirementFields.ids(r));
        }
    }

    private boolean navigable(Place place) {
        String id = PLACES.get(place);
        return id != null && view.has(id);
    }

    private void openMeetingDialog(Meeting existing) {
        CaseFile shown = detail.currentProperty().get();
        if (shown == null) {
            return;
        }
        new MeetingDialog(meetings.form(existing, shown.stage()), messages, owner, existing == null,
                meetings::save).show();
    }

    private void openPersonDialog(Person existing) {
        PersonFormViewModel form = new PersonFormViewModel(services.people(), messages, team.caseId(), existing);
        new PersonDialog(form, messages, owner, existing == null, person -> team.save(person, () -> { })).show();
    }

    private void readWhenShown(String id, Consumer<UUID> loader) {
        data.add(id, tabs.get(id).selectedProperty(), loader);
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
     * identity tab only (the others' controls, styles and layout cost startup time). Its data is
     * read at the same moment ({@link TabData}); the view shows the ViewModel's state.
     */
    private static Tab lazyTab(String id, String title, Supplier<Node> content, boolean fitToHeight) {
        Tab tab = new Tab(title);
        tab.setId(id);
        fr.referentcpts.ui.common.LazyPane.once(tab.selectedProperty(), () -> {
            ScrollPane scroll = new ScrollPane(content.get());
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(fitToHeight);
            tab.setContent(scroll);
        });
        return tab;
    }
}
