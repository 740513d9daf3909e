package fr.referentcpts.ui.documents;

import fr.referentcpts.io.files.LocalUserFiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.annex.Annex;
import fr.referentcpts.core.annex.AnnexService;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.documents.DocumentKind;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.AnnexFixtures;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The « Documents » tab without the toolkit: attached files and the final annexes recorded for the case. */
class DocumentsViewModelTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private AppContext context;
    private CaseFile caseFile;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<Path> opened = new ArrayList<>();
    private DocumentsViewModel vm;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        caseFile = AnnexFixtures.caseWithContent(context, 5);
        vm = new DocumentsViewModel(context.documents(), new LocalUserFiles(), context.annexes()::annexes, new SyncTaskRunner(), dialogs,
                new Messages(), opened::add, () -> { }, TestData.PARIS);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void finalAnnexesAreListedAfterTheAttachedFilesAndOpenAsTheyWereRecorded() throws Exception {
        AnnexService annexes = context.annexes(AnnexFixtures.sources(context, AnnexFixtures.readyParties(), Map.of()));
        Annex recorded = annexes.generate(caseFile.id(), false).stored();
        annexes.generate(caseFile.id(), true);
        Path letter = Files.writeString(files.resolve("lettre.txt"), "Lettre d’intention");

        vm.load(caseFile.id());
        vm.attach(letter, DocumentKind.LETTER_OF_INTENT, LocalDate.of(2026, 1, 10), "");

        assertEquals(List.of("Lettre d’intention", "Annexes au contrat (définitives)"),
                vm.rows().stream().map(DocumentRow::kind).toList(), "drafts are not documents of the case");
        DocumentRow annex = vm.rows().get(1);
        assertEquals("Annexes-" + recorded.documentId() + ".pdf", annex.fileName());
        assertTrue(annex.note().contains(recorded.rulesVersion()), annex.note());
        assertTrue(annex.note().contains(recorded.sha256().substring(0, 12)), annex.note());
        assertTrue(vm.rows().getFirst().removable());
        assertFalse(annex.removable());

        Path copy = files.resolve("copie.pdf");
        vm.saveAs(annex, copy);
        assertArrayEquals(recorded.content(), Files.readAllBytes(copy));
        vm.open(annex);
        assertArrayEquals(recorded.content(), Files.readAllBytes(opened.getFirst()));
        assertTrue(opened.getFirst().getFileName().toString().endsWith(".pdf"));
    }

    @Test
    void aRecordedAnnexCannotBeRemoved() {
        context.annexes(AnnexFixtures.sources(context, AnnexFixtures.readyParties(), Map.of())).generate(caseFile.id(), false);
        vm.load(caseFile.id());
        dialogs.answer = true;

        vm.delete(vm.rows().getFirst());

        assertEquals(1, context.annexes().annexes(caseFile.id()).size());
        assertEquals(1, vm.rows().size());
        assertTrue(dialogs.shown.isEmpty(), "no question asked: " + dialogs.shown);
    }
}
