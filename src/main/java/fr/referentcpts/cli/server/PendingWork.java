package fr.referentcpts.cli.server;

import fr.referentcpts.AppContext;
import fr.referentcpts.CelluleSync;
import fr.referentcpts.DataFolders;
import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.DataDirOption;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.core.sync.SyncConflict;
import fr.referentcpts.core.sync.SyncService;
import fr.referentcpts.i18n.Messages;
import java.nio.file.Path;

/**
 * The local part of « server status »: what waits on this laptop for the next synchronisation
 * (cases changed here since, conflicts to resolve), read without connecting. A data folder without a
 * database yet has nothing waiting (and is not created); one that cannot be opened (the window
 * holds it) is said, and the server's part follows anyway.
 */
final class PendingWork {
    private final CliEnvironment env;
    private final DataDirOption dataDir;
    private final ServerAddress address;

    PendingWork(CliEnvironment env, DataDirOption dataDir, ServerAddress address) {
        this.env = env;
        this.dataDir = dataDir;
        this.address = address;
    }

    void print() {
        Messages messages = env.messages();
        Path folder = env.dataDir(dataDir);
        if (!DataFolders.hasDatabase(folder)) {
            env.out().println(messages.get("cred.cli.pendingNone", folder));
            return;
        }
        SyncService.Pending pending;
        try (AppContext context = env.open(dataDir)) {
            pending = CelluleSync.service(context, address, () -> null).pending();
        } catch (DomainException e) {
            env.out().println(messages.get("cred.cli.pendingUnreadable", messages.get(e)));
            return;
        }
        env.out().println(messages.get("cred.cli.pending", pending.localChanges()));
        if (!pending.conflicts().isEmpty()) {
            env.out().println(messages.get("cred.cli.pendingConflicts", pending.conflicts().size(), String.join(", ",
                    pending.conflicts().stream().map(SyncConflict::caseName).toList())));
        }
    }
}
