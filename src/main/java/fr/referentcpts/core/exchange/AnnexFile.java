package fr.referentcpts.core.exchange;

import fr.referentcpts.core.annex.Annex;
import java.time.Instant;
import java.util.UUID;

/** A generated contract annex as it travels in a {@code .cpts} file: its record, its bytes fetched when written. */
public record AnnexFile(UUID id, Instant generatedAt, String rulesVersion, String sha256, String documentId,
        int pageCount, long size, boolean finalVersion, Content source) {

    static AnnexFile of(Annex a, Content source) {
        return new AnnexFile(a.id(), a.generatedAt(), a.rulesVersion(), a.sha256(), a.documentId(), a.pageCount(),
                a.size(), a.finalVersion(), source);
    }

    AnnexFile withId(UUID newId) {
        return new AnnexFile(newId, generatedAt, rulesVersion, sha256, documentId, pageCount, size, finalVersion, source);
    }

    /** The annex of case {@code caseId}, with its bytes fetched now. */
    Annex toAnnex(UUID caseId) {
        return new Annex(id, caseId, generatedAt, rulesVersion, sha256, documentId, pageCount, size, finalVersion,
                source.bytes());
    }
}
