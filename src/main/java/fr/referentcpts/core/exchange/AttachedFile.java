package fr.referentcpts.core.exchange;

import fr.referentcpts.core.documents.CaseDocument;

/** An attached document with its content, as it travels in a {@code .cpts} file. */
public record AttachedFile(CaseDocument document, Content source) {

    /** The document's bytes, fetched now. */
    public byte[] content() {
        return source.bytes();
    }
}
