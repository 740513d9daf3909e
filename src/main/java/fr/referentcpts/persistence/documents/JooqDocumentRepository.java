package fr.referentcpts.persistence.documents;

import static fr.referentcpts.persistence.generated.Tables.CASE_DOCUMENT;

import fr.referentcpts.core.documents.CaseDocument;
import fr.referentcpts.core.documents.DocumentKind;
import fr.referentcpts.core.documents.DocumentRepository;
import fr.referentcpts.persistence.CaseRows;
import fr.referentcpts.persistence.JooqTransactions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;

/** Attached documents in {@code case_document}; the content column is read only when asked for. */
public final class JooqDocumentRepository implements DocumentRepository {
    private final JooqTransactions transactions;

    public JooqDocumentRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<CaseDocument> documents(UUID caseId) {
        return CaseRows.of(documentsWhere(CASE_DOCUMENT.CASE_ID.eq(caseId)), caseId);
    }

    @Override
    public Map<UUID, List<CaseDocument>> documents(Collection<UUID> caseIds) {
        return documentsWhere(CASE_DOCUMENT.CASE_ID.in(caseIds));
    }

    private Map<UUID, List<CaseDocument>> documentsWhere(Condition condition) {
        return CaseRows.grouped(transactions.dsl()
                .select(CASE_DOCUMENT.ID, CASE_DOCUMENT.CASE_ID, CASE_DOCUMENT.KIND, CASE_DOCUMENT.FILE_NAME,
                        CASE_DOCUMENT.MEDIA_TYPE, CASE_DOCUMENT.SIZE_BYTES, CASE_DOCUMENT.SHA256,
                        CASE_DOCUMENT.DOCUMENT_DATE, CASE_DOCUMENT.NOTE, CASE_DOCUMENT.ADDED_AT)
                .from(CASE_DOCUMENT).where(condition)
                .orderBy(CASE_DOCUMENT.ADDED_AT, CASE_DOCUMENT.FILE_NAME)
                .fetch(), r -> r.value2(), r -> new CaseDocument(r.value1(), r.value2(),
                        DocumentKind.valueOf(r.value3()), r.value4(), r.value5(), r.value6(), r.value7(), r.value8(),
                        r.value9(), r.value10().toInstant()));
    }

    @Override
    public Optional<byte[]> content(UUID documentId) {
        return transactions.dsl().select(CASE_DOCUMENT.CONTENT).from(CASE_DOCUMENT)
                .where(CASE_DOCUMENT.ID.eq(documentId)).fetchOptional(CASE_DOCUMENT.CONTENT);
    }

    @Override
    public void insert(CaseDocument d, byte[] content) {
        transactions.dsl().insertInto(CASE_DOCUMENT)
                .set(CASE_DOCUMENT.ID, d.id())
                .set(CASE_DOCUMENT.CASE_ID, d.caseId())
                .set(CASE_DOCUMENT.KIND, d.kind().name())
                .set(CASE_DOCUMENT.FILE_NAME, d.fileName())
                .set(CASE_DOCUMENT.MEDIA_TYPE, d.mediaType())
                .set(CASE_DOCUMENT.SIZE_BYTES, d.size())
                .set(CASE_DOCUMENT.SHA256, d.sha256())
                .set(CASE_DOCUMENT.CONTENT, content)
                .set(CASE_DOCUMENT.DOCUMENT_DATE, d.documentDate())
                .set(CASE_DOCUMENT.NOTE, d.note())
                .set(CASE_DOCUMENT.ADDED_AT, d.addedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public void updateDescription(UUID documentId, DocumentKind kind, LocalDate date, String note) {
        transactions.dsl().update(CASE_DOCUMENT)
                .set(CASE_DOCUMENT.KIND, kind.name())
                .set(CASE_DOCUMENT.DOCUMENT_DATE, date)
                .set(CASE_DOCUMENT.NOTE, note)
                .where(CASE_DOCUMENT.ID.eq(documentId)).execute();
    }

    @Override
    public void delete(UUID documentId) {
        transactions.dsl().deleteFrom(CASE_DOCUMENT).where(CASE_DOCUMENT.ID.eq(documentId)).execute();
    }
}
