package fr.referentcpts.ui;

import static fr.referentcpts.testing.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.testing.FxTestSupport;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.ui.portfolio.CaseRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The demonstration portfolio on a 1366×768 laptop, headless: the names, dates, amounts, column
 * headers and tab titles a referent reads are shown in full (none ends in « … »), the tables take
 * the height, and another case opens on « Parcours », at the top.
 */
class LayoutFlowTest extends FxRobot {
    @TempDir
    Path dataDir;
    private Application app;

    @BeforeEach
    void startOnALaptopScreen() throws Exception {
        try (AppContext context = TestData.open(dataDir)) {
            context.demo().load();
        }
        app = FxTestSupport.start(dataDir);
        waitUntil(() -> lookup("#cases").tryQuery().isPresent() && cases().getItems().size() == 8);
        interact(() -> {
            Stage stage = (Stage) cases().getScene().getWindow();
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxTestSupport.stop(app);
        }
    }

    @Test
    void theCaseListShowsEveryNameStageAndDateInFull() throws Exception {
        settle();
        assertEquals(List.of(), truncated(cases()), "cut in the case list");
        assertTrue(cases().getHeight() > 300, "the list takes the height: " + cases().getHeight());
        TextField search = lookup("#search").queryAs(TextField.class);
        double prompt = fr.referentcpts.ui.common.Tables.textWidth(search.getPromptText(), false);
        assertTrue(search.getWidth() >= prompt + 16, "the search prompt fits: " + search.getWidth() + " < " + prompt);
    }

    @Test
    void aContractInFollowUpShowsItsTabsDatesAndAmountsInFull() throws Exception {
        open("CPTS du Bessin");
        assertEquals(List.of(), truncated(lookup("#case-tabs").query().lookup(".tab-header-area")),
                "cut in the tab headers");
        TabPane tabs = lookup("#case-tabs").queryAs(TabPane.class);
        Bounds area = tabs.lookup(".tab-header-area").getBoundsInLocal();
        for (Node header : tabs.lookupAll(".tab")) {
            Bounds bounds = tabs.lookup(".tab-header-area").sceneToLocal(header.localToScene(header.getBoundsInLocal()));
            assertTrue(bounds.getMaxX() <= area.getMaxX() + 1, "tab header shown: " + ((Labeled) header
                    .lookup(".tab-label")).getText());
        }

        FxTestSupport.openTab(this, "tab-funding");
        waitUntil(() -> lookup("#funding-calendar").tryQuery().isPresent()
                && !table("#funding-calendar").getItems().isEmpty());
        settle();
        assertEquals(List.of(), truncated(lookup("#funding-calendar").query()), "cut in the payment calendar");
        assertEquals(List.of(), truncated(lookup("#funding-annual").query()), "cut in the annual lines");
        assertEquals(List.of(), sideways("#funding-annual", "#funding-calendar"), "tables scrolled sideways");

        FxTestSupport.openTab(this, "tab-team");
        waitUntil(() -> lookup("#team-table").tryQuery().isPresent() && !table("#team-table").getItems().isEmpty());
        settle();
        assertEquals(List.of(), truncated(lookup("#team-table").query()), "cut in the team");
        assertEquals(List.of(), sideways("#team-table"), "tables scrolled sideways");

        FxTestSupport.openTab(this, "tab-missions");
        waitUntil(() -> lookup("#missions-table").tryQuery().isPresent());
        settle();
        assertEquals(List.of(), truncated(lookup("#missions-table").query().lookup(".column-header-background")),
                "cut in the missions' headers");

        FxTestSupport.openTab(this, "tab-meetings");
        waitUntil(() -> lookup("#meetings-table").tryQuery().isPresent() && !table("#meetings-table").getItems().isEmpty());
        settle();
        assertEquals(List.of(), truncated(lookup("#meetings-table").query()), "cut in the meetings");

        FxTestSupport.openTab(this, "tab-territory");
        waitUntil(() -> lookup("#territory-table").tryQuery().isPresent()
                && table("#territory-table").getItems().size() > 10);
        settle();
        assertTrue(table("#territory-table").getHeight() >= 260,
                "the communes table takes the height: " + table("#territory-table").getHeight());
        assertEquals(List.of(), truncated(lookup("#territory-table").query(), "Source"),
                "cut in the communes");
    }

    @Test
    void theAnnexPreviewFillsTheWidthWithItsToolbarInFull() throws Exception {
        open("CPTS Caen Ouest");
        FxTestSupport.openTab(this, "tab-annexes");
        waitUntil(() -> lookup("#annex-generate-draft").tryQuery().isPresent());
        clickOn(FxTestSupport.node(this, "#annex-generate-draft"));
        waitUntil(() -> lookup("#annex-page").queryAs(ImageView.class).getImage() != null);
        settle();
        waitUntil(this::fitted);

        assertEquals(List.of(), truncated(lookup("#annex-previous").query().getParent()), "cut in the preview's toolbar");
        assertTrue(fitted(), "the page takes the width of the preview");
        clickOn(FxTestSupport.node(this, "#annex-zoom-in"));
        waitUntil(() -> !fitted());
        clickOn(FxTestSupport.node(this, "#annex-fit-width"));
        waitUntil(this::fitted);
        assertTrue(lookup("#annex-history").tryQuery().isEmpty(), "earlier annexes folded by default");
        clickOn(FxTestSupport.node(this, "#annex-show-history"));
        waitUntil(() -> lookup("#annex-history").tryQuery().isPresent());
    }

    /** The page image is as wide as the preview allows, within 3 %, and never wider. */
    private boolean fitted() {
        ImageView page = lookup("#annex-page").queryAs(ImageView.class);
        ScrollPane scroll = lookup("#annex-page-scroll").queryAs(ScrollPane.class);
        double room = scroll.getViewportBounds().getWidth() - 24;
        double width = page.getImage() == null ? 0 : page.getImage().getWidth();
        return width <= room + 1 && width >= room * 0.97;
    }

    @Test
    void everyTabOfAContractFitsTheWidthOfTheScreen() throws Exception {
        open("CPTS du Bessin");
        List<String> wide = new ArrayList<>();
        TabPane tabs = lookup("#case-tabs").queryAs(TabPane.class);
        for (javafx.scene.control.Tab tab : List.copyOf(tabs.getTabs())) {
            FxTestSupport.openTab(this, tab.getId());
            settle();
            interact(() -> {
                ScrollPane scroll = (ScrollPane) tab.getContent();
                double content = scroll.getContent().getLayoutBounds().getWidth();
                if (content > scroll.getViewportBounds().getWidth() + 1) {
                    wide.add(tab.getId() + " " + Math.round(content) + " > "
                            + Math.round(scroll.getViewportBounds().getWidth()));
                }
                for (Node table : scroll.lookupAll(".table-view")) {
                    if (table.isVisible() && table instanceof TableView<?> t && clipped(t)) {
                        wide.add(tab.getId() + " " + t.getId() + " columns " + t.getVisibleLeafColumns().stream()
                                .map(c -> c.getText() + " " + Math.round(c.getWidth()) + "/" + Math.round(c.getMinWidth()))
                                .toList() + " > " + Math.round(t.getWidth()) + " " + t.getColumnResizePolicy());
                    }
                }
            });
        }
        assertEquals(List.of(), wide, "tabs wider than the screen (part of them out of sight)");
    }

    @Test
    void anotherCaseOpensOnParcoursAtTheTop() throws Exception {
        open("CPTS du Bessin");
        FxTestSupport.openTab(this, "tab-funding");
        waitUntil(() -> lookup("#funding-calendar").tryQuery().isPresent());
        interact(() -> {
            ScrollPane scroll = (ScrollPane) lookup("#case-tabs").queryAs(TabPane.class).getSelectionModel()
                    .getSelectedItem().getContent();
            scroll.setVvalue(scroll.getVmax());
        });
        open("CPTS Caen Ouest");
        TabPane tabs = lookup("#case-tabs").queryAs(TabPane.class);
        assertEquals("tab-workflow", tabs.getSelectionModel().getSelectedItem().getId());
        FxTestSupport.openTab(this, "tab-funding");
        ScrollPane funding = (ScrollPane) tabs.getSelectionModel().getSelectedItem().getContent();
        assertEquals(0.0, funding.getVvalue(), "at the top, not where the previous case was left");
    }

    private void open(String name) throws Exception {
        interact(() -> cases().getItems().stream().filter(r -> r.caseFile().name().equals(name)).findFirst()
                .ifPresent(r -> cases().getSelectionModel().select(r)));
        waitUntil(() -> lookup("#detail-name").queryAs(TextField.class).getText().equals(name));
        settle();
    }

    /** Lets the layout of the last changes (columns sized to content, tabs built) settle. */
    private void settle() {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            interact(() -> cases().getScene().getRoot().layout());
        }
    }

