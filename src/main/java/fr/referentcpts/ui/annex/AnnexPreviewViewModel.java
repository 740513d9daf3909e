package fr.referentcpts.ui.annex;

import fr.referentcpts.core.annex.PageImage;
import fr.referentcpts.core.annex.PageRenderer;
import fr.referentcpts.ui.common.LatestOnlyTaskRunner;
import fr.referentcpts.ui.common.TaskRunner;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The preview of the annex shown: one page at a time rendered as an image at the zoom, page
 * navigation, and every page rendered again at print resolution for the system print dialog.
 */
public final class AnnexPreviewViewModel {
    static final double MIN_ZOOM = 0.5;
    static final double MAX_ZOOM = 2.5;
    /** Dots per inch at zoom 1: the page at its real size on a common screen. */
    static final float SCREEN_DPI = 96;

    private final TaskRunner tasks;
    private final TaskRunner printing;
    private final PageRenderer renderer;
    private final Consumer<Throwable> onFailure;
    private final ReadOnlyObjectWrapper<PageImage> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1);
    private final ReadOnlyStringWrapper pageLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper fitWidth = new ReadOnlyBooleanWrapper(true);
    /** The width the page may take on screen, in pixels; 0 until the view says it. */
    private double availableWidth;
    /** The width of the last page rendered at zoom 1, in pixels: the zoom that fills the width. */
    private double widthAtZoomOne;
    private byte[] shown;
    /** The page asked for last (its index is shown at once, its image once rendered). */
    private int asked;

    AnnexPreviewViewModel(TaskRunner tasks, PageRenderer renderer, Consumer<Throwable> onFailure) {
        // Clicks made while a page renders are kept: only the page and zoom asked last are rendered next.
        this.tasks = new LatestOnlyTaskRunner(tasks);
        this.printing = tasks;
        this.renderer = renderer;
        this.onFailure = onFailure;
        pageLabel.bind(Bindings.when(pageCount.greaterThan(0))
                .then(Bindings.concat(pageIndex.add(1), " / ", pageCount)).otherwise(""));
    }

    /** The page shown, rendered at the zoom; null when nothing is shown. */
    public ReadOnlyObjectProperty<PageImage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** « 2 / 6 ». */
    public ReadOnlyStringProperty pageLabelProperty() {
        return pageLabel.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** True while the zoom follows the width of the preview (the default); zooming by hand leaves it. */
    public ReadOnlyBooleanProperty fitWidthProperty() {
        return fitWidth.getReadOnlyProperty();
    }

    public BooleanBinding hasDocument() {
        return pageCount.greaterThan(0);
    }

    public BooleanBinding canGoBack() {
        return pageIndex.greaterThan(0);
    }

    public BooleanBinding canGoForward() {
        return pageIndex.lessThan(pageCount.subtract(1));
    }

    /** The bytes of the annex shown, null when none. */
    byte[] content() {
        return shown;
    }

    /** Shows {@code content} from its first page (rendered in the background). */
    void show(byte[] content) {
        if (fitWidth.get() && availableWidth > 0 && widthAtZoomOne > 0) {
            zoom.set(Math.clamp(availableWidth / widthAtZoomOne, MIN_ZOOM, MAX_ZOOM));
        }
        asked = 0;
        float dpi = dpi();
        tasks.run(() -> renderer.render(content, 0, dpi), image -> shown(content, image, dpi), this::failed);
    }

    /** Shows {@code content} whose first page is already rendered at the zoom. */
    void shown(byte[] content, PageImage image) {
        shown(content, image, dpi());
    }

    /**
     * Shows a page rendered at {@code dpi} — unless another page or zoom of the same document was
     * asked for since: its rendering is on its way, and this older one would put the page shown
     * back under the referent's click (and a width adjustment would then render that older page
     * again in place of the one asked for).
     */
    private void shown(byte[] content, PageImage image, float dpi) {
        if (content == shown && (image.pageIndex() != asked || dpi != dpi())) {
            return;
        }
        shown = content;
        asked = image.pageIndex();
        widthAtZoomOne = image.width() * SCREEN_DPI / dpi;
        pageCount.set(image.pageCount());
        pageIndex.set(image.pageIndex());
        page.set(image);
        availableWidth(availableWidth);
    }

    void clear() {
        shown = null;
        asked = 0;
        page.set(null);
        pageCount.set(0);
        pageIndex.set(0);
    }

    float dpi() {
        return (float) (SCREEN_DPI * zoom.get());
    }

    /**
     * The preview is {@code pixels} wide: while the zoom follows the width, the page is rendered
     * again at the zoom that fills it (small gains, under 2 %, keep the image shown).
     */
    public void availableWidth(double pixels) {
        availableWidth = pixels;
        if (!fitWidth.get() || page.get() == null || pixels <= 0) {
            return;
        }
        double fitted = Math.clamp(availableWidth / widthAtZoomOne, MIN_ZOOM, MAX_ZOOM);
        // Never wider than the room (a scroll bar appearing takes some); small gains keep the image shown.
        if (page.get().width() > pixels + 1 || Math.abs(fitted - zoom.get()) > 0.02 * zoom.get()) {
            zoom.set(fitted);
            goTo(pageIndex.get());
        }
    }

    /** Back to a zoom that follows the width of the preview. */
    public void fitToWidth() {
        fitWidth.set(true);
        availableWidth(availableWidth);
    }


    public void nextPage() {
        goTo(pageIndex.get() + 1);
    }

    public void previousPage() {
        goTo(pageIndex.get() - 1);
    }

    public void zoomIn() {
        fitWidth.set(false);
        setZoom(zoom.get() * 1.25);
    }

    public void zoomOut() {
        fitWidth.set(false);
        setZoom(zoom.get() / 1.25);
    }

    private void setZoom(double value) {
        zoom.set(Math.clamp(value, MIN_ZOOM, MAX_ZOOM));
        goTo(pageIndex.get());
    }

    private void goTo(int index) {
        byte[] content = shown;
        if (content == null || index < 0 || index >= pageCount.get()) {
            return;
        }
        pageIndex.set(index);
        asked = index;
        float dpi = dpi();
        tasks.run(() -> renderer.render(content, index, dpi), image -> shown(content, image, dpi), this::failed);
    }

    /** Renders every page at {@code dpi} in the background, then hands them to {@code print} (FX thread). */
    public void printPages(float dpi, Consumer<List<PageImage>> print) {
        byte[] content = shown;
        if (content == null) {
            return;
        }
        int count = pageCount.get();
        printing.run(() -> IntStream.range(0, count).mapToObj(i -> renderer.render(content, i, dpi)).toList(), print,
                this::failed);
    }

    private void failed(Throwable error) {
        onFailure.accept(error);
    }
}
