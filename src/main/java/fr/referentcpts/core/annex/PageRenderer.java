package fr.referentcpts.core.annex;

/**
 * Port: renders one page of a generated document (an annex, an amendment) to an image, for the
 * preview and for printing. Implemented where the PDF library lives; the screens get plain bytes.
 */
@FunctionalInterface
public interface PageRenderer {
    /** Page {@code page} (0-based, clamped to the document) at {@code dpi} dots per inch. */
    PageImage render(byte[] pdf, int page, float dpi);
}
