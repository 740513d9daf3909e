package fr.referentcpts.core.annex;

/**
 * What a generation gives: the report, the document's bytes, page count and SHA-256, and the
 * stored annex for a final one (null for a draft, never recorded).
 */
public record GeneratedAnnex(AnnexReport report, byte[] content, int pageCount, String sha256, Annex stored) {
    public boolean isFinal() {
        return !report.draft();
    }
}
