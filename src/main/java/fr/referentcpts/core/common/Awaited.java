package fr.referentcpts.core.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Work started on another thread, waited for where its result is needed. */
public final class Awaited {
    private Awaited() {
    }

    /**
     * The result of {@code work}, waiting for it; its failure thrown as the work threw it (the
     * exception a caller doing the work itself would have caught), not wrapped.
     */
    public static <T> T result(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
