package fr.referentcpts.core.amendment;

/** Port: lays an amendment out as a document (the {@code pdf.annex} package: PDF/A-2b, like the annexes). */
public interface AmendmentRenderer {
    /** Same report, same bytes: no clock, no random value. */
    PrintedAmendment render(AmendmentReport report);
}
