package fr.referentcpts.ui.portfolio;

import atlantafx.base.theme.Styles;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.Tables;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import fr.referentcpts.core.casefile.WorkflowStage;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import java.util.List;

/**
 * The main window's content: a toolbar (search, archives, « Nouveau dossier »), the table of
 * case files and the detail pane of the selected one.
 */
public final class PortfolioView extends BorderPane {
    /** Where the list ends by default: room for the names and for the tabs of the open case. */
    public static final double DEFAULT_DIVIDER = 0.46;
    private final TableView<CaseRow> table = new TableView<>();
    private final SplitPane split = new SplitPane();

    public PortfolioView(PortfolioViewModel vm, Messages messages, Node detail, Runnable newCase) {
        this(vm, messages, detail, newCase, new Extras(null, null, List.of()));
    }

    /**
     * What the home screen adds around the table: figures above it, « À venir » below it, and
     * buttons in the toolbar.
     */
    public record Extras(Node above, Node below, List<Node> toolbar) {
    }

    public PortfolioView(PortfolioViewModel vm, Messages messages, Node detail, Runnable newCase, Extras extras) {
        getStyleClass().add("portfolio");

        Label appTitle = new Label(messages.get("app.title"));
        appTitle.getStyleClass().addAll(Styles.TITLE_4, "app-title");
        TextField search = new TextField();
        search.setId("search");
        search.setPromptText(messages.get("layout.portfolio.search.prompt"));
        search.setTooltip(new javafx.scene.control.Tooltip(messages.get("portfolio.search.prompt")));
        search.setPrefWidth(Tables.textWidth(search.getPromptText(), false) + 40);
        search.setMinWidth(200);
        search.textProperty().bindBidirectional(vm.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(520);
        ToggleButton archives = new ToggleButton(messages.get("portfolio.showArchived"));
        archives.setId("show-archived");
        archives.selectedProperty().bindBidirectional(vm.showArchivedProperty());
        Button create = new Button(messages.get("portfolio.newCase"));
        create.setId("new-case");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> newCase.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        HBox toolbar = new HBox(12, appTitle, search, spacer, archives);
        toolbar.getChildren().addAll(extras.toolbar());
        toolbar.getChildren().add(create);
        toolbar.getStyleClass().add("main-toolbar");
        // The search box gives way first: the title and the buttons are never cut.
        toolbar.getChildren().stream().filter(n -> n != search && n != spacer && n instanceof Region)
                .forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        setTop(toolbar);

        table.setId("cases");
        table.setItems(vm.visibleRows());
        javafx.scene.control.TableColumn<CaseRow, String> name =
                Tables.column(messages.get("portfolio.column.name"), CaseRow::name, 300);
        table.getColumns().addAll(List.of(name,
                Tables.column(messages.get("portfolio.column.departement"), CaseRow::departementLabel, 170),
                Tables.wrappingColumn(messages.get("portfolio.column.stage"), CaseRow::stageLabel, 190),
                Tables.column(messages.get("portfolio.column.updated"), CaseRow::updatedLabel, 150)));
        // The name gets the room; the other columns the width of their content (a long stage wraps).
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Tables.sizeToContent(table, name, 200);
        table.placeholderProperty().bind(Bindings.when(vm.emptyProperty())
                .then(emptyState(vm, messages, newCase))
                .otherwise(noMatch(vm, messages)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                vm.selectedProperty().set(row);
            }
        });
        vm.selectedProperty().addListener((obs, old, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        });

        Label chooseCase = new Label(messages.get("portfolio.chooseCase"));
        chooseCase.getStyleClass().add(Styles.TEXT_MUTED);
        StackPane detailPane = new StackPane(chooseCase);
        detailPane.getStyleClass().add("detail-pane");
        detail.visibleProperty().bind(vm.selectedProperty().isNotNull());
        chooseCase.visibleProperty().bind(vm.selectedProperty().isNull());
        // In the window from the first case chosen only: hidden, its 260-odd nodes would still have
        // their styles and layout worked out in the window's first pass, the one the list waits for.
        vm.selectedProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable selected) {
                if (vm.selectedProperty().get() != null) {
                    vm.selectedProperty().removeListener(this);
                    detailPane.getChildren().add(detail);
                }
            }
        });
        ChoiceBox<WorkflowStage> stageFilter = new ChoiceBox<>();
        stageFilter.setId("filter-stage");
        stageFilter.getItems().add(null);
        stageFilter.getItems().addAll(WorkflowStage.values());
        stageFilter.setConverter(labels(stage -> stage == null ? messages.get("home.filter.allStages")
                : messages.get(stage)));
        stageFilter.valueProperty().bindBidirectional(vm.stageFilterProperty());
        // A combo box, not a choice box: its list is virtualised, where a choice box builds a menu item
        // for each of the hundred départements a large portfolio spans (0.7 s at startup). « "" »: all.
        ComboBox<String> departementFilter = new ComboBox<>();
        departementFilter.setId("filter-departement");
        departementFilter.setVisibleRowCount(15);
        departementFilter.setPromptText(messages.get("home.filter.allDepartements"));
        departementFilter.setConverter(labels(code -> code == null || code.isEmpty()
                ? messages.get("home.filter.allDepartements") : vm.departementLabel(code)));
        Runnable fillDepartements = () -> {
            String kept = vm.departementFilterProperty().get();
            departementFilter.getItems().setAll(java.util.stream.Stream.concat(java.util.stream.Stream.of(""),
                    vm.departementChoices().stream()).toList());
            departementFilter.setValue(kept);
        };
        vm.departementChoices().addListener((javafx.collections.ListChangeListener<String>) c -> fillDepartements.run());
        fillDepartements.run();
        departementFilter.valueProperty().bindBidirectional(vm.departementFilterProperty());
        HBox filters = new HBox(8, stageFilter, departementFilter);
        filters.getStyleClass().add("portfolio-filters");
        VBox left = new VBox(8);
        left.getStyleClass().add("portfolio-left");
        if (extras.above() != null) {
            left.getChildren().add(extras.above());
        }
        left.getChildren().add(filters);
        if (extras.below() != null) {
            SplitPane tableAndBelow = new SplitPane(table, extras.below());
            tableAndBelow.setOrientation(javafx.geometry.Orientation.VERTICAL);
            tableAndBelow.setDividerPositions(0.64);
            VBox.setVgrow(tableAndBelow, Priority.ALWAYS);
            left.getChildren().add(tableAndBelow);
        } else {
            VBox.setVgrow(table, Priority.ALWAYS);
            left.getChildren().add(table);
        }
        split.getItems().setAll(left, detailPane);
        split.setId("portfolio-split");
        split.setDividerPositions(DEFAULT_DIVIDER);
        setCenter(split);

        Label summary = new Label();
        summary.setId("summary");
        summary.textProperty().bind(vm.summaryProperty());
        HBox status = new HBox(summary);
        status.getStyleClass().add("status-bar");
        setBottom(status);
    }

    private static <T> javafx.util.StringConverter<T> labels(java.util.function.Function<T, String> label) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    public TableView<CaseRow> table() {
        return table;
    }

    /** The list beside the open case: its divider is dragged, and remembered by the window. */
    public SplitPane split() {
        return split;
    }


    private static Node emptyState(PortfolioViewModel vm, Messages messages, Runnable newCase) {
        Label title = new Label(messages.get("portfolio.empty.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label text = new Label(messages.get("portfolio.empty.text"));
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        Button create = new Button(messages.get("portfolio.newCase"));
        create.setId("empty-new-case");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> newCase.run());
        Button demo = new Button(messages.get("portfolio.loadDemo"));
        demo.setId("load-demo");
        demo.setOnAction(e -> vm.loadDemo());
        create.setMinWidth(Region.USE_PREF_SIZE);
        demo.setMinWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(12, title, text, new HBox(8, create, demo));
        box.getStyleClass().add("empty-state");
        box.setMaxWidth(440);
        return box;
    }

    private static Node noMatch(PortfolioViewModel vm, Messages messages) {
        Label label = new Label();
        label.textProperty().bind(Bindings.createStringBinding(() -> vm.searchProperty().get().isBlank()
                ? messages.get("portfolio.noneVisible")
                : messages.get("portfolio.noMatch", vm.searchProperty().get()), vm.searchProperty()));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
