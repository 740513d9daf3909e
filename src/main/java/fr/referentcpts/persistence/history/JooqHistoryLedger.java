package fr.referentcpts.persistence.history;

import static fr.referentcpts.persistence.generated.Tables.STAGE_HISTORY;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.history.HistoryChain;
import fr.referentcpts.core.history.HistoryLedger;
import fr.referentcpts.core.workflow.DecidedBy;
import fr.referentcpts.core.workflow.HistoryEntry;
import fr.referentcpts.core.workflow.HistoryKind;
import fr.referentcpts.persistence.JooqTransactions;
import java.util.List;
import java.util.UUID;

/** {@code stage_history} with its {@code chain_hash}, in sequence order. */
public final class JooqHistoryLedger implements HistoryLedger {
    private final JooqTransactions transactions;

    public JooqHistoryLedger(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<HistoryChain.Link> links(UUID caseId) {
        return transactions.dsl().selectFrom(STAGE_HISTORY).where(STAGE_HISTORY.CASE_ID.eq(caseId))
                .orderBy(STAGE_HISTORY.SEQUENCE)
                .fetch(r -> new HistoryChain.Link(new HistoryEntry(r.getId(), r.getCaseId(), r.getDecidedOn(),
                        r.getRecordedAt().toInstant(), HistoryKind.valueOf(r.getKind()), code(WorkflowStage.class,
                        r.getFromStage()), code(WorkflowStage.class, r.getToStage()), code(DecidedBy.class, r.getDecidedBy()),
                        r.getReason(), r.getAuthor()), r.getSequence(), r.getChainHash()));
    }

    private static <E extends Enum<E>> E code(Class<E> type, String name) {
        return name == null || name.isEmpty() ? null : Enum.valueOf(type, name);
    }
}
