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
    private final DSLContext root;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

    public JooqTransactions(DSLContext root) {
        this.root = root;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        try {
            return root.transactionResult(configuration -> {
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
        return transactional != null ? transactional : root;
    }

    static StorageException translate(DataAccessException e) {
        return StorageErrors.translate(e);
    }
}
