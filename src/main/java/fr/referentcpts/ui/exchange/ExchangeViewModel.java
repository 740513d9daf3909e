package fr.referentcpts.ui.exchange;

import fr.referentcpts.core.exchange.CaseImport;
import fr.referentcpts.core.exchange.ExchangeFiles;
import fr.referentcpts.i18n.ChangeText;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Export case files to a {@code .cpts} file, and import one: the changes are shown first, and
 * nothing is written unless the referent confirms.
 */
public final class ExchangeViewModel {
    private final ExchangeFiles exchange;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Runnable onImported;
    private final Supplier<char[]> importPassphrase;

    public ExchangeViewModel(ExchangeFiles exchange, TaskRunner tasks, DialogService dialogs, Messages messages,
            Runnable onImported, Supplier<char[]> importPassphrase) {
        this.exchange = exchange;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.onImported = onImported;
        this.importPassphrase = importPassphrase;
    }

    public void export(List<UUID> caseIds, Path file) {
        export(caseIds, file, null);
    }

    /** {@code passphrase}: the file is encrypted with it (AES-256-GCM), unless null. */
    public void export(List<UUID> caseIds, Path file, char[] passphrase) {
        tasks.run(() -> {
            return exchange.export(caseIds, file, passphrase);
        }, count -> dialogs.info(messages.get("exchange.ui.exported.title"),
                messages.get("cli.exchange.exported", count, file)), this::failed);
    }

    /**
     * Reads and checks the file, shows what would change, imports only if the referent confirms.
     * Replacing a case by an older version of it is said so, with what would disappear, and
     * confirmed with a button that says it.
     */
    public void importFile(Path file) {
        tasks.run(() -> exchange.plan(file, importPassphrase), plan -> {
            String description = String.join("\n", new ChangeText(messages).describe(plan));
            if (plan.stream().noneMatch(CaseImport::changesSomething)) {
                exchange.abandon();
                dialogs.info(messages.get("exchange.ui.import.title"), description);
                return;
            }
            boolean older = plan.stream().anyMatch(CaseImport::replacesNewer);
            if (dialogs.confirm(messages.get("exchange.ui.import.title"), description,
                    older ? messages.get("exchange.ui.import.confirmOlder") : messages.get("exchange.ui.import.confirm"))) {
                tasks.run(() -> exchange.apply(plan, older), count -> {
                    onImported.run();
                    dialogs.info(messages.get("exchange.ui.import.title"), messages.get("cli.exchange.imported", count));
                }, this::failed);
            } else {
                exchange.abandon();
            }
        }, this::failed);
    }

    private void failed(Throwable error) {
        exchange.abandon();
        dialogs.error(messages.get("error.title"), errors.describe(error));
    }
}
