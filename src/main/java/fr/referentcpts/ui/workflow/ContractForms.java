package fr.referentcpts.ui.workflow;

import atlantafx.base.theme.Styles;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.Tables;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The follow-up of a signed contract, code-first: the crises the ARS recognised, the crisis plan
 * year by year, the first payment's file, and the payment at the validation of the lettre d'intention.
 */
final class ContractForms {
    private ContractForms() {
    }

    static Node crises(CrisesViewModel vm, Messages messages) {
        TableView<CrisesViewModel.CrisisRow> table = Tables.of(vm.rows());
        table.setId("crisis-table");
        // Four rows in sight (a crisis or two a year at most).
        table.setPrefHeight(230);
        table.setMinHeight(200);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                Tables.column(messages.get("contractUi.crisis.dateColumn"), CrisesViewModel.CrisisRow::date, 125),
                Tables.column(messages.get("contractUi.crisis.reference"), CrisesViewModel.CrisisRow::reference, 130),
                Tables.rightColumn(messages.get("contractUi.crisis.year"), CrisesViewModel.CrisisRow::year, 150),
                Tables.rightColumn(messages.get("contractUi.crisis.paid"), CrisesViewModel.CrisisRow::paid, 200),
                Tables.column(messages.get("contractUi.crisis.comment"), CrisesViewModel.CrisisRow::comment, 200)));
        table.setPlaceholder(new Label(messages.get("contractUi.crisis.none")));
        Button delete = new Button(messages.get("contractUi.crisis.delete"));
        delete.setId("crisis-delete");
        delete.setMinWidth(Region.USE_PREF_SIZE);
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> vm.delete(table.getSelectionModel().getSelectedItem()));

        TextField reference = FormControls.text("crisis-reference", vm.referenceProperty(), 180);
        TextField comment = FormControls.text("crisis-comment", vm.commentProperty(), 280);
        HBox.setHgrow(comment, Priority.ALWAYS);
        Node commentField = FormControls.field(messages.get("contractUi.crisis.comment"), comment,
                vm.errorProperty("comment"));
        HBox.setHgrow(commentField, Priority.ALWAYS);
        HBox form = new HBox(12,
                FormControls.field(messages.get("contractUi.crisis.date"),
                        FormControls.date("crisis-date", vm.dateProperty(), messages), vm.errorProperty("date")),
                FormControls.field(messages.get("contractUi.crisis.reference"), reference, vm.errorProperty("reference")),
                commentField);
        form.getStyleClass().add("inline-form");
        Button add = new Button(messages.get("contractUi.crisis.add"));
        add.setId("crisis-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> vm.add());
        Label state = new Label();
        state.getStyleClass().add(Styles.TEXT_MUTED);
        state.textProperty().bind(vm.saveStateProperty());
        VBox box = section("contract-crises", messages.get("contractUi.crisis.title"),
                messages.get("contractUi.crisis.convention"), vm.availableProperty());
        box.getChildren().addAll(table, delete, form, new HBox(12, add, state));
        return box;
    }

    static Node plan(CrisisPlanViewModel vm, Messages messages) {
        TableView<CrisisPlanViewModel.PlanRow> table = Tables.of(vm.rows());
        table.setId("plan-table");
        // Five contract years at most: all visible without scrolling.
        table.setPrefHeight(280);
        table.setMinHeight(260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                Tables.column(messages.get("contractUi.plan.contractYear"), CrisisPlanViewModel.PlanRow::label, 280),
                Tables.column(messages.get("contractUi.plan.state"), CrisisPlanViewModel.PlanRow::state, 240)));
        table.setPlaceholder(new Label(messages.get("contractUi.plan.none")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                vm.yearProperty().set(row.year());
            }
        });
        Label missing = new Label();
        missing.setId("plan-missing");
        missing.setWrapText(true);
        missing.setMinHeight(Region.USE_PREF_SIZE);
        missing.textProperty().bind(vm.missingProperty());
        missing.managedProperty().bind(missing.textProperty().isNotEmpty());
        missing.visibleProperty().bind(missing.managedProperty());

        ChoiceBox<Integer> year = new ChoiceBox<>(vm.years());
        year.setId("plan-year");
        year.setPrefWidth(190);
        year.setMinWidth(Region.USE_PREF_SIZE);
        year.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer k) {
                return k == null ? "" : messages.get("contractUi.plan.yearChoice", k);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        year.valueProperty().bindBidirectional(vm.yearProperty());
        VBox dateField = (VBox) FormControls.field("", FormControls.date("plan-date", vm.dateProperty(), messages),
                vm.errorProperty("date"));
        ((Label) dateField.getChildren().getFirst()).textProperty().bind(vm.dateLabelProperty());
        TextField comment = FormControls.text("plan-comment", vm.commentProperty(), 320);
        Node commentField = FormControls.field(messages.get("contractUi.plan.comment"), comment,
                vm.errorProperty("comment"));
        HBox.setHgrow(commentField, Priority.ALWAYS);
        HBox form = new HBox(12, FormControls.field(messages.get("contractUi.plan.contractYear"), year,
                vm.errorProperty("contractYear")), dateField, commentField);
        form.getStyleClass().add("inline-form");
        HBox saveBar = FormControls.saveBar("plan-save", messages, vm.saveStateProperty(), vm::save);
        Button delete = new Button(messages.get("contractUi.plan.delete"));
        delete.setId("plan-delete");
        delete.setMinWidth(Region.USE_PREF_SIZE);
        delete.disableProperty().bind(vm.canDeleteProperty().not());
        delete.setOnAction(e -> vm.delete());
        saveBar.getChildren().add(1, delete);
        VBox box = section("contract-plan", messages.get("contractUi.plan.title"), messages.get("contractUi.plan.explain"),
                vm.availableProperty());
        box.getChildren().addAll(table, missing, form, saveBar);
        return box;
    }

    static Node paymentFile(PaymentFileViewModel vm, Messages messages) {
        GridPane grid = StageForms.grid();
        grid.add(FormControls.field(messages.get("contractUi.file.ribReceived"),
                FormControls.date("file-rib", vm.ribReceivedProperty(), messages), vm.errorProperty("ribReceived")), 0, 0);
        TextField siret = FormControls.text("file-siret", vm.siretProperty(), 180);
        siret.setPromptText("892 345 678 00015");
        grid.add(FormControls.field(messages.get("contractUi.file.siret"), siret, vm.errorProperty("siret")), 1, 0);
        TextField finess = FormControls.text("file-finess", vm.finessProperty(), 130);
        finess.setPromptText("140000019");
        grid.add(FormControls.field(messages.get("contractUi.file.finess"), finess, vm.errorProperty("finess")), 2, 0);
        Label completeness = new Label();
        completeness.setId("file-completeness");
        completeness.setWrapText(true);
        completeness.setMinHeight(Region.USE_PREF_SIZE);
        completeness.textProperty().bind(vm.completenessProperty());
        Runnable colour = () -> {
            completeness.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING);
            completeness.getStyleClass().add(vm.completeProperty().get() ? Styles.SUCCESS : Styles.WARNING);
        };
        vm.completeProperty().addListener((obs, old, value) -> colour.run());
        colour.run();
        grid.add(completeness, 0, 1, 3, 1);
        VBox box = section("contract-payment-file", messages.get("contractUi.file.title"),
                messages.get("contractUi.file.explain"), null);
        box.getChildren().add(StageForms.form(grid, FormControls.saveBar("file-save", messages, vm.saveStateProperty(),
                vm::save)));
        return box;
    }

    static Node letterPayment(LetterPaymentViewModel vm) {
        // Lines that do not wrap: a wrapped label in an accordion pane is measured one line short and cut.
        Label amount = new Label();
        amount.setId("letter-payment");
        amount.textProperty().bind(vm.amountProperty());
        Label detail = new Label();
        detail.setId("letter-payment-detail");
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        detail.textProperty().bind(vm.detailProperty());
        amount.setMinHeight(Region.USE_PREF_SIZE);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(4, amount, detail);
        box.setMinHeight(Region.USE_PREF_SIZE);
        box.setId("letter-payment-box");
        box.getStyleClass().add("stage-form-box");
        box.visibleProperty().bind(amount.textProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** A titled part of the follow-up with its explanation; shown only while {@code shown} holds (null: always). */
    private static VBox section(String id, String title, String explanation, ObservableBooleanValue shown) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        Label explain = new Label(explanation);
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        explain.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(10, heading, explain);
        box.setId(id);
        box.getStyleClass().add("contract-section");
        if (shown != null) {
            box.visibleProperty().bind(shown);
            box.managedProperty().bind(shown);
        }
        return box;
    }
}
