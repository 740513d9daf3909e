package fr.referentcpts.ui.sync;

import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.ExchangeFiles;
import fr.referentcpts.core.server.Credentials;
import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.core.sync.SyncConflict;
import fr.referentcpts.core.sync.SyncConnector;
import fr.referentcpts.core.sync.SyncReport;
import fr.referentcpts.core.sync.Synchronisation;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * « Synchroniser » with the cellule's server: the password taken from the system's credential store
 * when it is kept there, else asked once per session (kept in memory only, or in the store when the
 * referent ticks « Mémoriser » and the server accepted it), the exchange in the background, its outcome in a line, the list read again when cases
 * came, then each conflict shown for the referent to merge field by field — a conflict left
 * unresolved stays, both versions kept, until the next « Synchroniser ». Once the referent has
 * synchronised in a session — or {@link #FIRST_AFTER} after the window is shown when the system's store
 * keeps the password — it goes on by itself every {@link #EVERY} in the background, silently: an
 * unreachable server or a refused stored password is said in the status line only (the latter stops
 * it until the next click), and conflicts wait for the next click. While a synchronisation runs, its
 * progress is counted in cases ({@link #progressProperty()}, the status line).
 */
public final class SyncViewModel {
    /** Shows the two versions of a case and returns the one the referent merged (empty: later). */
    @FunctionalInterface
    public interface Resolver {
        Optional<CaseBundle> resolve(String caseName, CaseBundle mine, CaseBundle theirs, Instant now);
    }

    /** Asks the server's password; {@code offerToRemember}: a store is there to keep it. Empty: cancelled. */
    @FunctionalInterface
    public interface PasswordPrompt {
        Optional<Answer> ask(boolean offerToRemember);
    }

    /** The password typed, and whether to keep it in the system's store once the server accepted it. */
    public record Answer(char[] password, boolean remember) {
    }

    /** The pace of the synchronisation in the background. */
    public static final java.time.Duration EVERY = java.time.Duration.ofMinutes(5);
    /** The first round in the background after the window is shown, when the password is in the system's store. */
    public static final java.time.Duration FIRST_AFTER = java.time.Duration.ofSeconds(30);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SyncViewModel.class);

    private final SyncConnector connector;
    private final ExchangeFiles cases;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final PasswordPrompt askPassword;
    private final Resolver resolver;
    private final Runnable reload;
    private final fr.referentcpts.ui.common.Delay timer;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final SyncRoundProgress progress;
    private final SyncOutcome outcome;
    private char[] password;
    /** The password in memory came from the system's store. */
    private boolean fromStore;
    /** The server refused the stored password in this session: asked again, not read from the store. */
    private boolean storeRefused;
    /** The window went away: no more rounds in the background. */
    private boolean stopped;

    /** Without offering to keep the password (asked by {@code askPassword}, never « Mémoriser »). */
    public SyncViewModel(SyncConnector connector, ExchangeFiles cases, TaskRunner tasks, DialogService dialogs,
            Messages messages, Clock clock, Supplier<char[]> askPassword, Resolver resolver, Runnable reload,
            fr.referentcpts.ui.common.Delay timer, Executor uiThread) {
        this(connector, cases, tasks, dialogs, messages, clock,
                offer -> Optional.ofNullable(askPassword.get()).map(p -> new Answer(p, false)), resolver, reload, timer,
                uiThread);
    }

    /** @param uiThread runs on the FX thread the progress counted by the worker */
    public SyncViewModel(SyncConnector connector, ExchangeFiles cases, TaskRunner tasks, DialogService dialogs,
            Messages messages, Clock clock, PasswordPrompt askPassword, Resolver resolver, Runnable reload,
            fr.referentcpts.ui.common.Delay timer, Executor uiThread) {
        this.connector = connector;
        this.cases = cases;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.askPassword = askPassword;
        this.resolver = resolver;
        this.reload = reload;
        this.timer = timer;
        this.outcome = new SyncOutcome(messages, dialogs, clock);
        this.progress = new SyncRoundProgress(uiThread, messages, running::get, status::set);
        running.addListener((obs, was, now) -> {
            if (now) {
                progress.restart();
            }
        });
        status.set(connector.server().map(s -> messages.get("syncUi.status.never", s)).orElse(""));
    }

    /** True when this data folder is connected to a server (« server connect »). */
    public boolean available() {
        return connector.server().isPresent();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** While a synchronisation runs: the part of the cases done (0 to 1), -1 while connecting and reading the lists. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.fractionProperty();
    }

    /**
     * The window is shown: when the system's store keeps the server's password, the background
     * rounds start by themselves {@link #FIRST_AFTER} later; else they wait for the first click
     * (no password is ever asked unprompted).
     */
    public void startAutomatically() {
        if (available() && password == null) {
            timer.restart(FIRST_AFTER, this::fromStoreInBackground);
        }
    }

    /** The password looked for in the system's store (off the FX thread); found, the first background round. */
    private void fromStoreInBackground() {
        Optional<ServerAddress> address = connector.address();
        if (running.get() || password != null || storeRefused || address.isEmpty()) {
            return;
        }
        Credentials store = connector.credentials();
        tasks.run(() -> store.find(address.get()), found -> {
            if (found.isPresent() && password == null && !running.get() && !storeRefused) {
                password = found.get();
                fromStore = true;
                inBackground();
            } else {
                found.ifPresent(p -> Arrays.fill(p, '\0'));
            }
        }, error -> LOG.warn("Trousseau du système illisible : synchronisation au premier clic", error));
    }

    /** The window goes away (a backup restored): no more rounds in the background. */
    public void stop() {
        stopped = true;
        timer.cancel();
    }

    /** Connected again (« Serveur de la cellule… »): the password in memory was another's; rounds start as at opening. */
    public void serverChanged() {
        if (!running.get()) {
            forgetPassword();
        }
        storeRefused = false;
        startAutomatically();
    }

    /** Synchronises now; a second click while it runs does nothing. */
    public void synchronise() {
        if (running.get() || !available()) {
            return;
        }
        if (password != null) {
            start(null);
            return;
        }
        Optional<ServerAddress> address = connector.address();
        Credentials store = connector.credentials();
        running.set(true);
        tasks.run(() -> new Stored(address.isEmpty() || storeRefused ? Optional.empty() : store.find(address.get()),
                address.isPresent() && store.availability().available()), stored -> {
                    running.set(false);
                    if (stored.password().isPresent()) {
                        password = stored.password().get();
                        fromStore = true;
                        start(null);
                        return;
                    }
                    Optional<Answer> answer = askPassword.ask(stored.canKeep());
                    if (answer.isEmpty() || answer.get().password() == null) {
                        return;
                    }
                    password = answer.get().password();
                    fromStore = false;
                    start(answer.get().remember() && stored.canKeep() ? address.get() : null);
                }, this::failed);
    }

    /** What the system's store holds for the server, and whether it could keep a password. */
    private record Stored(Optional<char[]> password, boolean canKeep) {
    }

    /** The round the referent asked for; {@code keepFor}: the address whose password to keep once accepted. */
    private void start(ServerAddress keepFor) {
        timer.cancel();
        running.set(true);
        status.set(messages.get("syncUi.status.running"));
        Synchronisation sync = connector.connect(() -> password.clone());
        tasks.run(() -> new Round(sync.sync(progress.listener()), sync.shareRules()), round -> {
            finished(round.cases());
            status.set(outcome.rules(status.get(), round.rules(), true));
            if (keepFor != null) {
                keep(keepFor);
            }
            resolveNext(sync, new ArrayDeque<>(sync.conflicts()));
        }, this::failed);
    }

    /** The password the server just accepted, kept in the system's store; its outcome added to the status line. */
    private void keep(ServerAddress address) {
        Credentials store = connector.credentials();
        char[] copy = password.clone();
        tasks.run(() -> {
            try {
                store.save(address, copy);
            } finally {
                Arrays.fill(copy, '\0');
            }
            return store.availability();
        }, where -> {
            storeRefused = false;
            status.set(status.get() + " " + messages.get("cred.ui.kept",
                    messages.get(where.messageKey(), where.argumentArray())));
        }, error -> dialogs.error(messages.get("syncUi.title"), messages.get("cred.ui.notKept",
                new ErrorMessages(messages).describe(error instanceof TaskRunner.TaskFailedException
                        ? error.getCause() : error))));
    }

    /** The background round: nothing asked, nothing shown but the status line; then the next one. */
    private void inBackground() {
        if (stopped || running.get() || password == null || !available()) {
            return;
        }
        running.set(true);
        status.set(messages.get("syncUi.status.running"));
        Synchronisation sync = connector.connect(() -> password.clone());
        tasks.run(() -> new Round(sync.sync(progress.listener()), sync.shareRules()), round -> {
            finished(round.cases());
            status.set(outcome.rules(status.get(), round.rules(), false));
            if (!round.cases().conflicts().isEmpty()) {
                status.set(messages.get("syncUi.status.conflictsWaiting", round.cases().conflicts().size()));
            }
        }, error -> {
            running.set(false);
            Throwable cause = error instanceof TaskRunner.TaskFailedException ? error.getCause() : error;
            if (cause instanceof fr.referentcpts.core.common.DomainException d
                    && "server.error.authentication".equals(d.messageKey())) {
                // refused: said in the status line, nothing asked; no more rounds until the next click
                storeRefused = fromStore;
                status.set(fromStore ? messages.get("cred.ui.storedRefused", connector.server().orElse(""))
                        : new ErrorMessages(messages).describe(cause));
                forgetPassword();
                return;
            }
            status.set(messages.get("syncUi.status.backgroundFailed", outcome.now(), EVERY.toMinutes()));
            timer.restart(EVERY, this::inBackground);
        });
    }

    /** One synchronisation: the case files, then the rules versions. */
    private record Round(SyncReport cases, fr.referentcpts.core.sync.RulesSharing.Shared rules) {
    }

    private void finished(SyncReport report) {
        running.set(false);
        status.set(outcome.line(report));
        outcome.refusals(report);
        if (report.received() > 0 || !report.conflicts().isEmpty() || !report.deletedHere().isEmpty()) {
            reload.run();
        }
        timer.restart(EVERY, this::inBackground);
    }

    /** The conflicts one after the other: the two versions read, the merge asked, then sent. */
    private void resolveNext(Synchronisation sync, Deque<SyncConflict> left) {
        SyncConflict conflict = left.poll();
        if (conflict == null) {
            return;
        }
        UUID id = conflict.caseId();
        tasks.run(() -> List.of(cases.bundle(id), sync.serverVersion(id)), both -> {
            Optional<CaseBundle> merged = resolver.resolve(conflict.caseName(), both.get(0), both.get(1),
                    clock.instant());
            if (merged.isEmpty()) {
                status.set(messages.get("syncUi.status.conflictsLeft", left.size() + 1));
                return;
            }
            running.set(true);
            tasks.run(() -> sync.resolve(id, merged.get()), report -> {
                finished(report);
                resolveNext(sync, left);
            }, this::failed);
        }, this::failed);
    }

    private void failed(Throwable error) {
        running.set(false);
        Throwable cause = error instanceof TaskRunner.TaskFailedException ? error.getCause() : error;
        String text = new ErrorMessages(messages).describe(cause);
        if (cause instanceof fr.referentcpts.core.common.DomainException d
                && "server.error.authentication".equals(d.messageKey())) {
            if (fromStore) {
                storeRefused = true;
                text = messages.get("cred.ui.storedRefused", connector.server().orElse(""));
            }
            forgetPassword();
        }
        status.set(messages.get("syncUi.status.failed"));
        dialogs.error(messages.get("syncUi.title"), text);
        if (password != null) {
            timer.restart(EVERY, this::inBackground);
        }
    }

    private void forgetPassword() {
        if (password != null) {
            Arrays.fill(password, '\0');
            password = null;
        }
    }
}
