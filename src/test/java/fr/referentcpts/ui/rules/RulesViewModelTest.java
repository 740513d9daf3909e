package fr.referentcpts.ui.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.RuleStatus;
import fr.referentcpts.core.funding.RulesService;
import fr.referentcpts.core.funding.RulesStore;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.funding.SizeClass;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.io.files.LocalUserFiles;
import fr.referentcpts.io.funding.JsonRulesCodec;
import fr.referentcpts.io.funding.RulesFiles;
import fr.referentcpts.testing.ConfirmedRules;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.SyncTaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** « Règles de l’ACI » without the toolkit: the shipped versions, the barème cells, the cellule's confirmation. */
class RulesViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneId.of("Europe/Paris"));
    /** « 50 000 € » as the French formatter writes it: narrow no-break space, no-break space before €. */
    private static final String OPERATING_T1 = "50\u202F000\u00A0€";

    @TempDir
    Path dir;
    private final List<byte[]> stored = new ArrayList<>();
    private final FakeDialogs dialogs = new FakeDialogs();
    private RulesService rules;
    private RulesViewModel vm;

    @BeforeEach
    void open() {
        rules = service(stored);
        vm = new RulesViewModel(rules, new LocalUserFiles(), new SyncTaskRunner(), dialogs, new Messages(), CLOCK);
        vm.load(null);
    }

    private static RulesService service(List<byte[]> stored) {
        RulesStore store = new RulesStore() {
            @Override
            public List<byte[]> all() {
                return List.copyOf(stored);
            }

            @Override
            public void add(String id, byte[] content, Instant addedAt) {
                stored.add(content);
            }
        };
        Transactions direct = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        return new RulesService(RulesFiles.shippedCatalog(), store, new JsonRulesCodec(), direct, CLOCK);
    }

    private VersionRow row(String id) {
        return vm.versions().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private BaremeRow.Cell cell(String line, SizeClass size) {
        return vm.rows().stream().filter(r -> r.line().startsWith(line)).findFirst().orElseThrow().cells()
                .get(size.ordinal());
    }

    private ConfirmRulesViewModel confirmAv2() {
        vm.selectedProperty().set(row("ACI-2019-AV2"));
        return vm.confirmForm().orElseThrow();
    }

    private static AmountRow line(ConfirmRulesViewModel form, LineKey key) {
        return form.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theShippedVersionsAreListedWithTheirState() {
        assertEquals("ACI-2019", vm.selectedProperty().get().id(), "the first version is shown at once");
        assertEquals(List.of("ACI-2019", "ACI-2019-AV2"), vm.versions().stream().map(VersionRow::id).toList());
        assertEquals("complet", row("ACI-2019").state());
        // proposed: fonctionnement, complément, lettre d’intention (3 × 4); crises: fixe and conditionnelle (2 × 4)
        assertEquals("20 montants à confirmer", row("ACI-2019-AV2").state());
        assertEquals("en vigueur le 31/03/2022", row("ACI-2019-AV2").inForce());
        vm.selectedProperty().set(row("ACI-2019-AV2"));
        assertTrue(vm.rows().get(1).line().endsWith(" – contrats signés avant le 31/12/2021"), vm.rows().get(1).line());
        vm.selectedProperty().set(row("ACI-2019"));
        assertEquals("", row("ACI-2019-AV2").confirmation());

    }

    @Test
    void theBaremeOfAvenant2ShowsEachCellWithItsStatusInWords() {
        vm.selectedProperty().set(row("ACI-2019-AV2"));

        assertTrue(vm.headingProperty().get().contains("ACI-2019-AV2"), vm.headingProperty().get());
        assertTrue(vm.rows().stream().allMatch(r -> r.cells().size() == 4), "one column per size class");
        BaremeRow.Cell operating = cell("Fonctionnement", SizeClass.T1);
        assertEquals(OPERATING_T1, operating.amount());
        assertEquals("Proposé", operating.statusText());
        assertTrue(operating.tooltip().contains("Sénat"), operating.tooltip());
        assertTrue(operating.tooltip().contains("Confiance : moyenne-haute"), operating.tooltip());
        BaremeRow.Cell access = cell("Accès aux soins – volet fixe", SizeClass.T4);
        assertEquals("30\u202F000\u00A0€", access.amount());
        assertEquals("Confirmé (texte)", access.statusText());
        assertTrue(access.tooltip().contains("Accord conventionnel interprofessionnel CPTS du 20 juin 2019"));
        assertEquals("à confirmer", cell("Crises sanitaires graves – part fixe", SizeClass.T1).amount());
        assertEquals("À confirmer", cell("Crises sanitaires graves – part fixe", SizeClass.T1).statusText());
        assertEquals("22\u202F500\u00A0€", cell("Crises sanitaires graves – part fixe", SizeClass.T3).amount());
        assertEquals(RuleStatus.PROPOSED, cell("Crises sanitaires graves – part fixe", SizeClass.T3).status());
    }

    @Test
    void confirmingEveryCellCreatesACompleteVersionOfTheCelluleAndSelectsIt() {
        ConfirmRulesViewModel form = confirmAv2();
        assertEquals("ACI-2019-AV2-CELLULE-2026-12-05", form.idProperty().get(), "suggested id");
        assertEquals(CLOCK.instant().atZone(CLOCK.getZone()).toLocalDate(), form.confirmedOnProperty().get());
        assertEquals("50\u202F000", line(form, LineKey.OPERATING).amountProperty(SizeClass.T1).get(), "proposed, prefilled");
        String[] typed = {"10 000", "15000,00", "22 500 €", "30\u202F000"};
        for (SizeClass size : SizeClass.values()) {
            line(form, ConfirmedRules.CRISIS_FIXED).amountProperty(size).set(typed[size.ordinal()]);
            line(form, ConfirmedRules.CRISIS_CONDITIONAL).amountProperty(size).set("45 000");
        }
        form.confirmedByProperty().set("Camille Roussel");
        form.textProperty().set("Avenant 2, JO du 31/03/2022, art. 8");
        List<RulesVersion> saved = new ArrayList<>();

        form.save(saved::add);

        assertEquals(1, saved.size());
        vm.confirmed(saved.getFirst());
        VersionRow created = row("ACI-2019-AV2-CELLULE-2026-12-05");
        assertEquals(created, vm.selectedProperty().get(), "the new version is selected");
        assertEquals("complet", created.state());
        assertEquals("confirmée par Camille Roussel le 05/12/2026 (Avenant 2, JO du 31/03/2022, art. 8)",
                created.confirmation());
        assertEquals("complète ACI-2019-AV2", created.relation());
        assertTrue(row("ACI-2019-AV2").relation().contains("ACI-2019-AV2-CELLULE-2026-12-05"));
        assertEquals("Confirmé (cellule)", cell("Fonctionnement", SizeClass.T1).statusText());
        assertEquals(OPERATING_T1, cell("Fonctionnement", SizeClass.T1).amount());
        assertEquals("15\u202F000\u00A0€", cell("Crises sanitaires graves – part fixe", SizeClass.T2).amount());
        assertEquals("Confirmé (cellule)", cell("Crises sanitaires graves – part fixe", SizeClass.T2).statusText());
        assertEquals("Confirmé (texte)", cell("Accès aux soins – volet fixe", SizeClass.T1).statusText(),
                "what a text states keeps its text");
        assertTrue(cell("Fonctionnement", SizeClass.T1).tooltip().contains("Camille Roussel"));
        assertEquals(1, stored.size());
    }

    @Test
    void aMissingNameAndAMalformedAmountAreShownOnTheirFieldsAndNothingIsCreated() {
        ConfirmRulesViewModel form = confirmAv2();
        line(form, LineKey.OPERATING).amountProperty(SizeClass.T2).set("60 000 euros environ");
        form.textProperty().set("Avenant 2, JO du 31/03/2022, art. 8");
        List<RulesVersion> saved = new ArrayList<>();

        form.save(saved::add);

        assertEquals("Champ « Confirmé par » : à renseigner.", form.confirmedByErrorProperty().get());
        assertEquals("Fonctionnement de la communauté professionnelle, taille 2 : « 60 000 euros environ » n’est pas "
                + "un montant (ex. : 20 000 ou 20 000,50).",
                line(form, LineKey.OPERATING).errorProperty(SizeClass.T2).get());
        assertEquals("", line(form, LineKey.OPERATING).errorProperty(SizeClass.T1).get());
        assertEquals("Des montants sont à corriger : ils sont signalés en rouge sous leur case.",
                form.formErrorProperty().get());
        assertEquals("", form.textErrorProperty().get());
        assertEquals(List.of(), saved);
        assertEquals(List.of(), stored);
        assertEquals(2, rules.catalog().versions().size());
    }

    @Test
    void anIdAlreadyUsedIsRefusedOnTheIdField() {
        ConfirmRulesViewModel form = confirmAv2();
        form.idProperty().set("ACI-2019");
        form.confirmedByProperty().set("Camille Roussel");
        form.textProperty().set("Avenant 2, JO du 31/03/2022, art. 8");
        List<RulesVersion> saved = new ArrayList<>();

        form.save(saved::add);

        assertEquals("Champ « Identifiant de la nouvelle version » : l’identifiant « ACI-2019 » est déjà pris ; "
                + "une version ne se remplace jamais, donnez-en un autre.", form.idErrorProperty().get());
        assertEquals("", form.confirmedByErrorProperty().get());
        assertEquals("", form.formErrorProperty().get());
        assertEquals(List.of(), saved);
        assertEquals(List.of(), stored);
    }

    @Test
    void aNegativeAmountIsRefusedOnItsCell() {
        ConfirmRulesViewModel form = confirmAv2();
        line(form, ConfirmedRules.LETTER).amountProperty(SizeClass.T3).set("-25 000");
        form.confirmedByProperty().set("Camille Roussel");
        form.textProperty().set("Avenant 2, JO du 31/03/2022, art. 8");

        form.save(v -> { });

        assertEquals("Champ « Taille 3 » : indiquez un montant positif ou nul.",
                line(form, ConfirmedRules.LETTER).errorProperty(SizeClass.T3).get());
        assertEquals(List.of(), stored);
    }

    @Test
    void anExportedVersionIsImportedElsewhereAndABadFileIsRefusedInFrench() throws Exception {
        ConfirmRulesViewModel form = confirmAv2();
        form.confirmedByProperty().set("Camille Roussel");
        form.textProperty().set("Avenant 2, JO du 31/03/2022, art. 8");
        AtomicReference<RulesVersion> saved = new AtomicReference<>();
        form.save(saved::set);
        vm.confirmed(saved.get());
        Path file = dir.resolve("regles.json");

        vm.export(file);

        assertEquals("info: Version « ACI-2019-AV2-CELLULE-2026-12-05 » enregistrée dans " + file
                + ". Transmettez ce fichier aux autres référents : ils l’importent depuis cet écran.",
                dialogs.shown.getLast());
        vm.export(dir.resolve("absent").resolve("regles.json"));
        assertTrue(dialogs.shown.getLast().startsWith("error: Impossible d’écrire le fichier"), dialogs.shown.getLast());
        RulesViewModel elsewhere = new RulesViewModel(service(new ArrayList<>()), new LocalUserFiles(), new SyncTaskRunner(), dialogs,
                new Messages(), CLOCK);
        elsewhere.load(null);
        elsewhere.importFile(file);
        assertEquals("ACI-2019-AV2-CELLULE-2026-12-05", elsewhere.selectedProperty().get().id());
        assertTrue(dialogs.shown.getLast().startsWith("info: Version « ACI-2019-AV2-CELLULE-2026-12-05 » importée"),
                dialogs.shown.getLast());
        elsewhere.importFile(file);
        assertTrue(dialogs.shown.getLast().contains("déjà connue"), dialogs.shown.getLast());

        Path bad = Files.writeString(dir.resolve("faux.json"), "{ pas du json", StandardCharsets.UTF_8);
        elsewhere.importFile(bad);
        assertTrue(dialogs.shown.getLast().startsWith("error: faux.json : JSON invalide"), dialogs.shown.getLast());
        assertEquals(3, elsewhere.versions().size());
    }

    @Test
    void withoutSelectionThereIsNothingToConfirm() {
        vm.selectedProperty().set(null);
        assertTrue(vm.confirmForm().isEmpty());
        assertNull(vm.selectedProperty().get());
        assertEquals(0, vm.rows().size());
    }
}
