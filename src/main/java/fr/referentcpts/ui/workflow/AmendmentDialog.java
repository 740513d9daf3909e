package fr.referentcpts.ui.workflow;

import atlantafx.base.theme.Styles;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.Forms;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * « Nouvel avenant n° N »: the form in a scrolling area (the buttons stay visible at 1366×768),
 * « Voir l’effet » for the envelope before → after, « Enregistrer » once it is shown.
 */
public final class AmendmentDialog extends Dialog<Void> {
    public AmendmentDialog(AmendmentDialogViewModel vm, Messages messages, Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(vm.title());
        setHeaderText(vm.title());
        setResizable(true);
        ButtonType preview = new ButtonType(messages.get("amendmentUi.dialog.preview"), ButtonBar.ButtonData.OTHER);
        ButtonType save = new ButtonType(messages.get("workflow.form.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(preview, save,
                new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));

        VBox form = new VBox(12);
        form.setPrefWidth(620);
        ChoiceBox<AmendmentDialogViewModel.RulesChoice> rules = new ChoiceBox<>(
                javafx.collections.FXCollections.observableArrayList(vm.rulesChoices()));
        rules.setId("amendment-rules");
        rules.valueProperty().bindBidirectional(vm.rulesProperty());
        form.getChildren().add(new HBox(16,
                Forms.field(messages.get("amendmentUi.dialog.effectiveDate"),
                        FormControls.date("amendment-effective-date", vm.effectiveDateProperty(), messages),
                        vm.errorProperty("effectiveDate")),
                Forms.field(messages.get("amendmentUi.dialog.rules"), rules, vm.errorProperty("rules"))));

        Label changesError = error(vm, "changes");
        form.getChildren().addAll(section(messages.get("amendmentUi.dialog.add")), changesError);
        GridPane add = new GridPane();
        add.setHgap(12);
        add.setVgap(4);
        int row = 0;
        for (AmendmentDialogViewModel.MissionAdd mission : vm.additions()) {
            CheckBox box = FormControls.check("amendment-add-" + mission.mission().name().toLowerCase(java.util.Locale.ROOT),
                    mission.label(), mission.selected());
            var start = FormControls.date("amendment-add-start-" + mission.mission().name().toLowerCase(java.util.Locale.ROOT),
                    mission.start(), messages);
            start.disableProperty().bind(mission.selected().not());
            start.setPromptText(messages.get("amendmentUi.dialog.startPrompt"));
            add.addRow(row++, box, start, error(vm, "add." + mission.mission().name()));
        }
        if (vm.additions().isEmpty()) {
            add.add(new Label(messages.get("amendmentUi.dialog.noMissionToAdd")), 0, 0);
        }
        form.getChildren().add(add);

        form.getChildren().add(section(messages.get("amendmentUi.dialog.starts")));
        GridPane starts = new GridPane();
        starts.setHgap(12);
        starts.setVgap(4);
        row = 0;
        for (AmendmentDialogViewModel.MissionStart mission : vm.starts()) {
            var start = FormControls.date("amendment-start-" + mission.mission().name().toLowerCase(java.util.Locale.ROOT),
                    mission.start(), messages);
            start.setPromptText(messages.get("amendmentUi.dialog.unchanged"));
            starts.addRow(row++, new Label(messages.get("amendmentUi.dialog.currentStart", mission.label(),
                    mission.current())), start, error(vm, "start." + mission.mission().name()));
        }
        form.getChildren().add(starts);

        CheckBox complement = FormControls.check("amendment-complement", messages.get("amendmentUi.dialog.complement"),
                vm.complementProperty());
        complement.setDisable(!vm.complementAvailable());
        ChoiceBox<Integer> size = FormControls.choice("amendment-size", vm.sizeClasses(),
                n -> messages.get("amendmentUi.dialog.size", Integer.toString(n)),
                messages.get("amendmentUi.dialog.sizeUnchanged"), vm.sizeClassProperty());
        Label currentSize = new Label(vm.currentSize());
        currentSize.getStyleClass().add(Styles.TEXT_MUTED);
        form.getChildren().addAll(new VBox(4, complement, error(vm, "operatingComplement")),
                Forms.field(messages.get("amendmentUi.dialog.sizeClass"), new HBox(10, size, currentSize),
                        vm.errorProperty("sizeClass")),
                Forms.field(messages.get("amendmentUi.dialog.reason"),
                        FormControls.area("amendment-reason", vm.reasonProperty(), 3), vm.errorProperty("reason")));

        Label effect = new Label();
        effect.setId("amendment-effect");
        effect.setWrapText(true);
        effect.setMinHeight(Region.USE_PREF_SIZE);
        effect.getStyleClass().add(Styles.TEXT_BOLD);
        effect.textProperty().bind(vm.effectProperty());
        form.getChildren().addAll(effect, error(vm, "effect"));

        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(440);
        scroll.setMaxHeight(520);
        getDialogPane().setContent(scroll);

        Button previewButton = (Button) getDialogPane().lookupButton(preview);
        previewButton.setId("amendment-preview");
        previewButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            vm.preview();
        });
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("amendment-save");
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.disableProperty().bind(vm.effectShownProperty().not());
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            vm.save();
        });
        vm.recordedProperty().addListener((obs, old, done) -> {
            if (done) {
                setResult(null);
                close();
            }
        });
        setResultConverter(button -> null);
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static Label error(AmendmentDialogViewModel vm, String field) {
        Label label = new Label();
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(vm.errorProperty(field));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        label.setAlignment(Pos.CENTER_LEFT);
        return label;
    }

}