    /** The tables among {@code ids} whose columns are wider than the table: part of a row is out of sight. */
    private List<String> sideways(String... ids) {
        List<String> wide = new ArrayList<>();
        interact(() -> {
            for (String id : ids) {
                Node node = lookup(id).query();
                boolean scrolled = node.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar bar
                        && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
                if (scrolled || node instanceof TableView<?> table && clipped(table)) {
                    wide.add(id);
                }
            }
        });
        return wide;
    }

    /** A constrained table does not scroll: columns wider than it are simply cut at its edge. */
    private static boolean clipped(TableView<?> table) {
        return table.getVisibleLeafColumns().stream().mapToDouble(column -> column.getWidth()).sum()
                > table.getWidth() + 1;
    }

    /** The texts shown cut (« … ») under {@code root}: labels, headers and cells on screen. */
    private List<String> truncated(Node root) {
        return truncated(root, null);
    }

    /** The same, but for the cells of the column {@code spared} (a long reference shown in a tooltip). */
    private List<String> truncated(Node root, String spared) {
        List<String> cut = new ArrayList<>();
        interact(() -> collect(root, spared, cut));
        return cut;
    }

    private static void collect(Node node, String spared, List<String> cut) {
        if (!node.isVisible() || node instanceof javafx.scene.control.TableCell<?, ?> cell
                && cell.getTableColumn() != null && cell.getTableColumn().getText().equals(spared)) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.isTextTruncated() && labeled.getText() != null
                && !labeled.getText().isBlank()) {
            cut.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, spared, cut);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<CaseRow> cases() {
        return lookup("#cases").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table(String id) {
        return lookup(id).queryAs(TableView.class);
    }
}
