package fr.referentcpts.ui.rules;

import atlantafx.base.theme.Styles;
import fr.referentcpts.App;
import fr.referentcpts.core.common.UserFiles;
import fr.referentcpts.core.funding.RuleStatus;
import fr.referentcpts.core.funding.RulesService;
import fr.referentcpts.core.funding.SizeClass;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.FxDialogService;
import fr.referentcpts.ui.common.TaskRunner;
import java.io.File;
import java.time.Clock;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * « Règles de l’ACI »: the versions on the left, the barème of the one selected on the right
 * (one row per line, one column per size class, every cell with its amount and status in words),
 * the actions at the bottom, always visible.
 */
public final class RulesView extends BorderPane {
    private final RulesViewModel vm;
    private final Messages messages;

    public RulesView(RulesViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        getStyleClass().add("rules-view");
        setPadding(new Insets(12));
        Label title = new Label(messages.get("rulesScreen.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label help = new Label(messages.get("rulesScreen.help"));
        help.setWrapText(true);
        help.getStyleClass().add(Styles.TEXT_MUTED);
        Label loadError = new Label();
        loadError.getStyleClass().add("field-error");
        loadError.textProperty().bind(vm.loadErrorProperty());
        loadError.managedProperty().bind(loadError.textProperty().isNotEmpty());
        VBox top = new VBox(4, title, help, loadError);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);

        SplitPane split = new SplitPane(versionsPane(), baremePane());
        split.setDividerPositions(0.27);
        setCenter(split);
        setBottom(buttons());
    }

    /** Opens the screen in its own window, sized to fit the screen (1366×768 included). */
    public static Stage open(RulesService rules, UserFiles files, Clock clock, TaskRunner tasks, Messages messages,
            Window owner) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        RulesViewModel vm = new RulesViewModel(rules, files, tasks, new FxDialogService(messages, stage), messages,
                clock);
        Scene scene = new Scene(new RulesView(vm, messages));
        scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("ui/app.css")).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.get("rulesScreen.title"));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1260, screen.getWidth() - 16));
        stage.setHeight(Math.min(740, screen.getHeight() - 16));
        stage.setMinWidth(Math.min(800, screen.getWidth()));
        stage.setMinHeight(Math.min(500, screen.getHeight()));
        stage.show();
        vm.load(null);
        return stage;
    }

    private VBox versionsPane() {
        Label caption = new Label(messages.get("rulesScreen.versions"));
        caption.getStyleClass().add("field-label");
        ListView<VersionRow> list = new ListView<>(vm.versions());
        list.setId("rules-versions");
        list.setCellFactory(view -> new VersionCell(view));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                vm.selectedProperty().set(row);
            }
        });
        vm.selectedProperty().addListener((obs, old, row) -> list.getSelectionModel().select(row));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox pane = new VBox(6, caption, list);
        pane.setPadding(new Insets(0, 8, 0, 0));
        pane.setMinWidth(220);
        return pane;
    }

    private VBox baremePane() {
        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        heading.textProperty().bind(vm.headingProperty());
        TableView<BaremeRow> table = new TableView<>(vm.rows());
        table.setId("rules-bareme");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<BaremeRow, BaremeRow> line = new TableColumn<>(messages.get("rulesScreen.column.line"));
        line.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        line.setCellFactory(c -> new LineCell(line));
        line.setPrefWidth(330);
        line.setSortable(false);
        table.getColumns().add(line);
        for (SizeClass size : SizeClass.values()) {
            TableColumn<BaremeRow, BaremeRow.Cell> column = new TableColumn<>(
                    messages.get("rulesScreen.column.size", size.number()));
            column.setId("rules-size-" + size.number());
            column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(
                    c.getValue().cells().get(size.ordinal())));
            column.setCellFactory(c -> new AmountCell());
            column.setPrefWidth(130);
            column.setMinWidth(110);
            column.setSortable(false);
            table.getColumns().add(column);
        }
        VBox.setVgrow(table, Priority.ALWAYS);
        Label referencesCaption = new Label(messages.get("rulesScreen.references"));
        referencesCaption.getStyleClass().add(Styles.TEXT_SMALL);
        Label references = new Label();
        references.setWrapText(true);
        references.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        references.textProperty().bind(vm.referencesProperty());
        ScrollPane referencesScroll = new ScrollPane(references);
        referencesScroll.setFitToWidth(true);
        referencesScroll.setPrefViewportHeight(54);
        referencesScroll.setMaxHeight(70);
        VBox pane = new VBox(6, heading, table, referencesCaption, referencesScroll);
        pane.setPadding(new Insets(0, 0, 0, 8));
        return pane;
    }

    private HBox buttons() {
        Button confirm = new Button(messages.get("rulesScreen.confirm.open"));
        confirm.setId("rules-confirm");
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.disableProperty().bind(vm.noSelection());
        confirm.setOnAction(e -> vm.confirmForm().ifPresent(form ->
                new ConfirmRulesDialog(form, messages, getScene().getWindow(), vm::confirmed).show()));
        Button export = new Button(messages.get("rulesScreen.export"));
        export.setId("rules-export");
        export.disableProperty().bind(vm.noSelection());
        export.setOnAction(e -> {
            File file = chooser(vm.fileName()).showSaveDialog(getScene().getWindow());
            if (file != null) {
                vm.export(file.toPath());
            }
        });
        Button importFile = new Button(messages.get("rulesScreen.import"));
        importFile.setId("rules-import");
        importFile.setOnAction(e -> {
            File file = chooser(null).showOpenDialog(getScene().getWindow());
            if (file != null) {
                vm.importFile(file.toPath());
            }
        });
        Button close = new Button(messages.get("rulesScreen.close"));
        close.setId("rules-close");
        close.setCancelButton(true);
        close.setOnAction(e -> getScene().getWindow().hide());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, confirm, export, importFile, spacer, close);
        bar.setPadding(new Insets(10, 0, 0, 0));
        for (Button b : new Button[] {confirm, export, importFile, close}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        return bar;
    }

    private FileChooser chooser(String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("rulesScreen.fileFilter"),
                "*.json"));
        if (initialName != null) {
            chooser.setInitialFileName(initialName);
        }
        return chooser;
    }

    /** The style class of a status: its colour always comes with its words. */
    static String styleOf(RuleStatus status) {
        return switch (status) {
            case CONFIRMED -> Styles.SUCCESS;
            case CELLULE -> Styles.ACCENT;
            case PROPOSED -> Styles.WARNING;
            case TO_CONFIRM -> Styles.DANGER;
        };
    }

    /**
     * A version: id in bold, label and date, state, confirmation, wrapped to the list's width. The
     * labels are made once per cell, so their height is measured with the theme's fonts.
     */
    private static final class VersionCell extends ListCell<VersionRow> {
        private final ListView<VersionRow> list;
        private final Label id = wrapped();
        private final Label label = wrapped();
        private final Label state = wrapped();
        private final Label confirmation = wrapped();
        private final Label relation = wrapped();
        private final VBox box = new VBox(2, id, label, state, confirmation, relation);

        VersionCell(ListView<VersionRow> list) {
            this.list = list;
            id.getStyleClass().add(Styles.TEXT_BOLD);
            confirmation.getStyleClass().add(Styles.TEXT_MUTED);
            relation.getStyleClass().add(Styles.TEXT_MUTED);
            box.maxWidthProperty().bind(list.widthProperty().subtract(30));
            box.prefWidthProperty().bind(box.maxWidthProperty());
        }

        @Override
        protected void updateItem(VersionRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            id.setText(row.id());
            label.setText(row.label() + ", " + row.inForce());
            state.setText(row.state());
            state.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING);
            state.getStyleClass().add(row.complete() ? Styles.SUCCESS : Styles.WARNING);
            show(confirmation, row.confirmation());
            show(relation, row.relation());
            setGraphic(box);
        }

        /** The height of the labels wrapped at the width they are given (the list's), whatever width the list asks about. */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null) {
                return super.computePrefHeight(width);
            }
            if (getScene() != null) {
                getGraphic().applyCss();
            }
            return box.prefHeight(box.getPrefWidth()) + snappedTopInset() + snappedBottomInset();
        }

        private static void show(Label label, String text) {
            label.setText(text);
            label.setVisible(!text.isBlank());
            label.setManaged(!text.isBlank());
        }

        private static Label wrapped() {
            Label label = new Label();
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            return label;
        }
    }

    /** The line's label, wrapped to the column's width. */
    private static final class LineCell extends TableCell<BaremeRow, BaremeRow> {
        private final Text text = new Text();

        LineCell(TableColumn<BaremeRow, BaremeRow> column) {
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
            text.getStyleClass().add("rules-line");
        }

        @Override
        protected void updateItem(BaremeRow row, boolean empty) {
            super.updateItem(row, empty);
            text.setText(empty || row == null ? "" : row.line());
            setGraphic(empty || row == null ? null : text);
        }
    }

    /** « 50 000 € » over « Confirmé (texte) » in the status colour; the tooltip gives the reference. */
    private static final class AmountCell extends TableCell<BaremeRow, BaremeRow.Cell> {
        @Override
        protected void updateItem(BaremeRow.Cell cell, boolean empty) {
            super.updateItem(cell, empty);
            setText(null);
            if (empty || cell == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label amount = new Label(cell.amount());
            amount.getStyleClass().add("rules-amount");
            if (cell.status() == RuleStatus.TO_CONFIRM) {
                amount.getStyleClass().add(Styles.TEXT_MUTED);
            }
            Label status = new Label(cell.statusText());
            status.getStyleClass().addAll(Styles.TEXT_SMALL, styleOf(cell.status()));
            VBox box = new VBox(1, amount, status);
            box.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
            setGraphic(box);
            Tooltip tooltip = new Tooltip(cell.tooltip());
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(520);
            tooltip.setShowDuration(javafx.util.Duration.seconds(30));
            setTooltip(tooltip);
        }
    }
}
