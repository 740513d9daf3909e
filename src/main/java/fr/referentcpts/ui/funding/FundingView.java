package fr.referentcpts.ui.funding;

import atlantafx.base.theme.Styles;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.Forms;
import fr.referentcpts.ui.common.Tables;
import fr.referentcpts.ui.funding.FundingRows.PaymentRow;
import fr.referentcpts.ui.funding.FundingRows.TotalRow;
import fr.referentcpts.ui.funding.FundingRows.YearBars;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The « Financement » tab. */
public final class FundingView extends VBox {
    public FundingView(FundingViewModel vm, Messages messages) {
        setSpacing(10);
        getStyleClass().add("tab-content");
        Label summary = new Label();
        summary.setId("funding-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TITLE_4);
        summary.textProperty().bind(vm.summaryProperty());
        Label simulated = new Label(messages.get("funding.simulation.banner"));
        simulated.setId("funding-simulated");
        simulated.getStyleClass().addAll("badge", "simulation-badge");
        simulated.visibleProperty().bind(vm.simulatedProperty());
        simulated.managedProperty().bind(simulated.visibleProperty());
        Label problems = new Label();
        problems.setId("funding-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add("warning-text");
        problems.textProperty().bind(vm.problemsProperty());

        javafx.scene.layout.GridPane annual = AnnualLinesGrid.create(vm.annual(), messages);

        TableView<PaymentRow> calendar = Tables.of(vm.payments());
        calendar.setId("funding-calendar");
        calendar.getColumns().addAll(List.of(
                Tables.wrappingColumn(messages.get("funding.view.date"),
                        r -> r.date() + "\n" + messages.get("layout.funding.contractYear", r.year()), 90),
                Tables.wrappingColumn(messages.get("funding.view.line"), PaymentRow::line, 240),
                Tables.wrappingColumn(messages.get("funding.view.kind"), PaymentRow::kind, 110),
                Tables.rightColumn(messages.get("funding.view.amount"), PaymentRow::amount, 110),
                Tables.wrappingColumn(messages.get("funding.view.explanation"), PaymentRow::explanation, 380)));
        // Dates, lines and amounts at the width of their text; a long explanation wraps.
        Tables.sizeToContent(calendar, calendar.getColumns().getLast(), 420, 100);
        calendar.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        calendar.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PaymentRow item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null
                        : new Tooltip(item.explanation() + "\n" + messages.get("funding.view.rule", item.reference())));
            }
        });
        fixedHeight(calendar, 320);
        Label detail = new Label();
        detail.setId("funding-detail");
        detail.setWrapText(true);
        detail.getStyleClass().add("text-muted");
        calendar.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> detail.setText(row == null
                ? "" : row.explanation() + " — " + messages.get("funding.view.rule", row.reference())));

        TableView<TotalRow> totals = Tables.of(vm.totals());
        totals.setId("funding-totals");
        totals.getColumns().addAll(List.of(
                Tables.column(messages.get("funding.view.period"), TotalRow::period, 200),
                Tables.rightColumn(messages.get("funding.view.amount"), TotalRow::amount, 130)));
        Tables.sizeToContent(totals, totals.getColumns().getFirst(), 320);
        fixedHeight(totals, 300);
        Label contractTotal = new Label();
        contractTotal.setId("funding-contract-total");
        contractTotal.getStyleClass().add(Styles.TITLE_4);
        contractTotal.textProperty().bind(javafx.beans.binding.Bindings.concat(
                messages.get("funding.view.contractTotal"), " ", vm.contractTotalProperty()));

        javafx.scene.layout.FlowPane totalsAndChart = new javafx.scene.layout.FlowPane(16, 10,
                new VBox(6, totals, contractTotal), chart(vm, messages));
        getChildren().addAll(summary, simulated, problems, simulation(vm, messages), section(messages, "funding.view.annual"),
                annual, section(messages, "funding.view.calendar"), calendar, detail,
                section(messages, "funding.view.totals"), totalsAndChart);
    }

    private static StackedBarChart<String, Number> chart(FundingViewModel vm, Messages messages) {
        CategoryAxis years = new CategoryAxis();
        NumberAxis amounts = new NumberAxis();
        amounts.setLabel("€");
        // French figures on the axis (« 500 000 », not « 500,000 »): the one formatter of the application.
        amounts.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number value) {
                return fr.referentcpts.core.common.FrenchFormat.integer(Math.round(value.doubleValue()));
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
        StackedBarChart<String, Number> chart = new StackedBarChart<>(years, amounts);
        chart.setId("funding-chart");
        chart.setTitle(messages.get("funding.view.chart"));
        chart.setAnimated(false);
        chart.setPrefSize(520, 300);
        XYChart.Series<String, Number> operating = new XYChart.Series<>();
        operating.setName(messages.get("component.operating"));
        XYChart.Series<String, Number> fixed = new XYChart.Series<>();
        fixed.setName(messages.get("funding.view.chart.fixed"));
        XYChart.Series<String, Number> variable = new XYChart.Series<>();
        variable.setName(messages.get("funding.view.chart.variable"));
        chart.getData().addAll(List.of(operating, fixed, variable));
        Runnable draw = () -> {
            operating.getData().clear();
            fixed.getData().clear();
            variable.getData().clear();
            for (YearBars bar : vm.bars()) {
                String year = messages.get("funding.view.contractYear", bar.contractYear());
                // Display only: the chart needs numbers, amounts stay exact everywhere else.
                operating.getData().add(new XYChart.Data<>(year, bar.operating().doubleValue()));
                fixed.getData().add(new XYChart.Data<>(year, bar.fixed().doubleValue()));
                variable.getData().add(new XYChart.Data<>(year, bar.variable().doubleValue()));
            }
        };
        vm.bars().addListener((ListChangeListener<YearBars>) change -> draw.run());
        draw.run();
        return chart;
    }

    private static VBox simulation(FundingViewModel vm, Messages messages) {
        ComboBox<String> achievement = new ComboBox<>(FXCollections.observableArrayList(
                messages.get("funding.simulation.caseRates"), "100 %", "75 %", "50 %"));
        achievement.setId("simulation-achievement");
        achievement.getSelectionModel().selectFirst();
        achievement.setOnAction(e -> vm.simulateAchievement(switch (achievement.getSelectionModel().getSelectedIndex()) {
            case 1 -> 100;
            case 2 -> 75;
            case 3 -> 50;
            default -> null;
        }));
        SimpleStringProperty dateText = new SimpleStringProperty("");
        TextField date = Forms.textField("simulation-date", dateText, 110);
        date.setPromptText("jj/mm/aaaa");
        date.setOnAction(e -> vm.simulateSignatureDate(dateText.get()));
        CheckBox quality = new CheckBox(messages.get(Mission.QUALITY));
        quality.setOnAction(e -> vm.simulateMission(Mission.QUALITY, quality.isSelected()));
        CheckBox support = new CheckBox(messages.get(Mission.SUPPORT));
        support.setOnAction(e -> vm.simulateMission(Mission.SUPPORT, support.isSelected()));
        CheckBox snp = new CheckBox(messages.get("missions.snpOrientation"));
        snp.setOnAction(e -> vm.simulateSnpOrientation(snp.isSelected()));
        ComboBox<LineKey> line = new ComboBox<>(vm.missingLines());
        line.setPromptText(messages.get("funding.simulation.lineToConfirm"));
        line.setMinWidth(Tables.textWidth(line.getPromptText(), false) + 72);
        line.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(LineKey key) {
                return key == null ? "" : vm.lineLabel(key);
            }

            @Override
            public LineKey fromString(String text) {
                return null;
            }
        });
        TextField amount = new TextField();
        amount.setPromptText(messages.get("funding.simulation.annualAmount"));
        amount.setPrefWidth(Tables.textWidth(amount.getPromptText(), false) + 28);
        amount.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        amount.setOnAction(e -> vm.simulateAmount(line.getValue(), amount.getText()));
        Button reset = new Button(messages.get("funding.simulation.reset"));
        reset.setOnAction(e -> {
            achievement.getSelectionModel().selectFirst();
            dateText.set("");
            quality.setSelected(false);
            support.setSelected(false);
            snp.setSelected(false);
            amount.clear();
            vm.resetSimulation();
        });
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(vm.simulationErrorProperty());
        VBox box = new VBox(6, section(messages, "funding.simulation.title"),
                Forms.row(10, Forms.field(messages.get("funding.simulation.achievement"), achievement),
                        Forms.field(messages.get("funding.simulation.signature"), date), quality, support, snp),
                Forms.row(10, line, amount, reset), error);
        box.getStyleClass().add("simulation-panel");
        return box;
    }

    private static void fixedHeight(TableView<?> table, double height) {
        table.setPrefHeight(height);
        table.setMinHeight(height);
    }

    private static Label section(Messages messages, String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("field-label");
        return label;
    }
}
