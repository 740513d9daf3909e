package fr.referentcpts.core.amendment;

/** A rendered amendment: the report it lays out, the document's bytes and its page count. */
public record PrintedAmendment(AmendmentReport report, byte[] content, int pageCount) {
}
