package fr.referentcpts.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.core.territory.InseeCodes;
import fr.referentcpts.core.territory.Territory;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.HistoryEntry;
import fr.referentcpts.core.workflow.HistoryKind;
import fr.referentcpts.core.workflow.RequirementKind;
import fr.referentcpts.core.workflow.Signatory;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated portfolio, read back through the services as the screens read it. */
class DemoGeneratorTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path otherDir;
    private AppContext context;
    private final List<Integer> progress = new ArrayList<>();

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void casesAtEveryStageWithRealCommunesDatedInThePast() {
        DemoGenerator.Summary summary = context.demoGenerator().generate(40, 7, progress::add);

        List<CaseFile> cases = context.caseFiles().list();
        assertEquals(40, cases.size());
        assertEquals(40, summary.caseFiles());
        assertEquals(EnumSet.allOf(WorkflowStage.class), summary.byStage().keySet(), "every stage is represented");
        assertEquals(List.of(25, 40), progress, "one report per batch of 25");
        assertEquals(40, new HashSet<>(cases.stream().map(CaseFile::name).toList()).size(), "names are unique");
        Instant now = TestData.CLOCK.instant();
        for (CaseFile c : cases) {
            assertTrue(c.name().startsWith("CPTS "), c.name());
            assertFalse(c.updatedAt().isAfter(now), "nothing is dated in the future: " + c.name());
            assertTrue(c.createdAt().isBefore(now.minusSeconds(86_400)), "created before today: " + c.name());
            assertTrue(!c.archived() || c.stage().isEndState(), "only closed projects are archived");
            if (c.stage() == WorkflowStage.TERMINATED || c.stage() == WorkflowStage.CLOSED) {
                assertTrue(c.updatedAt().isBefore(now.minusSeconds(86_400)), "an ended contract is not worked on today");
            }
            Territory territory = context.territories().territory(c.id());
            for (TerritoryCommune commune : territory.communes()) {
                assertTrue(InseeCodes.isValid(commune.inseeCode()), commune.inseeCode());
                assertTrue(commune.population() >= 0);
            }
            if (!territory.isEmpty()) {
                assertEquals(c.departement(), territory.communes().getFirst().departement(),
                        "the case is in the département of its main commune");
            }
        }
        assertTrue(cases.stream().filter(c -> c.stage() == WorkflowStage.PRE_PROJECT)
                .allMatch(c -> !context.people().people(c.id()).isEmpty()), "someone carries every project");
    }

    @Test
    void followedCasesHaveMissionsIndicatorsAndMeasuredValues() {
        context.demoGenerator().generate(30, 11, progress::add);

        List<CaseFile> followed = context.caseFiles().list().stream()
                .filter(c -> c.stage() == WorkflowStage.FOLLOW_UP).toList();
        assertFalse(followed.isEmpty());
        for (CaseFile c : followed) {
            MissionContent content = context.missions().content(c.id());
            assertFalse(content.chosen().isEmpty(), c.name());
            assertFalse(content.actions().isEmpty(), c.name());
            assertFalse(content.indicators().isEmpty(), c.name());
            assertTrue(content.chosen().stream().allMatch(m -> m.startDate() != null), "signed: missions have started");
            assertTrue(context.people().people(c.id()).stream().anyMatch(p -> p.has(Role.PRESIDENT)));
            assertTrue(context.territories().territory(c.id()).totalPopulation() > 0);
        }
        assertTrue(followed.stream().anyMatch(c -> context.missions().content(c.id()).indicators().stream()
                .anyMatch(i -> !i.measured().isEmpty())), "some contract years are already measured");
        List<CaseFile> preProjects = context.caseFiles().list().stream()
                .filter(c -> c.stage() == WorkflowStage.PRE_PROJECT).toList();
        assertTrue(preProjects.stream().allMatch(c -> context.missions().content(c.id()).chosen().isEmpty()),
                "missions come with the projet de santé");
    }

    @Test
    void everyCaseWalkedTheWorkflowToItsStageWithItsDecisionsFormsAndFollowUp() {
        context.demoGenerator().generate(60, 3, progress::add);

        LocalDate today = LocalDate.ofInstant(TestData.CLOCK.instant(), TestData.CLOCK.getZone());
        Set<HistoryKind> moves = EnumSet.of(HistoryKind.ADVANCE, HistoryKind.ABANDON, HistoryKind.TERMINATE);
        int reviewed = 0;
        int paid = 0;
        for (CaseFile c : context.caseFiles().list()) {
            CaseSnapshot snapshot = context.workflow().snapshot(c.id());
            List<HistoryEntry> transitions = snapshot.history().stream().filter(e -> moves.contains(e.kind()))
                    .toList();
            assertNotNull(snapshot.preProject().firstContact(), "the first contact is dated: " + c.name());
            if (c.stage() == WorkflowStage.PRE_PROJECT) {
                assertTrue(transitions.isEmpty(), c.name());
                continue;
            }
            assertFalse(transitions.isEmpty(), "a case past the pré-projet has decisions: " + c.name());
            assertEquals(c.stage(), transitions.getLast().to(), "the history leads to the stage: " + c.name());
            for (int i = 1; i < transitions.size(); i++) {
                assertFalse(transitions.get(i).date().isBefore(transitions.get(i - 1).date()),
                        "decisions follow each other in time: " + c.name());
            }
            assertFalse(transitions.getLast().date().isAfter(today), c.name());
            if (c.stage() == WorkflowStage.HEALTH_PROJECT || c.stage() == WorkflowStage.SIGNATURE) {
                assertTrue(snapshot.letter().validated(), "a project past the letter had it validated: " + c.name());
            }
            if (EnumSet.of(WorkflowStage.FOLLOW_UP, WorkflowStage.TERMINATED, WorkflowStage.CLOSED).contains(c.stage())) {
                LocalDate signature = snapshot.negotiation().signatureDate();
                assertEquals(signature, transitions.stream().filter(e -> e.to() == WorkflowStage.FOLLOW_UP).findFirst()
                        .orElseThrow().date(), "the contract came into force when it was signed: " + c.name());
                assertEquals(3, List.of(snapshot.negotiation().cpts(), snapshot.negotiation().cpam(),
                        snapshot.negotiation().ars()).stream().filter(Signatory::complete).count(), c.name());
                reviewed += snapshot.reviews().size();
                paid += snapshot.payments().size();
                // only the letter-of-intent payment of avenant 2 comes before the contract
                assertTrue(snapshot.payments().stream().allMatch(p -> !p.date().isBefore(signature)
                        || (p.line() != null && p.line().component() == fr.referentcpts.core.funding.Component
                                .LETTER_OF_INTENT)), c.name());
            }
            if (c.stage() == WorkflowStage.FOLLOW_UP) {
                assertTrue(context.workflow().status(c.id()).missingBlocking().stream()
                        .allMatch(r -> r.kind() == RequirementKind.FOLLOW_CONTRACT_END),
                        "a contract in force lacks nothing but its end: " + c.name());
            }
        }
        assertTrue(reviewed > 0, "annual reviews were held");
        assertTrue(paid > 0, "payments were received");
    }

    @Test
    void theSameSeedGivesTheSameCaseFiles() {
        context.demoGenerator().generate(12, 99, progress::add);
        try (AppContext other = TestData.open(otherDir)) {
            other.demoGenerator().generate(12, 99, progress::add);
            assertEquals(summaryOf(context), summaryOf(other));
        }
    }

    @Test
    void generatingTwiceKeepsNamesUnique() {
        context.demoGenerator().generate(10, 5, progress::add);
        context.demoGenerator().generate(10, 5, progress::add);

        Set<String> names = new HashSet<>(context.caseFiles().list().stream().map(CaseFile::name).toList());
        assertEquals(20, names.size());
    }

    @Test
    void aCountOutsideOneToOneHundredThousandIsRefusedBeforeWriting() {
        ValidationException zero = assertThrows(ValidationException.class,
                () -> context.demoGenerator().generate(0, 1, progress::add));
        assertEquals("demo.error.count", zero.messageKey());
        assertThrows(ValidationException.class, () -> DemoGenerator.checkCount(DemoGenerator.MAX_COUNT + 1));
        assertTrue(context.caseFiles().list().isEmpty());
    }

    private static Set<String> summaryOf(AppContext context) {
        Set<String> rows = new HashSet<>();
        for (CaseFile c : context.caseFiles().list()) {
            rows.add(c.name() + "|" + c.stage() + "|" + c.departement() + "|" + c.referent() + "|" + c.createdAt()
                    + "|" + context.territories().territory(c.id()).totalPopulation() + "|"
                    + context.people().people(c.id()).size());
        }
        return rows;
    }
}
