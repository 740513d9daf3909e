package fr.referentcpts.core.documents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: attached documents, stored with their content. */
public interface DocumentRepository {
    List<CaseDocument> documents(UUID caseId);

    Optional<byte[]> content(UUID documentId);

    void insert(CaseDocument document, byte[] content);

    void updateDescription(UUID documentId, DocumentKind kind, java.time.LocalDate date, String note);

    void delete(UUID documentId);
}
