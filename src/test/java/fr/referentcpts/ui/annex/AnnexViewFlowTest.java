package fr.referentcpts.ui.annex;

import fr.referentcpts.testing.FxTestSupport;
import static fr.referentcpts.testing.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.referentcpts.App;
import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.io.files.LocalUserFiles;
import fr.referentcpts.pdf.annex.AnnexPreview;
import fr.referentcpts.testing.AnnexFixtures;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.ui.common.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The « Annexes » tab headless: generate, see the first page, turn it, find the annex in the list. */
class AnnexViewFlowTest extends FxRobot {
    @TempDir
    Path dataDir;
    private AppContext context;
    private AnnexViewModel vm;

    @BeforeEach
    void show() throws Exception {
        context = TestData.open(dataDir);
        CaseFile caseFile = AnnexFixtures.caseWithContent(context, 40);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            Application.setUserAgentStylesheet(fr.referentcpts.ui.common.Theme.userAgentStylesheet());
            Messages messages = new Messages();
            vm = new AnnexViewModel(context.annexes(AnnexFixtures.sources(context, AnnexFixtures.readyParties(), Map.of())),
                    new FxTaskRunner(), new FakeDialogs(), messages, new AnnexPreview(), new LocalUserFiles(), Platform::runLater, () -> { },
                    TestData.PARIS);
            Scene scene = new Scene(new AnnexView(vm, messages), 1300, 860);
            scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("ui/app.css")).toExternalForm());
            stage.setScene(scene);
            stage.show();
            vm.load(caseFile.id());
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        context.close();
    }

    @Test
    void generatedAnnexesArePreviewedPageByPageAndListed() throws Exception {
        clickOn(FxTestSupport.node(this, "#annex-generate-final"));
        waitUntil(() -> lookup("#annex-page").queryAs(ImageView.class).getImage() != null);
        waitUntil(() -> !vm.history().isEmpty());

        String count = Integer.toString(vm.preview().pageCountProperty().get());
        assertEquals("1 / " + count, lookup("#annex-page-label").queryAs(Label.class).getText());
        clickOn(FxTestSupport.node(this, "#annex-next"));
        waitUntil(() -> ("2 / " + count).equals(lookup("#annex-page-label").queryAs(Label.class).getText()));
        assertEquals("Annexes définitives (1)", lookup("#annex-show-history").queryAs(Labeled.class).getText());
        clickOn(FxTestSupport.node(this, "#annex-show-history"));
        waitUntil(() -> lookup("#annex-history").tryQuery().isPresent());
        assertEquals(1, lookup("#annex-history").queryAs(javafx.scene.control.TableView.class).getItems().size());
        snapshot("annex-tab.png");
    }

    /** Keeps a picture of the tab under target/annex-samples to look at. */
    private void snapshot(String name) throws Exception {
        WritableImage image = org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> lookup("#annex-generate-final").query().getScene().snapshot(null)).get();
        Path dir = Files.createDirectories(Path.of("target", "annex-samples"));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", dir.resolve(name).toFile());
    }
}
