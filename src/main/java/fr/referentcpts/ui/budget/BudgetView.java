package fr.referentcpts.ui.budget;

import atlantafx.base.theme.Styles;
import fr.referentcpts.App;
import fr.referentcpts.core.budget.BudgetFormat;
import fr.referentcpts.core.budget.BudgetService;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.FxDialogService;
import fr.referentcpts.ui.common.TaskRunner;
import fr.referentcpts.ui.common.Tables;
import java.io.File;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * « Budget de la cellule », in its own window: the year selector and the pipeline above, the table
 * per contract × year (totals on a tinted background), what is flagged and the export buttons below, always visible.
 */
public final class BudgetView extends BorderPane {
    private final BudgetViewModel vm;
    private final Messages messages;

    public BudgetView(BudgetViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        getStyleClass().add("budget-view");
        setPadding(new Insets(12));
        setTop(header());
        setCenter(table());
        setBottom(footer());
    }

    /** Opens the view in its own window, sized to fit the screen (1366×768 included), and loads the budget. */
    public static Stage open(BudgetService budget, TaskRunner tasks, Messages messages, Window owner) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        BudgetViewModel vm = new BudgetViewModel(budget, tasks, new FxDialogService(messages, stage), messages);
        Scene scene = new Scene(new BudgetView(vm, messages));
        scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("ui/app.css")).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.get("budget.ui.title"));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1260, screen.getWidth() - 16));
        stage.setHeight(Math.min(720, screen.getHeight() - 16));
        stage.setMinWidth(Math.min(800, screen.getWidth()));
        stage.setMinHeight(Math.min(480, screen.getHeight()));
        stage.show();
        vm.load();
        return stage;
    }

    private VBox header() {
        Label title = new Label(messages.get("budget.ui.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label help = new Label(messages.get("budget.cli.legend"));
        help.setWrapText(true);
        help.getStyleClass().add(Styles.TEXT_MUTED);
        Label pipeline = new Label();
        pipeline.setId("budget-pipeline");
        pipeline.setWrapText(true);
        pipeline.textProperty().bind(vm.pipelineProperty());
        Label yearLabel = new Label(messages.get("budget.ui.year"));
        ComboBox<BudgetViewModel.YearChoice> year = new ComboBox<>(vm.years());
        year.setId("budget-year");
        year.valueProperty().bindBidirectional(vm.yearProperty());
        yearLabel.setLabelFor(year);
        Label summary = new Label();
        summary.setId("budget-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox selector = new HBox(8, yearLabel, year, summary);
        selector.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, title, help, pipeline, selector);
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    private TableView<BudgetViewModel.Line> table() {
        TableView<BudgetViewModel.Line> table = Tables.of(vm.rows());
        table.setId("budget-table");
        table.setPlaceholder(new Label(messages.get("budget.cli.none")));
        TableColumn<BudgetViewModel.Line, String> name = Tables.column(messages.get("budget.column.case"),
                BudgetViewModel.Line::name, 220);
        List<TableColumn<BudgetViewModel.Line, String>> columns = List.of(name,
                Tables.column(messages.get("budget.column.stage"), BudgetViewModel.Line::stage, 160),
                Tables.column(messages.get("budget.column.year"), BudgetViewModel.Line::year, 100),
                Tables.rightColumn(messages.get("budget.column.committed"), BudgetViewModel.Line::committed, 120),
                Tables.rightColumn(messages.get("budget.column.toConfirm"), BudgetViewModel.Line::toConfirm, 120),
                Tables.rightColumn(messages.get("budget.column.paid"), BudgetViewModel.Line::paid, 120),
                Tables.rightColumn(messages.get("budget.column.remaining"), BudgetViewModel.Line::remaining, 120),
                Tables.wrappingColumn(messages.get("budget.column.status"), BudgetViewModel.Line::status, 150));
        // Rows stay grouped by contract, its totals after it: no sorting by a header.
        columns.forEach(c -> c.setSortable(false));
        table.getColumns().setAll(columns);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(BudgetViewModel.Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove("budget-total");
                if (!empty && line != null && line.total()) {
                    getStyleClass().add("budget-total");
                }
            }
        });
        Tables.sizeToContent(table, name, 260);
        return table;
    }

    private VBox footer() {
        Label notes = new Label();
        notes.setId("budget-notes");
        notes.setWrapText(true);
        notes.getStyleClass().add("warning-text");
        notes.textProperty().bind(vm.notesProperty());
        notes.managedProperty().bind(notes.textProperty().isNotEmpty());
        Button csv = exportButton("budget-export-csv", "budget.ui.exportCsv", BudgetFormat.CSV, "budget.ui.filter.csv");
        Button xlsx = exportButton("budget-export-xlsx", "budget.ui.exportXlsx", BudgetFormat.XLSX,
                "budget.ui.filter.xlsx");
        Button close = new Button(messages.get("budget.ui.close"));
        close.setId("budget-close");
        close.setCancelButton(true);
        close.setOnAction(e -> getScene().getWindow().hide());
        close.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, csv, xlsx, spacer, close);
        return new VBox(8, notes, bar) {
            {
                setPadding(new Insets(8, 0, 0, 0));
            }
        };
    }

    private Button exportButton(String id, String labelKey, BudgetFormat format, String filterKey) {
        Button button = new Button(messages.get(labelKey));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(vm.cannotExport());
        button.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get(labelKey));
            chooser.setInitialFileName(vm.fileName(format));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get(filterKey),
                    "*." + format.extension()));
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                vm.export(format, file.toPath());
            }
        });
        return button;
    }
}
