package fr.referentcpts.ui.server;

import atlantafx.base.theme.Styles;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.Forms;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * « Serveur de la cellule… » (from « Réglages »): where the cellule's PostgreSQL server is, the
 * login and the password, checked with the server when the referent records them.
 */
public final class ServerConnectionDialog extends Dialog<Void> {
    public ServerConnectionDialog(ServerConnectionViewModel vm, Messages messages, Window owner,
            Consumer<String> connected) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(messages.get("serverUi.title"));
        setHeaderText(messages.get("serverUi.title"));
        ButtonType save = new ButtonType(messages.get("serverUi.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, new ButtonType(messages.get("dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));

        Label help = muted(messages.get("serverUi.help"));
        TextField url = Forms.textField("server-url", vm.urlProperty(), 420);
        url.setPromptText("postgresql://cellule.cpam.local:5432/cellule");
        TextField user = Forms.textField("server-user", vm.userProperty(), 220);
        user.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        PasswordField password = new PasswordField();
        password.setId("server-password");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        password.setPrefWidth(220);
        password.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        CheckBox remember = new CheckBox();
        remember.setId("server-remember");
        remember.textProperty().bind(vm.storeTextProperty());
        remember.selectedProperty().bindBidirectional(vm.rememberProperty());
        remember.visibleProperty().bind(vm.storeAvailableProperty());
        remember.managedProperty().bind(remember.visibleProperty());
        Label noStore = muted("");
        noStore.setId("server-no-store");
        noStore.textProperty().bind(vm.storeTextProperty());
        noStore.visibleProperty().bind(vm.storeAvailableProperty().not().and(vm.storeTextProperty().isNotEmpty()));
        noStore.managedProperty().bind(noStore.visibleProperty());
        CheckBox tls = new CheckBox(messages.get("serverUi.requireTls"));
        tls.setId("server-require-tls");
        tls.selectedProperty().bindBidirectional(vm.requireTlsProperty());
        Label tlsHelp = muted(messages.get("serverUi.requireTls.help"));
        Label formError = new Label();
        formError.setId("server-error");
        formError.getStyleClass().add("field-error");
        formError.setWrapText(true);
        formError.textProperty().bind(vm.formErrorProperty());
        formError.setMaxWidth(480);

        VBox form = new VBox(8, help,
                Forms.field(messages.get("serverUi.url"), url, vm.urlErrorProperty()),
                Forms.field(messages.get("serverUi.user"), user, vm.userErrorProperty()),
                Forms.field(messages.get("serverUi.password"), password), remember, noStore, tls, tlsHelp, formError);
        form.setPrefWidth(500);
        getDialogPane().setContent(form);
        Button ok = (Button) getDialogPane().lookupButton(save);
        ok.setId("server-save");
        ok.getStyleClass().add(Styles.ACCENT);
        ok.disableProperty().bind(vm.runningProperty());
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            vm.save(said -> {
                close();
                connected.accept(said);
            });
        });
        setResultConverter(button -> null);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(480);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
