package fr.referentcpts.ui.portfolio;

import atlantafx.base.theme.Styles;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.Tables;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
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
    private final TableView<CaseRow> table = new TableView<>();

    public PortfolioView(PortfolioViewModel vm, Messages messages, Node detail, Runnable newCase, Node exchangeMenu) {
        getStyleClass().add("portfolio");

        Label appTitle = new Label(messages.get("app.title"));
        appTitle.getStyleClass().addAll(Styles.TITLE_4, "app-title");
        TextField search = new TextField();
        search.setId("search");
        search.setPromptText(messages.get("portfolio.search.prompt"));
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
        HBox toolbar = new HBox(12, appTitle, search, spacer, archives, exchangeMenu, create);
        toolbar.getStyleClass().add("main-toolbar");
        setTop(toolbar);

        table.setId("cases");
        table.setItems(vm.visibleRows());
        table.getColumns().addAll(List.of(
                Tables.column(messages.get("portfolio.column.name"), CaseRow::name, 300),
                Tables.column(messages.get("portfolio.column.departement"), CaseRow::departementLabel, 170),
                Tables.column(messages.get("portfolio.column.stage"), CaseRow::stageLabel, 190),
                Tables.column(messages.get("portfolio.column.updated"), CaseRow::updatedLabel, 150)));
        table.getColumns().getLast().setMinWidth(150);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
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
        StackPane detailPane = new StackPane(chooseCase, detail);
        detailPane.getStyleClass().add("detail-pane");
        detail.visibleProperty().bind(vm.selectedProperty().isNotNull());
        chooseCase.visibleProperty().bind(vm.selectedProperty().isNull());
        SplitPane split = new SplitPane(table, detailPane);
        split.setDividerPositions(0.36);
        setCenter(split);

        Label summary = new Label();
        summary.setId("summary");
        summary.textProperty().bind(vm.summaryProperty());
        HBox status = new HBox(summary);
        status.getStyleClass().add("status-bar");
        setBottom(status);
    }

    public TableView<CaseRow> table() {
        return table;
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
