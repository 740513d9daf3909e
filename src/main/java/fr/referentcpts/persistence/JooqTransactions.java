package fr.referentcpts.persistence;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.StorageException;
import fr.referentcpts.core.common.Transactions;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * One jOOQ transaction per use case. Repositories take their {@link DSLContext} from
 * {@link #dsl()}, which is the current transaction's when one is open on this thread. Database
 * errors become {@link StorageException}s here, at the edge.
 */
public final class JooqTransactions implements Transactions {
    private final Supplier<DSLContext> root;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

    public JooqTransactions(DSLContext root) {
        this(() -> root);
    }

    /**
     * Over the statements {@code root} gives at each use: the window wires its services on the FX
     * thread, and jOOQ's first {@link DSLContext} (≈ 0.1 s of class initialisation, cold) is then
     * made by the first statement, on a worker, not there.
     */
    public JooqTransactions(Supplier<DSLContext> root) {
        this.root = root;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        try {
            return root.get().transactionResult(configuration -> {
                current.set(configuration.dsl());
                try {
                    return work.get();
                } finally {
                    current.remove();
                }
            });
        } catch (DomainException e) {
            throw e;
        } catch (DataAccessException e) {
            throw translate(e);
        }
    }

    public DSLContext dsl() {
        DSLContext transactional = current.get();
        return transactional != null ? transactional : root.get();
    }

    static StorageException translate(DataAccessException e) {
        return StorageErrors.translate(e);
    }
}
