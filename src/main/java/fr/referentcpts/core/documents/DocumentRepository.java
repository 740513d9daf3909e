package fr.referentcpts.core.documents;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Port: attached documents, stored with their content. */
public interface DocumentRepository {
    List<CaseDocument> documents(UUID caseId);

    /** The documents (without their content) of the case files {@code caseIds}, by case. */
    Map<UUID, List<CaseDocument>> documents(Collection<UUID> caseIds);

    Optional<byte[]> content(UUID documentId);

    void insert(CaseDocument document, byte[] content);

    void updateDescription(UUID documentId, DocumentKind kind, java.time.LocalDate date, String note);

    void delete(UUID documentId);
}
