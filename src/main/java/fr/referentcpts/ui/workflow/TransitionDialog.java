package fr.referentcpts.ui.workflow;

import atlantafx.base.theme.Styles;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.workflow.DecidedBy;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.Forms;
import fr.referentcpts.ui.common.KeyedConverter;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** « Passer à l’étape suivante », « Revenir à l’étape… », « Classer sans suite… », « Résilier… ». */
public final class TransitionDialog extends Dialog<TransitionViewModel.Request> {
    public TransitionDialog(TransitionViewModel vm, Messages messages, Window owner, String title,
            Consumer<TransitionViewModel.Request> onConfirmed) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(title);
        setHeaderText(title);
        ButtonType confirm = new ButtonType(messages.get("workflow.transition.confirm"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(confirm, new ButtonType(messages.get("dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        VBox form = new VBox(10);
        form.setPrefWidth(460);
        if (vm.mode() == TransitionViewModel.Mode.BACK) {
            ChoiceBox<WorkflowStage> target = new ChoiceBox<>(FXCollections.observableArrayList(vm.targets()));
            target.setId("transition-target");
            target.setConverter(new KeyedConverter<>(messages));
            target.valueProperty().bindBidirectional(vm.targetProperty());
            form.getChildren().add(Forms.field(messages.get("workflow.transition.target"), target,
                    vm.targetErrorProperty()));
        }
        form.getChildren().add(Forms.field(messages.get(vm.mode() == TransitionViewModel.Mode.TERMINATE
                ? "workflow.transition.terminationDate" : "workflow.transition.date"),
                FormControls.date("transition-date", vm.dateProperty(), messages), vm.dateErrorProperty()));
        if (vm.asksWhoDecided()) {
            ChoiceBox<DecidedBy> decidedBy = new ChoiceBox<>(FXCollections.observableArrayList(DecidedBy.values()));
            decidedBy.setId("transition-decided-by");
            decidedBy.setConverter(new KeyedConverter<>(messages));
            decidedBy.valueProperty().bindBidirectional(vm.decidedByProperty());
            form.getChildren().add(Forms.field(messages.get("workflow.transition.decidedBy"), decidedBy));
        }
        form.getChildren().add(Forms.field(messages.get(vm.reasonRequired() ? "workflow.transition.reason"
                : "workflow.transition.comment"), FormControls.area("transition-reason", vm.reasonProperty(), 3),
                vm.reasonErrorProperty()));
        if (vm.mode() == TransitionViewModel.Mode.TERMINATE) {
            Label preview = new Label();
            preview.setId("transition-preview");
            preview.setWrapText(true);
            preview.getStyleClass().add("warning-text");
            preview.textProperty().bind(vm.previewProperty());
            form.getChildren().add(preview);
        }
        getDialogPane().setContent(form);
        Button ok = (Button) getDialogPane().lookupButton(confirm);
        ok.setId("transition-confirm");
        ok.getStyleClass().add(vm.mode() == TransitionViewModel.Mode.ADVANCE ? Styles.ACCENT : Styles.DANGER);
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            vm.validated().ifPresent(request -> {
                setResult(request);
                close();
                onConfirmed.accept(request);
            });
        });
        setResultConverter(button -> null);
        fr.referentcpts.ui.common.DialogSizing.growWithContent(this);
    }
}
