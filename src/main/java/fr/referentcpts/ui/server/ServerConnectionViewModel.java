package fr.referentcpts.ui.server;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.server.Credentials;
import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.core.server.ServerConnection;
import fr.referentcpts.core.server.ServerStatus;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * « Serveur de la cellule… »: the address, the login and the password, checked with the server
 * before anything is recorded; « Mémoriser » only when the system has a credential store.
 */
public final class ServerConnectionViewModel {
    private final ServerConnection connection;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty remember = new SimpleBooleanProperty(true);
    private final BooleanProperty requireTls = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper storeAvailable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper storeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper urlError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper userError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);

    public ServerConnectionViewModel(ServerConnection connection, TaskRunner tasks, Messages messages) {
        this.connection = connection;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Reads the server already recorded and where a password can be kept (the store may take a moment to answer). */
    public void load(Runnable then) {
        running.set(true);
        tasks.run(() -> new Loaded(connection.current(), connection.store()), loaded -> {
            running.set(false);
            loaded.current().ifPresent(a -> {
                url.set(a.url());
                user.set(a.user());
                requireTls.set(a.requiresTls());
            });
            Credentials.Availability store = loaded.store();
            storeAvailable.set(store.available());
            String where = messages.get(store.messageKey(), store.argumentArray());
            storeText.set(store.available() ? messages.get("cred.ui.remember")
                    : messages.get("serverUi.noStore", where));
            then.run();
        }, error -> {
            running.set(false);
            formError.set(new ErrorMessages(messages).describe(cause(error)));
            then.run();
        });
    }

    private record Loaded(java.util.Optional<ServerAddress> current, Credentials.Availability store) {
    }

    /**
     * Checks with the server, then records; {@code done} gets the sentence to show the referent.
     * A malformed address or login is said under its field; a refusal by the server under the form.
     */
    public void save(Consumer<String> done) {
        urlError.set("");
        userError.set("");
        formError.set("");
        ServerAddress typed;
        try {
            typed = new ServerAddress(url.get(), user.get());
        } catch (DomainException e) {
            String text = messages.get(e.messageKey(), e.arguments());
            (e.messageKey().equals("server.error.invalidUser") ? userError : urlError).set(text);
            return;
        }
        char[] secret = password.get().toCharArray();
        boolean keep = remember.get() && storeAvailable.get();
        boolean tls = requireTls.get();
        running.set(true);
        tasks.run(() -> connection.connect(typed, tls, secret, keep), outcome -> {
            running.set(false);
            password.set("");
            done.accept(said(outcome));
        }, error -> {
            running.set(false);
            formError.set(new ErrorMessages(messages).describe(cause(error)));
        });
    }

    private String said(ServerConnection.Outcome outcome) {
        String where = messages.get("serverUi.saved", outcome.address().user(), outcome.address().url());
        String reached = outcome.status().map(this::status).orElseGet(() -> messages.get("serverUi.unreachable",
                outcome.unreachable().filter(e -> e.arguments().length > 0).map(e -> String.valueOf(e.arguments()[0]))
                        .orElse("")));
        String kept = messages.get(outcome.passwordKept() ? "serverUi.passwordKept" : "serverUi.passwordAsked");
        return where + "\n" + reached + "\n" + kept;
    }

    private String status(ServerStatus s) {
        String schema = s.schemaAbsent() ? messages.get("serverUi.schemaAbsent")
                : s.upToDate() ? messages.get("serverUi.schemaUpToDate", s.schemaVersion())
                        : messages.get("serverUi.schemaOther", s.schemaVersion(), s.applicationVersion());
        return messages.get(s.encrypted() ? "serverUi.reachedEncrypted" : "serverUi.reachedClear", s.postgresVersion())
                + " " + schema;
    }

    private static Throwable cause(Throwable error) {
        return error instanceof TaskRunner.TaskFailedException ? error.getCause() : error;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    public BooleanProperty requireTlsProperty() {
        return requireTls;
    }

    public ReadOnlyBooleanProperty storeAvailableProperty() {
        return storeAvailable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty storeTextProperty() {
        return storeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty urlErrorProperty() {
        return urlError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userErrorProperty() {
        return userError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
