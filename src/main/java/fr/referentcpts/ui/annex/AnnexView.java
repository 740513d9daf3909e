package fr.referentcpts.ui.annex;

import atlantafx.base.theme.Styles;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.core.annex.PageImage;
import fr.referentcpts.ui.common.Icons;
import fr.referentcpts.ui.common.Tables;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The « Annexes » tab: generate (final or draft) with progress, what is still missing, the page
 * preview with navigation and zoom, « Enregistrer sous… », « Imprimer… », and the earlier final
 * annexes with their SHA-256 check.
 */
public final class AnnexView extends VBox {
    /** Print resolution: sharp enough on paper, light enough to render six pages quickly. */
    private static final float PRINT_DPI = 200;

    public AnnexView(AnnexViewModel vm, Messages messages) {
        setSpacing(10);
        getStyleClass().add("tab-content");
        AnnexPreviewViewModel preview = vm.preview();

        Button generateFinal = new Button(messages.get("annex.ui.generateFinal"));
        generateFinal.setId("annex-generate-final");
        generateFinal.getStyleClass().add(Styles.ACCENT);
        generateFinal.disableProperty().bind(vm.busyProperty());
        generateFinal.setOnAction(e -> vm.generateFinal());
        Button generateDraft = new Button(messages.get("annex.ui.generateDraft"));
        generateDraft.setId("annex-generate-draft");
        generateDraft.disableProperty().bind(vm.busyProperty());
        generateDraft.setOnAction(e -> vm.generateDraft());
        ProgressBar progress = new ProgressBar();
        progress.setId("annex-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        HBox actions = new HBox(8, generateFinal, generateDraft, progress);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("annex-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        VBox reasons = new VBox(2);
        reasons.setId("annex-reasons");
        // The points to settle in a list that folds (repeated ones merged): the preview keeps the room.
        javafx.scene.control.TitledPane reasonsPane = new javafx.scene.control.TitledPane("", new ScrollPane(reasons));
        reasonsPane.setId("annex-reasons-pane");
        reasonsPane.setAnimated(false);
        ((ScrollPane) reasonsPane.getContent()).setFitToWidth(true);
        ((ScrollPane) reasonsPane.getContent()).setMaxHeight(160);
        Runnable showReasons = () -> {
            List<String> distinct = vm.reasons().stream().distinct().toList();
            reasons.getChildren().setAll(distinct.stream().map(AnnexView::reason).toList());
            reasonsPane.setText(messages.get("layout.annex.reasons", distinct.size()));
            reasonsPane.setExpanded(distinct.size() <= 3);
            reasonsPane.setVisible(!distinct.isEmpty());
            reasonsPane.setManaged(!distinct.isEmpty());
        };
        vm.reasons().addListener((ListChangeListener<String>) change -> showReasons.run());
        showReasons.run();

        getChildren().addAll(actions, status, reasonsPane, body(vm, preview, messages));
    }

    /** The tab's title: « Annexes ». */
    public static String title(Messages messages) {
        return messages.get("annex.ui.tab");
    }

    private static Label reason(String text) {
        Label label = new Label("– " + text);
        label.setWrapText(true);
        label.getStyleClass().add("warning-text");
        return label;
    }

    private SplitPane body(AnnexViewModel vm, AnnexPreviewViewModel preview, Messages messages) {
        ImageView image = new ImageView();
        image.setId("annex-page");
        image.setPreserveRatio(true);
        preview.pageProperty().addListener((obs, old, page) -> image.setImage(page == null ? null : fx(page)));
        image.setImage(preview.pageProperty().get() == null ? null : fx(preview.pageProperty().get()));
        StackPane paper = new StackPane(image);
        paper.getStyleClass().add("annex-paper");
        ScrollPane pageScroll = new ScrollPane(paper);
        pageScroll.setId("annex-page-scroll");
        pageScroll.setFitToWidth(true);
        pageScroll.setPannable(true);
        VBox.setVgrow(pageScroll, Priority.ALWAYS);
        Label empty = new Label(messages.get("annex.ui.empty"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.visibleProperty().bind(preview.hasDocument().not());
        empty.managedProperty().bind(empty.visibleProperty());

        Button previous = Icons.PREVIOUS.only(new Button(), messages.get("annex.ui.previous"));
        previous.setId("annex-previous");
        previous.disableProperty().bind(preview.canGoBack().not());
        previous.setOnAction(e -> preview.previousPage());
        Label pageLabel = new Label();
        pageLabel.setId("annex-page-label");
        pageLabel.textProperty().bind(preview.pageLabelProperty());
        Button next = Icons.NEXT.only(new Button(), messages.get("annex.ui.next"));
        next.setId("annex-next");
        next.disableProperty().bind(preview.canGoForward().not());
        next.setOnAction(e -> preview.nextPage());
        Button zoomOut = Icons.ZOOM_OUT.only(new Button(), messages.get("annex.ui.zoomOut"));
        zoomOut.setId("annex-zoom-out");
        zoomOut.disableProperty().bind(preview.hasDocument().not());
        zoomOut.setOnAction(e -> preview.zoomOut());
        Label zoom = new Label();
        zoom.setId("annex-zoom");
        zoom.textProperty().bind(Bindings.format("%.0f %%", preview.zoomProperty().multiply(100)));
        Button zoomIn = Icons.ZOOM_IN.only(new Button(), messages.get("annex.ui.zoomIn"));
        zoomIn.setId("annex-zoom-in");
        zoomIn.disableProperty().bind(preview.hasDocument().not());
        zoomIn.setOnAction(e -> preview.zoomIn());
        Button fit = Icons.FIT_WIDTH.only(new Button(), messages.get("layout.annex.fitWidth"));
        fit.setId("annex-fit-width");
        fit.disableProperty().bind(preview.hasDocument().not().or(preview.fitWidthProperty()));
        fit.setOnAction(e -> preview.fitToWidth());
        Button saveAs = Icons.SAVE.only(new Button(), messages.get("annex.ui.saveAs"));
        saveAs.setId("annex-save");
        saveAs.disableProperty().bind(preview.hasDocument().not());
        saveAs.setOnAction(e -> saveAs(vm, messages));
        Button print = Icons.PRINT.only(new Button(), messages.get("annex.ui.print"));
        print.setId("annex-print");
        print.disableProperty().bind(preview.hasDocument().not());
        print.setOnAction(e -> preview.printPages(PRINT_DPI, pages -> print(pages, vm)));
        ToggleButton showHistory = Icons.LIST.beside(new ToggleButton());
        showHistory.setId("annex-show-history");
        showHistory.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("layout.annex.historyToggle", vm.history().size()), vm.history()));
        showHistory.setTooltip(new Tooltip(messages.get("annex.ui.history")));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox navigation = new HBox(6, previous, pageLabel, next, zoomOut, zoom, zoomIn, fit, spacer, saveAs, print,
                showHistory);
        navigation.setAlignment(Pos.CENTER_LEFT);
        // Page number, zoom and buttons never cut to « … »: the spacer gives way first.
        navigation.getChildren().stream().filter(n -> n != spacer).forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        // The page fills the width of the preview until the referent zooms by hand.
        pageScroll.viewportBoundsProperty().addListener((obs, old, bounds) -> preview.availableWidth(
                bounds.getWidth() - paper.getInsets().getLeft() - paper.getInsets().getRight()));
        VBox left = new VBox(8, navigation, empty, pageScroll);

        VBox right = history(vm, messages);
        SplitPane split = new SplitPane(left);
        // The earlier annexes fold away so the page keeps the room; the toggle says how many there are.
        showHistory.selectedProperty().addListener((obs, was, shown) -> {
            if (shown) {
                split.getItems().add(right);
                split.applyCss();
                split.layout();
                split.setDividerPositions(Math.max(0.45, 1 - (right.prefWidth(-1) + 48) / split.getWidth()));
            } else {
                split.getItems().remove(right);
            }
        });
        VBox.setVgrow(split, Priority.ALWAYS);
        return split;
    }

    private static VBox history(AnnexViewModel vm, Messages messages) {
        TableView<AnnexRow> table = Tables.of(vm.history());
        table.setId("annex-history");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<AnnexRow, String> generated = Tables.column(messages.get("annex.ui.column.generated"),
                AnnexRow::generated, 140);
        table.getColumns().addAll(List.of(generated,
                Tables.column(messages.get("annex.ui.column.rules"), AnnexRow::rules, 95),
                Tables.rightColumn(messages.get("annex.ui.column.pages"), AnnexRow::pages, 55),
                Tables.column(messages.get("annex.ui.column.id"), AnnexRow::documentId, 90),
                Tables.column(messages.get("annex.ui.column.check"), AnnexRow::verdict, 75)));
        Tables.sizeToContent(table, generated, 240);
        Label noAnnex = new Label(messages.get("annex.ui.noHistory"));
        noAnnex.setWrapText(true);
        table.setPlaceholder(noAnnex);
        VBox.setVgrow(table, Priority.ALWAYS);
        Button open = new Button(messages.get("annex.ui.open"));
        open.setId("annex-open");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> vm.open(table.getSelectionModel().getSelectedItem()));
        Label title = new Label(messages.get("annex.ui.history"));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox history = new VBox(8, title, table, open);
        SplitPane.setResizableWithParent(history, false);
        return history;
    }

    private void saveAs(AnnexViewModel vm, Messages messages) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(vm.suggestedFileNameProperty().get());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("annex.ui.pdfFiles"), "*.pdf"));
        File target = chooser.showSaveDialog(getScene().getWindow());
        if (target != null) {
            vm.saveAs(target.toPath());
        }
    }

    /** Prints the rendered pages through the system print dialog, each page fitted to the printable area. */
    private void print(List<PageImage> pages, AnnexViewModel vm) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            vm.printUnavailable();
            return;
        }
        if (!job.showPrintDialog(getScene().getWindow())) {
            job.cancelJob();
            return;
        }
        Printer printer = job.getPrinter();
        PageLayout layout = printer.createPageLayout(Paper.A4, PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
        for (PageImage page : pages) {
            ImageView view = new ImageView(fx(page));
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(layout, view)) {
                vm.printFailed();
                return;
            }
        }
        job.endJob();
    }

    private static Image fx(PageImage page) {
        return new Image(new ByteArrayInputStream(page.png()));
    }
}
