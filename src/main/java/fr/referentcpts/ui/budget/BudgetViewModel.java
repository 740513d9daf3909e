package fr.referentcpts.ui.budget;

import fr.referentcpts.core.budget.BudgetAmounts;
import fr.referentcpts.core.budget.BudgetFormat;
import fr.referentcpts.core.budget.BudgetService;
import fr.referentcpts.core.budget.BudgetTable;
import fr.referentcpts.core.budget.PortfolioBudget;
import fr.referentcpts.core.budget.StageFigures;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.i18n.BudgetLabels;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * « Budget de la cellule »: per contract and calendar year, committed, paid and still to pay, the
 * cellule's totals, what is flagged (amounts to confirm, contracts without calendar), the pipeline
 * by stage; one year or all; exported to CSV or Excel.
 */
public final class BudgetViewModel {
    /** A choice of the year selector; null year: every year. */
    public record YearChoice(Integer year, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One row of the table, its texts in French. */
    public record Line(String name, String stage, String year, String committed, String toConfirm, String paid,
            String remaining, String status, boolean total) {
    }

    private final BudgetService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final BudgetLabels labels;
    private final ErrorMessages errors;
    private final ObservableList<Line> rows = FXCollections.observableArrayList();
    private final ObservableList<Line> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<YearChoice> years = FXCollections.observableArrayList();
    private final ObservableList<YearChoice> readOnlyYears = FXCollections.unmodifiableObservableList(years);
    private final ObjectProperty<YearChoice> year = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<PortfolioBudget> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pipeline = new ReadOnlyStringWrapper("");
    private PortfolioBudget all;

    public BudgetViewModel(BudgetService service, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.labels = new BudgetLabels(messages);
        this.errors = new ErrorMessages(messages);
        year.addListener((obs, old, choice) -> show());
    }

    public ObservableList<Line> rows() {
        return readOnlyRows;
    }

    public ObservableList<YearChoice> years() {
        return readOnlyYears;
    }

    public ObjectProperty<YearChoice> yearProperty() {
        return year;
    }

    /** « 5 dossiers : engagé 4 932 222,72 €, versé …, reste à verser … ». */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The amounts to confirm and the contracts left out of the totals, in words. */
    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** « Pré-projet : 1 (12 000 hab.) · Suivi du contrat : 2 (129 803 hab.) ». */
    public ReadOnlyStringProperty pipelineProperty() {
        return pipeline.getReadOnlyProperty();
    }

    /** Nothing to export before the budget is loaded. */
    public BooleanBinding cannotExport() {
        return Bindings.createBooleanBinding(() -> shown.get() == null || shown.get().contracts().isEmpty(), shown);
    }

    /** Computes the budget in the background, keeping the year chosen. */
    public void load() {
        tasks.run(service::budget, budget -> {
            all = budget;
            YearChoice kept = year.get();
            List<YearChoice> choices = new ArrayList<>();
            choices.add(new YearChoice(null, messages.get("budget.ui.allYears")));
            budget.years().forEach(y -> choices.add(new YearChoice(y, Integer.toString(y))));
            years.setAll(choices);
            YearChoice again = choices.stream().filter(c -> kept != null && java.util.Objects.equals(c.year(),
                    kept.year())).findFirst().orElse(choices.getFirst());
            if (again.equals(year.get())) {
                show();
            } else {
                year.set(again);
            }
        }, this::failed);
    }

    /** The file name the save dialog proposes: « budget-cellule-2026.xlsx ». */
    public String fileName(BudgetFormat format) {
        YearChoice choice = year.get();
        return messages.get("budget.ui.fileName", choice == null || choice.year() == null ? ""
                : "-" + choice.year(), format.extension());
    }

    /** Writes the budget shown (the year chosen) to {@code file}. */
    public void export(BudgetFormat format, Path file) {
        PortfolioBudget budget = shown.get();
        if (budget == null) {
            return;
        }
        tasks.run(() -> {
            service.export(budget, format, file);
            return file;
        }, written -> dialogs.info(messages.get("budget.ui.export.title"),
                messages.get("budget.ui.exported", written.toString())),
                error -> dialogs.error(messages.get("budget.ui.export.failed"), errors.describe(error)));
    }

    private void show() {
        if (all == null) {
            return;
        }
        YearChoice choice = year.get();
        PortfolioBudget budget = choice == null || choice.year() == null ? all : all.restrictedTo(choice.year());
        shown.set(budget);
        List<Line> lines = new ArrayList<>();
        Object previous = null;
        for (BudgetTable.Row row : BudgetTable.rows(budget, true)) {
            lines.add(line(row, row.contract() == null || row.contract() != previous));
            previous = row.contract();
        }
        rows.setAll(lines);
        BudgetAmounts total = budget.total();
        summary.set(budget.contracts().isEmpty() ? messages.get("budget.cli.none")
                : messages.get("budget.ui.summary", budget.contracts().size(), FrenchFormat.amount(total.committed()),
                        FrenchFormat.amount(total.paid()), FrenchFormat.amount(total.remaining())));
        List<String> flagged = new ArrayList<>();
        if (budget.hasAmountsToConfirm()) {
            flagged.add(messages.get("budget.cli.toConfirm", FrenchFormat.amount(total.toConfirm())));
        }
        if (!budget.notComputed().isEmpty()) {
            flagged.add(messages.get("budget.ui.notComputed", String.join(", ",
                    budget.notComputed().stream().map(c -> c.name()).toList())));
        }
        notes.set(String.join("\n", flagged));
        List<String> stages = new ArrayList<>();
        for (StageFigures stage : all.pipeline()) {
            stages.add(messages.get("budget.ui.stage", messages.get(stage.stage()), stage.cases(),
                    FrenchFormat.integer(stage.population())));
        }
        List<String> referents = new ArrayList<>();
        for (fr.referentcpts.core.budget.ReferentFigures r : all.referents()) {
            referents.add(messages.get("budget.ui.referent", r.referent().isEmpty()
                    ? messages.get("budget.ui.noReferent") : r.referent(), r.cases(), r.inForce(),
                    FrenchFormat.integer(r.population())));
        }
        pipeline.set(stages.isEmpty() ? "" : messages.get("budget.ui.pipeline", String.join(" · ", stages))
                + "\n" + messages.get("budget.ui.referents", String.join(" · ", referents)));
    }

    /** A row; the stage and status of a contract are written on its first row only, so each row keeps one line. */
    private Line line(BudgetTable.Row row, boolean first) {
        BudgetAmounts a = row.amounts();
        boolean total = row.kind() != BudgetTable.Kind.CONTRACT_YEAR;
        boolean empty = row.contract() != null && row.contract().years().isEmpty();
        return new Line(labels.name(row), first ? labels.stage(row) : "", labels.year(row),
                amount(row, a.committed(), empty), amount(row, a.toConfirm(), empty),
                empty ? "" : FrenchFormat.amount(a.paid()), amount(row, a.remaining(), empty),
                first ? labels.status(row) : "", total);
    }

    private static String amount(BudgetTable.Row row, BigDecimal value, boolean empty) {
        return empty ? "" : row.computed() ? FrenchFormat.amount(value) : "—";
    }

    private void failed(Throwable error) {
        dialogs.error(messages.get("error.title"), errors.describe(error));
    }
}
