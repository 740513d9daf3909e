package fr.referentcpts.ui.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.workflow.HistoryKind;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** « Avenants au contrat » of the demonstration's CPTS du Bessin, without the FX toolkit. */
class AmendmentsViewModelTest {
    @TempDir
    static Path dataDir;
    private static AppContext context;
    private static UUID bessin;
    private final Messages messages = new Messages();
    private final FakeDialogs dialogs = new FakeDialogs();
    private AmendmentsViewModel vm;
    private AmendmentDialogViewModel dialog;

    @BeforeAll
    static void load() {
        context = TestData.open(dataDir);
        context.demo().load();
        bessin = context.caseFiles().list().stream().filter(c -> c.name().equals("CPTS du Bessin")).findFirst()
                .map(CaseFile::id).orElseThrow();
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @BeforeEach
    void open() {
        vm = new AmendmentsViewModel(context.contracts(), context.amendments(), new SyncTaskRunner(), dialogs,
                messages, () -> vm.show(context.workflow().snapshot(bessin)));
        vm.show(context.workflow().snapshot(bessin));
        AtomicReference<AmendmentDialogViewModel> opened = new AtomicReference<>();
        vm.create(opened::set);
        dialog = opened.get();
        assertNotNull(dialog, dialogs.shown.toString());
    }

    @Test
    void theDemoAmendmentIsListedWithWhatItChanges() {
        AmendmentsViewModel.AmendmentRow row = vm.rows().stream().filter(r -> r.number().equals("1")).findFirst()
                .orElseThrow();
        assertEquals("01/01/2023", row.effectiveDate());
        assertEquals("ACI-2019-AV2", row.rules());
        assertEquals("Ajout de la mission Crises sanitaires graves (à partir du 01/01/2023)", row.changes());
    }

    @Test
    void aMissingReasonIsShownInFrenchUnderTheReasonAndNothingIsRecorded() {
        dialog.effectiveDateProperty().set("01/03/2026");
        dialog.sizeClassProperty().set(2);
        dialog.preview();

        dialog.save();

        assertEquals("Indiquez le motif.", dialog.errorProperty("reason").get());
        assertFalse(dialog.recordedProperty().get());
        assertEquals(1, context.workflow().snapshot(bessin).contract().amendments().size());
    }

    @Test
    void anEffectiveDateAfterTheContractIsRefusedUnderTheDate() {
        dialog.effectiveDateProperty().set("01/03/2027");
        dialog.sizeClassProperty().set(2);

        dialog.preview();

        String error = dialog.errorProperty("effectiveDate").get();
        assertTrue(error.startsWith("La date d’effet 01/03/2027 de l’avenant doit être"), error);
        assertFalse(dialog.effectShownProperty().get());
    }

    @Test
    void creatingAnAmendmentShowsItsEffectThenAddsARowAndAHistoryEntry() {
        dialog.effectiveDateProperty().set("01/03/2026");
        dialog.sizeClassProperty().set(2);
        dialog.reasonProperty().set("Population mise à jour : 41 250 habitants (Insee 2023)");

        dialog.save();
        assertEquals("Cliquez sur « Voir l’effet » avant d’enregistrer.", dialog.errorProperty("effect").get());

        dialog.preview();
        String effect = dialog.effectProperty().get().replace('\u202F', ' ').replace('\u00A0', ' ');
        // taille 1 → 2 from 01/03/2026: the envelope of taille 2 (avenant 2 amounts, some only proposed)
        assertTrue(effect.startsWith("Enveloppe annuelle : 170 000,00 € → 217 000,00 € (+47 000,00 €)"), effect);
        assertTrue(effect.endsWith("Des montants restent à confirmer : l’avenant s’imprimera en projet."), effect);
        dialog.save();

        try {
            assertTrue(dialog.recordedProperty().get(), dialogs.shown.toString());
            assertEquals(2, vm.rows().size());
            AmendmentsViewModel.AmendmentRow first = vm.rows().getFirst();
            assertEquals("2", first.number());
            assertEquals("01/03/2026", first.effectiveDate());
            assertEquals("Taille 2", first.changes());
            assertTrue(vm.deletable(first));
            assertFalse(vm.deletable(vm.rows().get(1)), "only the last amendment can be deleted");
            assertTrue(context.workflow().snapshot(bessin).history().stream().anyMatch(h ->
                    h.kind() == HistoryKind.AMENDMENT
                            && h.reason().equals("Avenant n° 2 – Population mise à jour : 41 250 habitants (Insee 2023)")));
        } finally {
            vm.delete(vm.rows().getFirst());
        }
        assertEquals(1, vm.rows().size());
    }
}
