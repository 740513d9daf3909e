package fr.referentcpts.core.common;

import java.util.function.Supplier;

/** Port: runs one use case in one transaction, rolled back on any exception. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
