package fr.referentcpts.ui.settings;

import atlantafx.base.theme.Styles;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.Forms;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import java.util.function.Consumer;
import javafx.stage.Window;

/** « Réglages ». */
public final class SettingsDialog extends Dialog<Void> {
    public SettingsDialog(SettingsViewModel vm, Messages messages, Window owner, Runnable onSaved,
            Consumer<Window> openRules, Consumer<Window> openServer) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(messages.get("settings.title"));
        setHeaderText(messages.get("settings.title"));
        ButtonType save = new ButtonType(messages.get("settings.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, new ButtonType(messages.get("dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Label nameHelp = new Label(messages.get("settings.referentName.help"));
        nameHelp.setWrapText(true);
        nameHelp.getStyleClass().add(Styles.TEXT_MUTED);
        Label weeksHelp = new Label(messages.get("settings.weeks.help"));
        weeksHelp.setWrapText(true);
        weeksHelp.getStyleClass().add(Styles.TEXT_MUTED);
        Label formError = new Label();
        formError.getStyleClass().add("field-error");
        formError.textProperty().bind(vm.formErrorProperty());
        javafx.scene.control.TextField weeks = Forms.textField("settings-weeks", vm.weeksProperty(), 80);
        weeks.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button rules = new Button(messages.get("rulesScreen.open"));
        rules.setId("settings-rules");
        rules.setOnAction(e -> openRules.accept(getDialogPane().getScene().getWindow()));
        Button server = new Button(messages.get("serverUi.open"));
        server.setId("settings-server");
        server.setOnAction(e -> openServer.accept(getDialogPane().getScene().getWindow()));
        VBox form = new VBox(10,
                Forms.field(messages.get("settings.referentName"), Forms.textField("settings-name",
                        vm.referentNameProperty(), 300), vm.nameErrorProperty()), nameHelp,
                Forms.field(messages.get("settings.weeks"), weeks, vm.weeksErrorProperty()), weeksHelp,
                new javafx.scene.control.Separator(), Forms.row(8, rules, server), formError);
        form.setPrefWidth(440);
        getDialogPane().setContent(form);
        Button ok = (Button) getDialogPane().lookupButton(save);
        ok.setId("settings-save");
        ok.getStyleClass().add(Styles.ACCENT);
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            vm.save(() -> {
                close();
                onSaved.run();
            });
        });
        setResultConverter(button -> null);
    }
}
