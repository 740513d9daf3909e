package fr.referentcpts.core.annex;

/** Port: lays a report out as a document (the {@code pdf.annex} package: PDF/A-2b). */
public interface AnnexRenderer {
    /** Same report, same bytes: no clock, no random value. */
    RenderedAnnex render(AnnexReport report);

    /** A rendered document and its page count. */
    record RenderedAnnex(byte[] content, int pageCount) {
    }
}
