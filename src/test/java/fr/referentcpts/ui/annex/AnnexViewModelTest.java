package fr.referentcpts.ui.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.annex.AnnexService;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.io.files.LocalUserFiles;
import fr.referentcpts.pdf.annex.AnnexPreview;
import fr.referentcpts.testing.AnnexFixtures;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The « Annexes » tab without the toolkit: generation, refusal, preview, history, save. */
class AnnexViewModelTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path outDir;
    private AppContext context;
    private CaseFile caseFile;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<Double> progress = new ArrayList<>();
    private int changes;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        caseFile = AnnexFixtures.caseWithContent(context, 10);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private AnnexViewModel viewModel(AnnexService annexes) {
        AnnexViewModel vm = new AnnexViewModel(annexes, new SyncTaskRunner(), dialogs, new Messages(),
                new AnnexPreview(), new LocalUserFiles(), Runnable::run, () -> changes++, TestData.PARIS);
        vm.progressProperty().addListener((obs, old, value) -> progress.add(value.doubleValue()));
        vm.load(caseFile.id());
        return vm;
    }

    private AnnexViewModel ready() {
        return viewModel(context.annexes(AnnexFixtures.sources(context, AnnexFixtures.readyParties(), Map.of())));
    }

    @Test
    void finalAnnexesAreShownFromTheirFirstPageAndListedAsIntact() {
        AnnexViewModel vm = ready();
        assertTrue(vm.history().isEmpty());

        vm.generateFinal();

        AnnexPreviewViewModel preview = vm.preview();
        assertTrue(preview.pageCountProperty().get() >= 4);
        assertEquals("1 / " + preview.pageCountProperty().get(), preview.pageLabelProperty().get());
        assertTrue(preview.pageProperty().get().width() > 500, "A4 at 96 dpi is 794 px wide");
        assertTrue(vm.statusProperty().get().startsWith("Annexes définitives générées"), vm.statusProperty().get());
        assertEquals(1, vm.history().size());
        assertEquals("intact", vm.history().getFirst().verdict());
        assertEquals(1, changes);
        assertEquals(1.0, progress.getLast());
        assertTrue(progress.contains(0.2), "progress reported while generating: " + progress);
        assertFalse(vm.busyProperty().get());
        assertEquals(List.of(), dialogs.shown);
    }

    @Test
    void aCaseNotReadySaysWhatIsMissingInsteadOfAnError() {
        AnnexViewModel vm = viewModel(context.annexes());

        vm.generateFinal();

        assertTrue(vm.statusProperty().get().contains("n’est pas prêt pour des annexes définitives"));
        assertTrue(vm.reasons().contains("Numéro RNA de l’association à indiquer"), vm.reasons().toString());
        assertNull(vm.preview().pageProperty().get());
        assertEquals(List.of(), dialogs.shown);
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void aDraftIsPreviewedWithItsReasonsAndNotListed() {
        AnnexViewModel vm = viewModel(context.annexes());

        vm.generateDraft();

        assertTrue(vm.statusProperty().get().startsWith("Projet d’annexes généré"));
        assertTrue(vm.reasons().contains("Date de signature à fixer"));
        assertTrue(vm.preview().hasDocument().get());
        assertTrue(vm.history().isEmpty());
        assertTrue(vm.suggestedFileNameProperty().get().startsWith("Projet-annexes-"));
    }

    @Test
    void pagesAreTurnedAndZoomed() {
        AnnexViewModel vm = ready();
        vm.generateFinal();
        AnnexPreviewViewModel preview = vm.preview();
        int width = preview.pageProperty().get().width();
        assertFalse(preview.canGoBack().get());

        preview.nextPage();
        assertEquals(1, preview.pageIndexProperty().get());
        assertTrue(preview.canGoBack().get());
        preview.zoomIn();

        assertEquals(1, preview.pageIndexProperty().get(), "zoom keeps the page");
        assertTrue(preview.pageProperty().get().width() > width);
        preview.previousPage();
        preview.previousPage();
        assertEquals(0, preview.pageIndexProperty().get());
    }

    @Test
    void theAnnexShownIsSavedWhereTheReferentChose() throws Exception {
        AnnexViewModel vm = ready();
        vm.generateFinal();
        Path target = outDir.resolve(vm.suggestedFileNameProperty().get());

        vm.saveAs(target);

        assertEquals(vm.history().getFirst().check().annex().sha256(),
                AnnexService.sha256(Files.readAllBytes(target)));
        assertTrue(dialogs.shown.getLast().startsWith("info: Fichier enregistré"), dialogs.shown.toString());
    }

    @Test
    void anEarlierAnnexIsReopenedWithItsCheck() {
        ready().generateFinal();
        AnnexViewModel vm = ready();

        vm.open(vm.history().getFirst());

        assertTrue(vm.preview().hasDocument().get());
        assertTrue(vm.statusProperty().get().contains("fichier intact"), vm.statusProperty().get());
        List<fr.referentcpts.core.annex.PageImage> printed = new ArrayList<>();
        vm.preview().printPages(50, printed::addAll);
        assertEquals(vm.preview().pageCountProperty().get(), printed.size());
    }
}
