package fr.referentcpts.ui.exchange;

import static fr.referentcpts.testing.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.App;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.CaseMerge;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.ConflictFixtures;
import fr.referentcpts.testing.FxTestSupport;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The conflict window headless, on a 1366 × 768 screen: tick one row, merge, only that row is the server's. */
class ConflictViewFlowTest extends FxRobot {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private final CaseBundle mine = ConflictFixtures.mine();
    private ConflictViewModel vm;
    private Stage stage;

    @BeforeEach
    void show() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            Application.setUserAgentStylesheet(fr.referentcpts.ui.common.Theme.userAgentStylesheet());
            Messages messages = new Messages();
            vm = new ConflictViewModel(messages, mine, ConflictFixtures.theirs());
            Scene scene = new Scene(new ConflictView(vm, messages, mine.caseFile().name()), 1040, 600);
            scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("ui/app.css")).toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void tickingTheNotesRowTakesTheServersNotesOnly() throws Exception {
        clickOn(takeBoxOfRow("Notes"));
        waitUntil(() -> lookup("#conflict-summary").queryAs(Label.class).getText().startsWith("1 choix sur"));

        CaseBundle merged = vm.merged(NOW);

        assertEquals("Mairie relancée le 18/11", merged.caseFile().notes());
        assertEquals(List.of("exchange.field.notes"),
                CaseMerge.changes(mine, merged).stream().map(c -> c.what()).toList());
    }

    @Test
    void theButtonsTickAndUntickEveryRow() throws Exception {
        clickOn("#conflict-take-theirs");
        waitUntil(() -> vm.rows().stream().allMatch(r -> r.fromServerProperty().get()));
        clickOn("#conflict-keep-mine");
        waitUntil(() -> vm.rows().stream().noneMatch(r -> r.fromServerProperty().get()));
        assertEquals(List.of(), CaseMerge.changes(mine, vm.merged(NOW)));
    }

    @Test
    void everyColumnHeaderIsReadableInAWindowThatFitsA1366By768Screen() {
        List<String> headers = lookup(".column-header .text").queryAll().stream()
                .map(n -> ((javafx.scene.text.Text) n).getText()).filter(t -> !t.isEmpty()).toList();
        assertEquals(List.of("Quoi", "Élément", "Sur ce poste", "Sur le serveur", "Prendre du serveur"), headers,
                "none cut");
        assertTrue(lookup("#conflict-table").queryAs(TableView.class).getHeight() >= 300, "room for rows");
    }

    @Test
    void theDialogGivesTheMergedCaseOnFusionnerAndNothingOnAnnuler() throws Exception {
        interact(() -> stage.setScene(new Scene(new Label("Référent CPTS"), 1300, 700)));
        AtomicReference<Optional<CaseBundle>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(ConflictDialog.resolve(stage, new Messages(), "CPTS du Bocage virois", mine,
                ConflictFixtures.theirs(), NOW)));
        takeTheirsInTheDialog();
        clickOn(FxTestSupport.node(this, "#conflict-merge"));
        waitUntil(() -> result.get() != null);
        assertEquals("CPTS du Bocage virois et du Pré-Bocage", result.get().orElseThrow().caseFile().name());

        result.set(null);
        Platform.runLater(() -> result.set(ConflictDialog.resolve(stage, new Messages(), "CPTS du Bocage virois", mine,
                ConflictFixtures.theirs(), NOW)));
        takeTheirsInTheDialog();
        clickOn("Annuler");
        waitUntil(() -> result.get() != null);
        assertTrue(result.get().isEmpty(), "cancelled: nothing to write");
    }

    /**
     * « Tout prendre du serveur » in the dialog once it is on screen and laid out, then its summary
     * changed: a click sent while the dialog was still being placed landed beside the button.
     */
    private void takeTheirsInTheDialog() throws Exception {
        Node take = FxTestSupport.node(this, "#conflict-take-theirs");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        String before = org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> lookup("#conflict-summary").queryAs(Label.class).getText()).get();
        clickOn(take);
        waitUntil(() -> !lookup("#conflict-summary").queryAs(Label.class).getText().equals(before));
    }

    /** The check box of the first row whose « Quoi » is {@code what}. */
    private CheckBox takeBoxOfRow(String what) throws Exception {
        int index = -1;
        for (int i = 0; i < vm.rows().size() && index < 0; i++) {
            if (vm.rows().get(i).what().equals(what)) {
                index = i;
            }
        }
        int row = index;
        TableView<?> table = lookup("#conflict-table").queryAs(TableView.class);
        interact(() -> table.scrollTo(row));
        waitUntil(() -> lookup(".check-box").queryAll().stream().anyMatch(n -> rowOf(n) == row));
        return (CheckBox) lookup(".check-box").queryAll().stream().filter(n -> rowOf(n) == row).findFirst()
                .orElseThrow();
    }

    private static int rowOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TableCell<?, ?> cell) {
                return cell.isEmpty() ? -1 : cell.getIndex();
            }
        }
        return -1;
    }
}
