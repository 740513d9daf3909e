package fr.referentcpts.persistence.annex;

import static fr.referentcpts.persistence.generated.Tables.CONTRACT_ANNEX;

import fr.referentcpts.core.annex.Annex;
import fr.referentcpts.core.annex.AnnexRepository;
import fr.referentcpts.persistence.CaseRows;
import fr.referentcpts.persistence.JooqTransactions;
import fr.referentcpts.persistence.generated.tables.records.ContractAnnexRecord;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;

/** Generated contract annexes in {@code contract_annex}, with their bytes. */
public final class JooqAnnexRepository implements AnnexRepository {
    private final JooqTransactions transactions;

    public JooqAnnexRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void insert(Annex annex) {
        transactions.dsl().insertInto(CONTRACT_ANNEX)
                .set(CONTRACT_ANNEX.ID, annex.id())
                .set(CONTRACT_ANNEX.CASE_ID, annex.caseId())
                .set(CONTRACT_ANNEX.GENERATED_AT, annex.generatedAt().atOffset(ZoneOffset.UTC))
                .set(CONTRACT_ANNEX.RULES_VERSION, annex.rulesVersion())
                .set(CONTRACT_ANNEX.SHA256, annex.sha256())
                .set(CONTRACT_ANNEX.DOCUMENT_ID, annex.documentId())
                .set(CONTRACT_ANNEX.IS_FINAL, annex.finalVersion())
                .set(CONTRACT_ANNEX.PAGE_COUNT, annex.pageCount())
                .set(CONTRACT_ANNEX.SIZE_BYTES, annex.size())
                .set(CONTRACT_ANNEX.CONTENT, annex.content())
                .execute();
    }

    @Override
    public List<Annex> annexes(UUID caseId) {
        return CaseRows.of(annexesWhere(CONTRACT_ANNEX.CASE_ID.eq(caseId)), caseId);
    }

    @Override
    public Map<UUID, List<Annex>> annexes(Collection<UUID> caseIds) {
        return annexesWhere(CONTRACT_ANNEX.CASE_ID.in(caseIds));
    }

    private Map<UUID, List<Annex>> annexesWhere(Condition condition) {
        return CaseRows.grouped(transactions.dsl().selectFrom(CONTRACT_ANNEX).where(condition)
                .orderBy(CONTRACT_ANNEX.GENERATED_AT.desc(), CONTRACT_ANNEX.ID).fetch(),
                ContractAnnexRecord::getCaseId, JooqAnnexRepository::annex);
    }

    @Override
    public Optional<Annex> find(UUID annexId) {
        return transactions.dsl().selectFrom(CONTRACT_ANNEX).where(CONTRACT_ANNEX.ID.eq(annexId))
                .fetchOptional(JooqAnnexRepository::annex);
    }

    private static Annex annex(ContractAnnexRecord r) {
        return new Annex(r.getId(), r.getCaseId(), r.getGeneratedAt().toInstant(), r.getRulesVersion(),
                r.getSha256(), r.getDocumentId(), r.getPageCount(), r.getSizeBytes(), r.getIsFinal(),
                r.getContent());
    }
}
