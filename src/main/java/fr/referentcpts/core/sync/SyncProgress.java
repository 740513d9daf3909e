package fr.referentcpts.core.sync;

/**
 * How far a synchronisation is: {@code done} cases handled out of the {@code total} it looks at
 * (those held here, on the server, or deleted here since their last agreement). Called from the
 * thread that synchronises: first with {@code done} 0 once the lists are read, then after each case,
 * last with {@code done == total} once every case is on its side.
 */
@FunctionalInterface
public interface SyncProgress {
    /** Nobody follows the synchronisation. */
    SyncProgress NONE = (done, total) -> { };

    void at(int done, int total);
}
