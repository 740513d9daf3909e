package fr.referentcpts.ui.missions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The missions tab without the toolkit: choose, date, catalogue, measure, override. */
class MissionsViewModelTest {
    @TempDir
    Path dataDir;
    private AppContext context;
    private MissionsViewModel vm;
    private MissionDetailViewModel detail;
    private CaseFile caseFile;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final Messages messages = new Messages();

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        caseFile = context.caseFiles().create(new CaseIdentity("CPTS A", "14", "", ""), WorkflowStage.SIGNATURE);
        RulesVersion aci2019 = context.rules().get("ACI-2019", "rulesVersion");
        vm = new MissionsViewModel(context.missions(), () -> aci2019, new SyncTaskRunner(), dialogs, messages, () -> { });
        detail = new MissionDetailViewModel(context.missions(), context.indicatorCatalog(), new SyncTaskRunner(),
                dialogs, messages, vm);
        vm.load(caseFile.id());
    }

    @AfterEach
    void close() {
        context.close();
    }

    private MissionRow row(Mission mission) {
        return vm.rows().stream().filter(r -> r.mission() == mission).findFirst().orElseThrow();
    }

    @Test
    void theRulesVersionsMissionsAreListedWithTheirNature() {
        assertEquals(5, vm.rows().size(), "ACI 2019 has no crisis mission");
        assertEquals("Mission socle", row(Mission.ACCESS).kind());
        assertEquals("Mission optionnelle", row(Mission.SUPPORT).kind());
        assertEquals(Mission.ACCESS, vm.selectedProperty().get().mission());
    }

    @Test
    void choosingAMissionAndItsStartDate() {
        vm.setChosen(row(Mission.PATHWAYS), true);
        vm.setStartDate(row(Mission.PATHWAYS), "1/9/2026");

        assertTrue(row(Mission.PATHWAYS).caseMission().chosen());
        assertEquals("01/09/2026", row(Mission.PATHWAYS).startDate());
        assertEquals(LocalDate.of(2026, 9, 1),
                context.missions().content(caseFile.id()).mission(Mission.PATHWAYS).startDate());
    }

    @Test
    void aMissionWithoutItsOwnDateStartsAtTheSignatureAsTheParcoursSays() {
        CaseFile signed = new fr.referentcpts.testing.WorkflowFixture(context).newCase("CPTS du Bocage Virois");
        new fr.referentcpts.testing.WorkflowFixture(context).walkTo(signed.id(), WorkflowStage.FOLLOW_UP);
        MissionsViewModel missions = new MissionsViewModel(context.missions(), context::rulesInForceToday,
                id -> context.workflow().snapshot(id).signatureDate(), new SyncTaskRunner(), dialogs, messages, () -> { });
        missions.load(signed.id());
        fr.referentcpts.ui.workflow.WorkflowViewModel parcours = new fr.referentcpts.ui.workflow.WorkflowViewModel(
                context.workflow(), new SyncTaskRunner(), dialogs, messages, moved -> { });
        parcours.load(signed.id());

        MissionRow access = missions.rows().stream().filter(r -> r.mission() == Mission.ACCESS).findFirst().orElseThrow();
        assertEquals("15/07/2025 (signature)", access.startShown(), "signed on 15/07/2025, no date of its own");
        assertEquals("", access.startDate(), "nothing typed: the field stays empty");
        assertEquals("démarrée le 15/07/2025", start(parcours, "FOLLOW_START:ACCESS"));

        missions.setStartDate(access, "01/09/2025");
        parcours.refresh();
        assertEquals("01/09/2025", missions.rows().stream().filter(r -> r.mission() == Mission.ACCESS).findFirst()
                .orElseThrow().startShown());
        assertEquals("démarrée le 01/09/2025", start(parcours, "FOLLOW_START:ACCESS"));
        assertEquals("", missions.rows().stream().filter(r -> r.mission() == Mission.SUPPORT).findFirst()
                .orElseThrow().startShown(), "a mission not taken on does not start");
    }

    private static String start(fr.referentcpts.ui.workflow.WorkflowViewModel parcours, String code) {
        return parcours.requirements().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(parcours.requirements().toString())).detail();
    }

    @Test
    void anImpossibleStartDateIsRefused() {
        vm.setStartDate(row(Mission.PATHWAYS), "31/09/2026");

        assertEquals("« 31/09/2026 » n’est pas une date valide (jj/mm/aaaa).", vm.dateErrorProperty().get());
        assertEquals("", row(Mission.PATHWAYS).startDate());
    }

    @Test
    void droppingASocleMissionAtSignatureIsExplained() {
        vm.setChosen(row(Mission.ACCESS), true);
        vm.setChosen(row(Mission.ACCESS), false);

        assertEquals("error: La mission socle « Accès aux soins » ne peut plus être abandonnée après le projet de santé.",
                dialogs.shown.getLast());
        assertTrue(row(Mission.ACCESS).caseMission().chosen());
    }

    @Test
    void anIndicatorFromTheCatalogueIsMeasuredAndGivesTheYearsRate() {
        vm.selectedProperty().set(row(Mission.PREVENTION));
        detail.addFromCatalog(detail.templates().getFirst());
        assertEquals(1, detail.indicators().size());

        IndicatorFormViewModel form = new IndicatorFormViewModel(messages, caseFile.id(), Mission.PREVENTION,
                detail.indicators().getFirst().indicator());
        form.targetProperty(1).set("12");
        form.measuredProperty(1).set("9");
        detail.saveIndicator(form.validated().orElseThrow());

        assertEquals("75\u00A0%", detail.rates().getFirst().value());
        assertEquals(1, row(Mission.PREVENTION).indicators());
    }

    @Test
    void anOverrideNeedsAReasonAndShowsIt() {
        vm.selectedProperty().set(row(Mission.ACCESS));
        detail.overrideRate(1, "80", "");
        assertEquals("Indiquez la raison pour laquelle vous remplacez le taux calculé.",
                detail.overrideErrorProperty().get());

        detail.overrideRate(1, "82,5", "Indicateur SAS indisponible");
        assertEquals("82,5\u00A0%", detail.rates().getFirst().value());
        assertEquals("Remplacé par le référent : Indicateur SAS indisponible", detail.rates().getFirst().source());

        detail.clearOverride(1);
        assertEquals("", detail.rates().getFirst().value());
    }

    @Test
    void aMalformedTargetIsRefusedInFrench() {
        IndicatorFormViewModel form = new IndicatorFormViewModel(messages, caseFile.id(), Mission.ACCESS, null);
        form.labelProperty().set("Créneaux SNP");
        form.targetProperty(2).set("douze");

        assertTrue(form.validated().isEmpty());
        assertEquals("Cibles, année 2 : « douze » n’est pas un nombre (ex. : 12 ou 12,5).", form.errorProperty().get());
    }

    @Test
    void goingToAMissionWhileTheTabReadsTheCaseSelectsItOnceShown() {
        fr.referentcpts.testing.HeldTaskRunner held = new fr.referentcpts.testing.HeldTaskRunner();
        RulesVersion aci2019 = context.rules().get("ACI-2019", "rulesVersion");
        MissionsViewModel missions = new MissionsViewModel(context.missions(), () -> aci2019, held, dialogs, messages,
                () -> { });

        missions.load(caseFile.id());
        missions.select(Mission.SUPPORT);
        held.finishAll();

        assertEquals(Mission.SUPPORT, missions.selectedProperty().get().mission(), "« Y aller » lands on its mission");
        missions.selectedProperty().set(missions.rows().getFirst());
        missions.setChosen(missions.rows().getFirst(), true);
        held.finishAll();
        assertEquals(Mission.ACCESS, missions.selectedProperty().get().mission(),
                "a later save keeps the mission the referent selected since");
    }
}
