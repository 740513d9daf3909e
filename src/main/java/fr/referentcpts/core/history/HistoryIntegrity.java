package fr.referentcpts.core.history;

import fr.referentcpts.core.common.Transactions;
import java.util.UUID;

/** Checks a case's history chain: when the case opens, and in {@code cases show}. */
public final class HistoryIntegrity {
    private final HistoryLedger ledger;
    private final Transactions transactions;

    public HistoryIntegrity(HistoryLedger ledger, Transactions transactions) {
        this.ledger = ledger;
        this.transactions = transactions;
    }

    public HistoryChain.Verdict verify(UUID caseId) {
        return transactions.inTransaction(() -> HistoryChain.verify(ledger.links(caseId)));
    }
}
