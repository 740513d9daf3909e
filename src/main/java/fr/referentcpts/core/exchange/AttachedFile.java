package fr.referentcpts.core.exchange;

import fr.referentcpts.core.documents.CaseDocument;

/** An attached document with its content, as it travels in a {@code .cpts} file. */
public record AttachedFile(CaseDocument document, byte[] content) {
}
