package fr.referentcpts.ui.home;

import fr.referentcpts.core.agenda.AgendaService;
import fr.referentcpts.core.agenda.CalendarExport;
import fr.referentcpts.core.agenda.Deadline;
import fr.referentcpts.core.agenda.LiveOverview;
import fr.referentcpts.core.agenda.PortfolioOverview;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.workflow.StageFlow;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The home screen's figures above the portfolio: the pipeline (case files per stage), the
 * population covered by the contracts in force, « À venir » (deadlines overdue and of the next
 * three months across all case files), and the calendar export of every deadline.
 */
public final class HomeViewModel {
    /** How far ahead « À venir » looks. */
    public static final int HORIZON_DAYS = 92;

    /** One stage of the pipeline with its count. */
    public record PipelineItem(WorkflowStage stage, String label, int count) {
    }

    /** One line of « À venir ». */
    public record DeadlineRow(UUID caseId, String date, String caseName, String title, boolean overdue) {
    }

    /**
     * The figures as the screen shows them, their phrases formatted with the figures, off the FX
     * thread (hundreds of deadlines: ≈ 15 ms of formatting the window no longer waits for).
     */
    private record Shown(List<PipelineItem> pipeline, String population, List<DeadlineRow> upcoming,
            String summary) {
    }

    private final LiveOverview overview;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Clock clock;
    private final CalendarExport calendar;
    private final ObservableList<PipelineItem> pipeline = FXCollections.observableArrayList();
    private final ObservableList<PipelineItem> readOnlyPipeline = FXCollections.unmodifiableObservableList(pipeline);
    private final ObservableList<DeadlineRow> upcoming = FXCollections.observableArrayList();
    private final ObservableList<DeadlineRow> readOnlyUpcoming = FXCollections.unmodifiableObservableList(upcoming);
    private final ReadOnlyStringWrapper population = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper upcomingSummary = new ReadOnlyStringWrapper("");
    private Runnable whenShown = () -> { };

    public HomeViewModel(AgendaService agenda, CalendarExport calendar, TaskRunner tasks, DialogService dialogs, Messages messages,
            Clock clock) {
        this.overview = new LiveOverview(agenda);
        this.calendar = calendar;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.clock = clock;
        // The pipeline has its place from the start: nothing moves when the figures arrive.
        show(present(new PortfolioOverview(java.util.Map.of(), 0, 0, List.of(), LocalDate.now(clock).getYear(),
                java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO)));
        upcomingSummary.set("");
    }

    public ObservableList<PipelineItem> pipeline() {
        return readOnlyPipeline;
    }

    public ObservableList<DeadlineRow> upcoming() {
        return readOnlyUpcoming;
    }

    /** « 106 234 habitants couverts par 1 contrat en cours ». */
    public ReadOnlyStringProperty populationProperty() {
        return population.getReadOnlyProperty();
    }

    /** « 3 en retard, 12 dans les trois prochains mois ». */
    public ReadOnlyStringProperty upcomingSummaryProperty() {
        return upcomingSummary.getReadOnlyProperty();
    }

    /** Loads (or reloads, any case file may have changed) the figures in the background. */
    public void load() {
        overview.reset();
        tasks.run(() -> present(overview.overview()), this::computed, this::notComputed);
    }

    /** Runs {@code then} once, after the next figures computed are shown (or their failure said). */
    public void whenShown(Runnable then) {
        whenShown = then;
    }

    /**
     * One case file was created, changed or deleted: only its figures are computed again (in the
     * background), the others are kept.
     */
    public void changed(UUID caseId) {
        overview.changed(caseId);
        tasks.run(() -> present(overview.overview()), this::computed, this::notComputed);
    }

    /** Writes every deadline not done to an .ics file for the referent's agenda. */
    public void exportIcs(Path file) {
        tasks.run(() -> calendar.export(file), count -> dialogs.info(messages.get("home.ics.title"),
                messages.get("home.ics.done", count, file.toString())), this::failed);
    }

    private void computed(Shown figures) {
        show(figures);
        settled();
    }

    private void notComputed(Throwable error) {
        failed(error);
        settled();
    }

    private void settled() {
        Runnable then = whenShown;
        whenShown = () -> { };
        then.run();
    }

    private Shown present(PortfolioOverview figures) {
        List<PipelineItem> items = new ArrayList<>();
        for (WorkflowStage stage : StageFlow.PATH) {
            items.add(new PipelineItem(stage, messages.get(stage), figures.pipeline().getOrDefault(stage, 0)));
        }
        items.add(new PipelineItem(WorkflowStage.CLOSED, messages.get(WorkflowStage.CLOSED), figures.pipeline().getOrDefault(
                WorkflowStage.CLOSED, 0)));
        for (WorkflowStage end : List.of(WorkflowStage.ABANDONED, WorkflowStage.TERMINATED)) {
            items.add(new PipelineItem(end, messages.get(end), figures.pipeline().getOrDefault(end, 0)));
        }
        String covered = messages.get("home.population", FrenchFormat.integer(figures.populationCovered()),
                figures.contractsInForce()) + "\n" + (figures.lettersThisYear().signum() == 0
                        ? messages.get("home.money", FrenchFormat.amount(figures.dueThisYear()),
                                Integer.toString(figures.year()))
                        : messages.get("home.moneyWithLetters", FrenchFormat.amount(figures.dueThisYear()),
                                Integer.toString(figures.year()), FrenchFormat.amount(figures.lettersThisYear())));
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusDays(HORIZON_DAYS);
        List<Deadline> shown = figures.deadlines().stream()
                .filter(d -> d.overdue(today) || (!d.done() && !d.date().isBefore(today) && !d.date().isAfter(horizon)))
                .toList();
        List<DeadlineRow> rows = shown.stream().map(d -> new DeadlineRow(d.caseId(), FrenchFormat.date(d.date()),
                d.caseName(), messages.get(d.title()), d.overdue(today))).toList();
        long overdue = shown.stream().filter(d -> d.overdue(today)).count();
        return new Shown(items, covered, rows, messages.get("home.upcoming.summary", overdue, shown.size() - overdue));
    }

    private void show(Shown figures) {
        pipeline.setAll(figures.pipeline());
        population.set(figures.population());
        upcoming.setAll(figures.upcoming());
        upcomingSummary.set(figures.summary());
    }

    private void failed(Throwable error) {
        dialogs.error(messages.get("error.title"), errors.describe(error));
    }
}
