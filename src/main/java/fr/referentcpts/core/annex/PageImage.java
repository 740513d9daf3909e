package fr.referentcpts.core.annex;

/** One page rendered to a PNG image, independent of any UI toolkit. */
public record PageImage(int pageIndex, int pageCount, int width, int height, byte[] png) {
}
