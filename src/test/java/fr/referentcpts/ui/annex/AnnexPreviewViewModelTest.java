package fr.referentcpts.ui.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.referentcpts.core.annex.PageImage;
import fr.referentcpts.testing.HeldTaskRunner;
import org.junit.jupiter.api.Test;

/**
 * Turning the pages of the preview while a page renders: the page asked for last is the one
 * shown, whatever renderings of another page or zoom finish meanwhile (a flow test once saw
 * « Page suivante » undone by the width adjustment of the page before).
 */
class AnnexPreviewViewModelTest {
    private static final int PAGES = 7;
    private final HeldTaskRunner tasks = new HeldTaskRunner();
    /** An A4 page (8.27 in wide) at the dpi asked, its index in its first byte. */
    private final AnnexPreviewViewModel preview = new AnnexPreviewViewModel(tasks,
            (pdf, page, dpi) -> new PageImage(page, PAGES, Math.round(8.27f * dpi), Math.round(11.69f * dpi),
                    new byte[] {(byte) page}), error -> {
                throw new AssertionError(error);
            });
    private final byte[] annex = {1, 2, 3};

    @Test
    void theNextPageAskedWhileTheFirstIsFittedToTheWidthIsTheOneShown() {
        preview.availableWidth(1200);
        preview.show(annex);
        tasks.finishAll(); // page 1 at zoom 1; the zoom then fills the width: page 1 rendered again
        assertEquals(1, tasks.finish.size(), "page 1 rendered again at the width");

        preview.nextPage();
        assertEquals("2 / 7", preview.pageLabelProperty().get());
        tasks.finishAll(); // page 1 at the width arrives after the click
        assertEquals("2 / 7", preview.pageLabelProperty().get(), "the click is not undone");
        preview.availableWidth(1183); // a scroll bar appears beside the wider page
        finishEverything();

        assertEquals("2 / 7", preview.pageLabelProperty().get());
        assertEquals(1, preview.pageProperty().get().pageIndex(), "page 2 on screen");
        assertEquals(1183, preview.pageProperty().get().width(), 2, "at the width of the room");
    }

    @Test
    void aZoomAskedWhilePagesRenderIsTheOneShownOnThePageAsked() {
        preview.availableWidth(800);
        preview.show(annex);
        finishEverything();
        preview.nextPage();
        preview.nextPage();
        preview.zoomIn();
        preview.previousPage();
        finishEverything();

        assertEquals("2 / 7", preview.pageLabelProperty().get());
        assertEquals(1, preview.pageProperty().get().pageIndex());
        assertEquals(Math.round(8.27f * preview.dpi()), preview.pageProperty().get().width());
    }

    @Test
    void theAnnexOpenedAgainFromTheListShowsItsFirstPage() {
        preview.show(annex);
        finishEverything();
        preview.nextPage();
        preview.nextPage();
        finishEverything();
        assertEquals("3 / 7", preview.pageLabelProperty().get());

        preview.show(annex); // the same annex chosen again in « Annexes définitives »
        finishEverything();

        assertEquals("1 / 7", preview.pageLabelProperty().get());
        assertEquals(0, preview.pageProperty().get().pageIndex());
    }

    private void finishEverything() {
        while (!tasks.finish.isEmpty()) {
            tasks.finishAll();
        }
    }
}
