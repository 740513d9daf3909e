package fr.referentcpts.ui.workflow;

import atlantafx.base.theme.Styles;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.Tables;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The follow-up of a signed contract: the yearly dialogue de gestion and the payments received. */
final class FollowUpForms {
    private FollowUpForms() {
    }

    static Node review(AnnualReviewViewModel vm, Messages messages) {
        ChoiceBox<Integer> year = new ChoiceBox<>(vm.years());
        year.setId("review-year");
        year.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer k) {
                return k == null ? "" : messages.get("workflow.review.year", k);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        year.valueProperty().bindBidirectional(vm.yearProperty());
        Label anniversary = new Label();
        anniversary.getStyleClass().add(Styles.TEXT_MUTED);
        anniversary.textProperty().bind(vm.anniversaryProperty());
        GridPane grid = StageForms.grid();
        grid.add(new HBox(12, year, anniversary), 0, 0, 2, 1);
        grid.add(FormControls.field(messages.get("workflow.review.date"), FormControls.date("review-date", vm.dateProperty(), messages),
                vm.errorProperty("date")), 0, 1);
        grid.add(FormControls.field(messages.get("workflow.review.comments"), FormControls.area("review-comments",
                vm.commentsProperty(), 3), vm.errorProperty("comments")), 0, 2, 2, 1);

        TableView<AnnualReviewViewModel.MeasureRow> table = Tables.of(vm.measures());
        table.setId("review-measures");
        table.setEditable(true);
        table.setPrefHeight(180);
        table.setMinHeight(160);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<AnnualReviewViewModel.MeasureRow, String> measured = new TableColumn<>(messages.get("workflow.review.measured"));
        measured.setCellValueFactory(cell -> cell.getValue().measured());
        measured.setCellFactory(TextFieldTableCell.forTableColumn());
        measured.setEditable(true);
        measured.setPrefWidth(110);
        table.getColumns().addAll(List.of(
                Tables.column(messages.get("workflow.review.mission"), AnnualReviewViewModel.MeasureRow::mission, 130),
                Tables.column(messages.get("workflow.review.indicator"), AnnualReviewViewModel.MeasureRow::label, 220),
                Tables.rightColumn(messages.get("workflow.review.target"), AnnualReviewViewModel.MeasureRow::target, 80)));
        table.getColumns().add(measured);
        TableColumn<AnnualReviewViewModel.MeasureRow, String> earned = new TableColumn<>(messages.get("workflow.review.earned"));
        earned.setCellValueFactory(cell -> cell.getValue().earned());
        earned.getStyleClass().add("figure-column");
        earned.setPrefWidth(120);
        table.getColumns().add(earned);
        table.setPlaceholder(new Label(messages.get("workflow.review.noIndicator")));
        Label rates = new Label();
        rates.setWrapText(true);
        rates.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        rates.textProperty().bind(vm.ratesProperty());
        grid.add(FormControls.field(messages.get("workflow.review.measures"), table, vm.errorProperty("measures")), 0, 3, 2, 1);
        grid.add(rates, 0, 4, 2, 1);
        Label earnedTotal = new Label();
        earnedTotal.setId("review-earned");
        earnedTotal.setWrapText(true);
        earnedTotal.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        earnedTotal.textProperty().bind(vm.earnedProperty());
        earnedTotal.managedProperty().bind(earnedTotal.textProperty().isNotEmpty());
        grid.add(earnedTotal, 0, 5, 2, 1);
        return StageForms.form(grid, FormControls.saveBar("review-save", messages, vm.saveStateProperty(), vm::save));
    }

    static Node payments(PaymentsViewModel vm, Messages messages) {
        Label summary = new Label();
        summary.setId("payments-summary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.textProperty().bind(vm.summaryProperty());
        TableView<PaymentsViewModel.PaymentRow> table = Tables.of(vm.rows());
        table.setId("payments-table");
        table.setPrefHeight(180);
        table.setMinHeight(150);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                Tables.column(messages.get("workflow.payment.date"), PaymentsViewModel.PaymentRow::date, 100),
                Tables.rightColumn(messages.get("workflow.payment.amount"), PaymentsViewModel.PaymentRow::amount, 120),
                Tables.column(messages.get("workflow.payment.line"), PaymentsViewModel.PaymentRow::line, 220),
                Tables.column(messages.get("workflow.payment.note"), PaymentsViewModel.PaymentRow::note, 160)));
        table.setPlaceholder(new Label(messages.get("workflow.payment.none")));
        Button delete = new Button(messages.get("workflow.payment.delete"));
        delete.setId("payment-delete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> vm.delete(table.getSelectionModel().getSelectedItem()));

        ChoiceBox<PaymentsViewModel.LineChoice> line = new ChoiceBox<>(vm.lines());
        line.setId("payment-line");
        line.valueProperty().bindBidirectional(vm.lineProperty());
        TextField amount = FormControls.text("payment-amount", vm.amountProperty(), 120);
        amount.setPromptText("37 500,00");
        Button add = new Button(messages.get("workflow.payment.add"));
        add.setId("payment-add");
        add.setOnAction(e -> vm.add());
        HBox form = new HBox(12,
                FormControls.field(messages.get("workflow.payment.date"), FormControls.date("payment-date", vm.dateProperty(), messages),
                        vm.errorProperty("date")),
                FormControls.field(messages.get("workflow.payment.amount"), amount, vm.errorProperty("amount")),
                FormControls.field(messages.get("workflow.payment.line"), line, vm.errorProperty("line")),
                FormControls.field(messages.get("workflow.payment.note"), FormControls.text("payment-note", vm.noteProperty(), 140),
                        vm.errorProperty("note")));
        form.getStyleClass().add("inline-form");
        Label state = new Label();
        state.getStyleClass().add(Styles.TEXT_MUTED);
        state.textProperty().bind(vm.saveStateProperty());
        return new VBox(10, summary, table, delete, form, new HBox(12, add, state));
    }
}
