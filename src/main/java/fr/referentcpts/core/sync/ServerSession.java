package fr.referentcpts.core.sync;

import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.exchange.ExchangeService;

/**
 * Port: one connection to the cellule's server, for one synchronisation: its cases read and written
 * by the same code as the laptop's ({@link ExchangeService} over the server's database), its
 * revisions, its transactions. An unreachable server is a {@link fr.referentcpts.core.common.DomainException}
 * ({@code server.error.unreachable}) when it is opened or at any later call.
 */
public interface ServerSession extends AutoCloseable {
    ExchangeService cases();

    ServerRevisions revisions();

    Transactions transactions();

    /** The login's name on the server. */
    String user();

    @Override
    void close();

    /** A session over these parts; {@code close} ends it (closes the connection). */
    static ServerSession of(ExchangeService cases, ServerRevisions revisions, Transactions transactions, String user,
            Runnable close) {
        return new ServerSession() {
            @Override
            public ExchangeService cases() {
                return cases;
            }

            @Override
            public ServerRevisions revisions() {
                return revisions;
            }

            @Override
            public Transactions transactions() {
                return transactions;
            }

            @Override
            public String user() {
                return user;
            }

            @Override
            public void close() {
                close.run();
            }
        };
    }
}
