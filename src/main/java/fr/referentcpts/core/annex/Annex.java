package fr.referentcpts.core.annex;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A generated annex kept in the case: when, under which rules version, its SHA-256 and short
 * document identifier, its page count, size and bytes, final or draft.
 *
 * @param sha256     of {@code content}, recorded when it was generated (hex, lower case)
 * @param documentId the identifier printed in its footers
 */
public record Annex(UUID id, UUID caseId, Instant generatedAt, String rulesVersion, String sha256,
        String documentId, int pageCount, long size, boolean finalVersion, byte[] content) {
    public Annex {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(content, "content");
    }
}
