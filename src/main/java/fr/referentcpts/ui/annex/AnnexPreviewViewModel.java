package fr.referentcpts.ui.annex;

import fr.referentcpts.core.annex.PageImage;
import fr.referentcpts.core.annex.PageRenderer;
import fr.referentcpts.ui.common.TaskRunner;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
    private final PageRenderer renderer;
    private final Consumer<Throwable> onFailure;
    private final ReadOnlyObjectWrapper<PageImage> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1);
    private final ReadOnlyStringWrapper pageLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper(false);
    private byte[] shown;

    AnnexPreviewViewModel(TaskRunner tasks, PageRenderer renderer, Consumer<Throwable> onFailure) {
        this.tasks = tasks;
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

    public BooleanBinding hasDocument() {
        return pageCount.greaterThan(0);
    }

    public BooleanBinding canGoBack() {
        return pageIndex.greaterThan(0).and(rendering.not());
    }

    public BooleanBinding canGoForward() {
        return pageIndex.lessThan(pageCount.subtract(1)).and(rendering.not());
    }

    /** The bytes of the annex shown, null when none. */
    byte[] content() {
        return shown;
    }

    /** Shows {@code content} from its first page (rendered in the background). */
    void show(byte[] content) {
        rendering.set(true);
        float dpi = dpi();
        tasks.run(() -> renderer.render(content, 0, dpi), image -> shown(content, image), this::failed);
    }

    /** Shows {@code content} whose first page is already rendered. */
    void shown(byte[] content, PageImage image) {
        rendering.set(false);
        shown = content;
        pageCount.set(image.pageCount());
        pageIndex.set(image.pageIndex());
        page.set(image);
    }

    void clear() {
        shown = null;
        page.set(null);
        pageCount.set(0);
        pageIndex.set(0);
    }

    float dpi() {
        return (float) (SCREEN_DPI * zoom.get());
    }

    public void nextPage() {
        goTo(pageIndex.get() + 1);
    }

    public void previousPage() {
        goTo(pageIndex.get() - 1);
    }

    public void zoomIn() {
        setZoom(zoom.get() * 1.25);
    }

    public void zoomOut() {
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
        rendering.set(true);
        float dpi = dpi();
        tasks.run(() -> renderer.render(content, index, dpi), image -> shown(content, image), this::failed);
    }

    /** Renders every page at {@code dpi} in the background, then hands them to {@code print} (FX thread). */
    public void printPages(float dpi, Consumer<List<PageImage>> print) {
        byte[] content = shown;
        if (content == null) {
            return;
        }
        int count = pageCount.get();
        tasks.run(() -> IntStream.range(0, count).mapToObj(i -> renderer.render(content, i, dpi)).toList(), print,
                this::failed);
    }

    private void failed(Throwable error) {
        rendering.set(false);
        onFailure.accept(error);
    }
}
