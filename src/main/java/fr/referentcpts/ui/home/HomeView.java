package fr.referentcpts.ui.home;

import atlantafx.base.theme.Styles;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.i18n.Messages;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The pipeline and population (above the portfolio), and « À venir » (below it). */
public final class HomeView {
    private final VBox summary;
    private final VBox upcoming;

    /**
     * @param filterStage selects the stage clicked in the pipeline (again: all stages)
     * @param openCase    opens the case of a deadline
     */
    public HomeView(HomeViewModel vm, Messages messages, Consumer<WorkflowStage> filterStage, Consumer<UUID> openCase) {
        FlowPane pipeline = new FlowPane(6, 6);
        pipeline.setId("home-pipeline");
        Runnable fill = () -> {
            pipeline.getChildren().clear();
            for (HomeViewModel.PipelineItem item : vm.pipeline()) {
                Button chip = new Button(item.label() + "  " + item.count());
                chip.setId("pipeline-" + item.stage().name().toLowerCase(Locale.ROOT));
                chip.getStyleClass().addAll("pipeline-chip", Styles.SMALL);
                if (item.count() == 0) {
                    chip.getStyleClass().add("pipeline-empty");
                }
                chip.setOnAction(e -> filterStage.accept(item.stage()));
                pipeline.getChildren().add(chip);
            }
        };
        vm.pipeline().addListener((ListChangeListener<HomeViewModel.PipelineItem>) c -> fill.run());
        fill.run();
        Label population = new Label();
        population.setId("home-population");
        population.getStyleClass().add("home-population");
        population.textProperty().bind(vm.populationProperty());
        summary = new VBox(6, pipeline, population);
        summary.getStyleClass().add("home-summary");

        Label title = new Label(messages.get("home.upcoming.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(vm.upcomingSummaryProperty());
        ListView<HomeViewModel.DeadlineRow> list = new ListView<>(vm.upcoming());
        list.setId("home-upcoming");
        list.setPlaceholder(new Label(messages.get("home.upcoming.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(HomeViewModel.DeadlineRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("overdue-row");
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label date = new Label(row.date());
                date.getStyleClass().add("deadline-date");
                date.setMinWidth(80);
                Label text = new Label(row.caseName() + " – " + row.title());
                text.setWrapText(true);
                text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                text.maxWidthProperty().bind(list.widthProperty().subtract(130));
                if (row.overdue()) {
                    date.getStyleClass().add("overdue");
                    text.getStyleClass().add("overdue");
                    getStyleClass().add("overdue-row");
                }
                setText(null);
                setGraphic(new HBox(8, date, text));
            }
        });
        list.setOnMouseClicked(e -> {
            HomeViewModel.DeadlineRow row = list.getSelectionModel().getSelectedItem();
            if (row != null && e.getClickCount() >= 1) {
                openCase.accept(row.caseId());
            }
        });
        upcoming = new VBox(6, new HBox(12, title, count), list);
        upcoming.getStyleClass().add("home-upcoming");
    }

    /** Pipeline and population, above the portfolio table. */
    public VBox summary() {
        return summary;
    }

    /** « À venir », below the portfolio table. */
    public VBox upcoming() {
        return upcoming;
    }
}
