package fr.referentcpts.ui.sync;

import fr.referentcpts.core.sync.SyncProgress;
import fr.referentcpts.i18n.Messages;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * How far the synchronisation running is, as the window shows it: a fraction of the cases (0 to 1;
 * {@link #INDETERMINATE} while connecting and reading the lists) and a line « Synchronisation :
 * 120 / 1 000 dossiers… ». The counts come from the worker; they reach the FX thread only when the
 * hundredth of the cases done changes (a hundred updates at most, however many cases), and once
 * more at the end.
 */
final class SyncRoundProgress {
    /** Nothing counted yet: connecting, reading the lists (a progress bar's moving state). */
    static final double INDETERMINATE = -1;
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(INDETERMINATE);
    private final Executor uiThread;
    private final Messages messages;
    private final BooleanSupplier running;
    private final Consumer<String> status;

    /**
     * @param uiThread runs the updates on the FX thread
     * @param running  whether a synchronisation still runs: a late count never overwrites its outcome
     * @param status   shows the line
     */
    SyncRoundProgress(Executor uiThread, Messages messages, BooleanSupplier running, Consumer<String> status) {
        this.uiThread = uiThread;
        this.messages = messages;
        this.running = running;
        this.status = status;
    }

    ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    /** A new synchronisation starts: nothing counted yet (on the FX thread). */
    void restart() {
        fraction.set(INDETERMINATE);
    }

    /** The listener of one synchronisation, called from the worker. */
    SyncProgress listener() {
        return new SyncProgress() {
            private int shownHundredth = -1;

            @Override
            public void at(int done, int total) {
                int hundredth = total == 0 ? 100 : (int) (100L * done / total);
                if (hundredth == shownHundredth && done != total) {
                    return;
                }
                shownHundredth = hundredth;
                uiThread.execute(() -> show(done, total));
            }
        };
    }

    private void show(int done, int total) {
        if (!running.getAsBoolean() || total == 0) {
            return;
        }
        fraction.set((double) done / total);
        status.accept(messages.get("syncprog.ui.progress", done, total));
    }
}
