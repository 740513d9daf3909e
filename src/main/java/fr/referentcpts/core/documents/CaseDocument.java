package fr.referentcpts.core.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A file attached to a case file (its content is fetched separately, it may be large). */
public record CaseDocument(
        UUID id,
        UUID caseId,
        DocumentKind kind,
        String fileName,
        String mediaType,
        long size,
        String sha256,
        LocalDate documentDate,
        String note,
        Instant addedAt) {

    public CaseDocument {
        note = note == null ? "" : note;
    }
}
