package fr.referentcpts.cli.server;

import fr.referentcpts.core.sync.SyncProgress;
import fr.referentcpts.i18n.Messages;
import java.io.PrintWriter;

/**
 * {@code server sync}'s progress on the terminal: one line rewritten in place (« Synchronisation :
 * 120 / 1 000 dossiers… »), at most once per hundredth of the cases, on the error stream so that
 * the summary on the standard output stays as scripts read it; the line is ended when every case
 * is done.
 */
final class TerminalProgress implements SyncProgress {
    private final PrintWriter err;
    private final Messages messages;
    private int shownPercent = -1;

    TerminalProgress(PrintWriter err, Messages messages) {
        this.err = err;
        this.messages = messages;
    }

    /** Progress on {@code err} when the command runs on a terminal, else nothing. */
    static SyncProgress on(boolean terminal, PrintWriter err, Messages messages) {
        return terminal ? new TerminalProgress(err, messages) : SyncProgress.NONE;
    }

    @Override
    public void at(int done, int total) {
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        if (percent == shownPercent && done < total) {
            return;
        }
        shownPercent = percent;
        err.print("\r" + messages.get("syncprog.ui.progress", done, total));
        if (done >= total) {
            err.println();
        }
        err.flush();
    }
}
