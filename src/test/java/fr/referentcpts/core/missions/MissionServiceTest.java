package fr.referentcpts.core.missions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.core.funding.AchievementRate;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.testing.TestData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Missions on a real database: round trips, the socle lock, rates for the funding engine. */
class MissionServiceTest {
    @TempDir
    Path dataDir;
    private AppContext context;
    private MissionService missions;
    private RulesVersion rules;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        missions = context.missions();
        rules = context.rules().get("ACI-2019", "rulesVersion");
    }

    @AfterEach
    void close() {
        context.close();
    }

    private CaseFile caseAt(WorkflowStage stage) {
        return context.caseFiles().create(new CaseIdentity("CPTS " + stage, "14", "", ""), stage);
    }

    @Test
    void everythingAboutAMissionSurvivesTheRoundTrip() {
        CaseFile c = caseAt(WorkflowStage.HEALTH_PROJECT);
        missions.saveMission(c.id(), new CaseMission(Mission.ACCESS, true, LocalDate.of(2026, 9, 1), true), rules);
        MissionAction action = new MissionAction(UUID.randomUUID(), c.id(), Mission.ACCESS, "Cellule SNP",
                "Régulation des demandes", "Dr Martin", "SAS 14, CH de Vire", "2026–2027");
        missions.saveAction(action);
        Indicator indicator = new Indicator(UUID.randomUUID(), c.id(), Mission.ACCESS,
                "Patients sans MT ayant trouvé un MT", IndicatorKind.RESULTS, "patients", new BigDecimal("120.00"),
                Direction.HIGHER_IS_BETTER, new BigDecimal("2.00"),
                Map.of(1, new BigDecimal("200.00"), 2, new BigDecimal("300.00")), Map.of(1, new BigDecimal("150.00")));
        missions.saveIndicator(indicator);
        missions.overrideRate(c.id(), new RateOverride(Mission.ACCESS, 2, new BigDecimal("0.8000"), "Crise"));

        MissionContent content = missions.content(c.id());

        assertEquals(List.of(new CaseMission(Mission.ACCESS, true, LocalDate.of(2026, 9, 1), true)), content.missions());
        assertEquals(List.of(action), content.actions());
        assertEquals(List.of(indicator), content.indicators());
        assertEquals(new BigDecimal("0.7500"), content.rate(Mission.ACCESS, 1).rate());
        assertEquals(new BigDecimal("0.8000"), content.rate(Mission.ACCESS, 2).rate());
    }

    @Test
    void editingAnIndicatorReplacesItsYearlyValues() {
        CaseFile c = caseAt(WorkflowStage.SIGNATURE);
        Indicator first = new Indicator(UUID.randomUUID(), c.id(), Mission.PREVENTION, "Actions", IndicatorKind.MEANS,
                "", null, Direction.HIGHER_IS_BETTER, BigDecimal.ONE, Map.of(1, BigDecimal.TEN), Map.of());
        missions.saveIndicator(first);

        missions.saveIndicator(first.withMeasured(1, new BigDecimal("8")));

        assertEquals(new BigDecimal("8.00"), missions.content(c.id()).indicators().getFirst().measured(1));
        assertEquals(1, missions.content(c.id()).indicators().size());
    }

    @Test
    void aSocleMissionCannotBeDroppedOnceThePorjectDeSanteIsValidated() {
        CaseFile signing = caseAt(WorkflowStage.SIGNATURE);
        missions.saveMission(signing.id(), new CaseMission(Mission.PATHWAYS, true, null, false), rules);

        DomainException e = assertThrows(DomainException.class,
                () -> missions.saveMission(signing.id(), CaseMission.notChosen(Mission.PATHWAYS), rules));

        assertEquals("mission.error.socleLocked", e.messageKey());
        assertTrue(missions.content(signing.id()).mission(Mission.PATHWAYS).chosen());
    }

    @Test
    void optionalMissionsAndEarlyStagesCanDrop() {
        CaseFile signing = caseAt(WorkflowStage.SIGNATURE);
        missions.saveMission(signing.id(), new CaseMission(Mission.QUALITY, true, null, false), rules);
        missions.saveMission(signing.id(), CaseMission.notChosen(Mission.QUALITY), rules);
        assertFalse(missions.content(signing.id()).mission(Mission.QUALITY).chosen());

        CaseFile early = caseAt(WorkflowStage.HEALTH_PROJECT);
        missions.saveMission(early.id(), new CaseMission(Mission.ACCESS, true, null, false), rules);
        missions.saveMission(early.id(), CaseMission.notChosen(Mission.ACCESS), rules);
        assertFalse(missions.content(early.id()).mission(Mission.ACCESS).chosen());
    }

    @Test
    void anOverrideNeedsAReasonAndARateWithinZeroAndOne() {
        CaseFile c = caseAt(WorkflowStage.FOLLOW_UP);
        assertThrows(ValidationException.class, () -> missions.overrideRate(c.id(),
                new RateOverride(Mission.ACCESS, 1, new BigDecimal("0.5"), " ")));
        assertThrows(ValidationException.class, () -> missions.overrideRate(c.id(),
                new RateOverride(Mission.ACCESS, 1, new BigDecimal("1.2"), "trop")));
        assertTrue(missions.content(c.id()).overrides().isEmpty());
    }

    @Test
    void theFundingEngineGetsARatePerChosenMissionAndMeasuredYear() {
        CaseFile c = caseAt(WorkflowStage.FOLLOW_UP);
        missions.saveMission(c.id(), new CaseMission(Mission.ACCESS, true, null, false), rules);
        missions.saveIndicator(new Indicator(UUID.randomUUID(), c.id(), Mission.ACCESS, "x", IndicatorKind.RESULTS,
                "", null, Direction.HIGHER_IS_BETTER, BigDecimal.ONE, Map.of(1, new BigDecimal("4")),
                Map.of(1, new BigDecimal("3"))));
        missions.saveIndicator(new Indicator(UUID.randomUUID(), c.id(), Mission.QUALITY, "not chosen",
                IndicatorKind.MEANS, "", null, Direction.YES_NO, BigDecimal.ONE, Map.of(), Map.of(1, BigDecimal.ZERO)));

        List<AchievementRate> rates = MissionService.achievementRates(missions.content(c.id()));

        assertEquals(List.of(new AchievementRate(Mission.ACCESS, 1, new BigDecimal("0.7500"))), rates);
    }

    @Test
    void theStarterCatalogueCoversEveryMission() {
        for (Mission mission : Mission.values()) {
            assertTrue(context.indicatorCatalog().stream().anyMatch(t -> t.mission() == mission), mission.name());
        }
    }
}
