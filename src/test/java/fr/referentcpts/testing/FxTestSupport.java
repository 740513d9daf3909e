package fr.referentcpts.testing;

import fr.referentcpts.App;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts and stops the real application headless (Monocle) on a given data folder. */
public final class FxTestSupport {
    /** How long a flow test waits for what it expects (loaded CI machines). */
    private static final int WAIT_SECONDS = 30;

    private FxTestSupport() {
    }

    public static Application start(Path dataDir) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        App.configure(new App.LaunchOptions(dataDir, false, TestData.CLOCK));
        return FxToolkit.setupApplication(App.class);
    }

    public static void stop(Application app) throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** Opens a tab of the case file by its id (« tab-meetings »), even when its header is in the overflow menu. */
    public static void openTab(org.testfx.api.FxRobot robot, String tabId) {
        robot.interact(() -> {
            javafx.scene.control.TabPane tabs = robot.lookup("#case-tabs").queryAs(javafx.scene.control.TabPane.class);
            tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Clicks in a field and types into it as a user would. The field is looked up on the FX
     * thread: a look-up from the test thread (as {@code clickOn(query)} does) may
     * walk the scene while the FX thread changes it, and fail on a loaded machine.
     */
    public static void typeInto(org.testfx.api.FxRobot robot, String query, String text) {
        robot.clickOn(node(robot, query)).write(text);
    }

    /**
     * The node a query finds once it is on screen — itself and every parent visible (the main screen
     * is built hidden behind the splash while the case files open) — looked up on the FX thread
     * (for {@code clickOn(node)}).
     */
    public static javafx.scene.Node node(org.testfx.api.FxRobot robot, String query) {
        try {
            waitUntil(() -> robot.lookup(query).tryQuery().map(FxTestSupport::shown).orElse(false));
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).<javafx.scene.Node>query())
                    .get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException | java.util.concurrent.ExecutionException | TimeoutException e) {
            throw new IllegalStateException(query, e);
        }
    }

    /** The node and all its parents visible. */
    public static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Waits (up to {@link #WAIT_SECONDS}) for a condition checked on the FX thread; a timeout says
     * what the screen showed then ({@link #screen}). A node the condition looks up that is not in
     * the scene yet makes it false, not an error: screens fill in as their data comes (the case
     * reopened at start joins the window a frame after the list).
     */
    public static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        Callable<Boolean> notYetIfAbsent = () -> {
            try {
                return condition.call();
            } catch (org.testfx.service.query.EmptyNodeQueryException absent) {
                return false;
            }
        };
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(notYetIfAbsent).get());
        } catch (TimeoutException e) {
            TimeoutException described = new TimeoutException("condition not met within " + WAIT_SECONDS + " s; on screen: "
                    + screen());
            described.initCause(e);
            throw described;
        }
    }

    /**
     * The showing windows, each with its title, its focus owner, and what is visible in it: texts of
     * labels and buttons, titled panes « (ouvert) », each tab pane's selected tab, tables' row counts.
     */
    private static String screen() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                    .filter(javafx.stage.Window::isShowing)
                    .map(w -> (w instanceof javafx.stage.Stage s ? s.getTitle() : w.getClass().getSimpleName())
                            + (w.getScene() == null ? " []" : " focus " + id(w.getScene().getFocusOwner()) + " "
                                    + texts(w.getScene().getRoot())))
                    .collect(java.util.stream.Collectors.joining(" | "))).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            return "(not read: " + e + ")";
        }
    }

    private static String id(javafx.scene.Node node) {
        return node == null ? "(none)" : node.getId() != null ? "#" + node.getId() : node.getClass().getSimpleName();
    }

    private static java.util.List<String> texts(javafx.scene.Node root) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        java.util.ArrayDeque<javafx.scene.Node> nodes = new java.util.ArrayDeque<>(java.util.List.of(root));
        while (!nodes.isEmpty() && texts.size() < 200) {
            javafx.scene.Node node = nodes.pop();
            if (!node.isVisible()) {
                continue;
            }
            if (node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null
                    && !labeled.getText().isBlank()) {
                texts.add((node.getId() == null ? "" : "#" + node.getId() + "=") + labeled.getText()
                        + (node instanceof javafx.scene.control.TitledPane pane && pane.isExpanded() ? " (ouvert)" : ""));
            } else if (node instanceof javafx.scene.control.TabPane tabs && tabs.getSelectionModel().getSelectedItem() != null) {
                texts.add("#" + tabs.getId() + " on " + tabs.getSelectionModel().getSelectedItem().getId());
            } else if (node instanceof javafx.scene.control.TableView<?> table) {
                texts.add("#" + table.getId() + ":" + table.getItems().size() + " rows");
            }
            if (node instanceof javafx.scene.Parent parent) {
                parent.getChildrenUnmodifiable().reversed().forEach(nodes::push);
            }
        }
        return texts;
    }
}
