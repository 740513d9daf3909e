package fr.referentcpts.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.agenda.Deadline;
import fr.referentcpts.core.agenda.DeadlineKind;
import fr.referentcpts.core.agenda.PortfolioOverview;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.funding.FundingResult;
import fr.referentcpts.core.funding.SizeClass;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.ContractFunding;
import fr.referentcpts.core.workflow.HistoryKind;
import fr.referentcpts.core.workflow.Requirement;
import fr.referentcpts.core.workflow.WorkflowStatus;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demonstration portfolio is realistic at every stage, built through the workflow itself. */
class DemoPortfolioTest {
    private static final LocalDate TODAY = LocalDate.now(TestData.CLOCK);
    @TempDir
    static Path dataDir;
    private static AppContext context;
    private static Map<String, CaseFile> cases;

    @BeforeAll
    static void load() {
        context = TestData.open(dataDir);
        assertEquals(8, context.demo().load());
        cases = context.caseFiles().list().stream().collect(Collectors.toMap(CaseFile::name, c -> c));
    }

    @AfterAll
    static void close() {
        context.close();
    }

    private static CaseSnapshot snapshot(String name) {
        return context.workflow().snapshot(cases.get(name).id());
    }

    private static WorkflowStatus status(String name) {
        return context.workflow().status(cases.get(name).id());
    }

    @Test
    void everyStageHasAnExample() {
        assertEquals(EnumSet.of(WorkflowStage.PRE_PROJECT, WorkflowStage.LETTER_OF_INTENT, WorkflowStage.HEALTH_PROJECT, WorkflowStage.SIGNATURE,
                WorkflowStage.FOLLOW_UP, WorkflowStage.ABANDONED, WorkflowStage.CLOSED), cases.values().stream().map(CaseFile::stage)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(WorkflowStage.class))));
        for (DemoPortfolio.DemoCase demo : context.demo().cases()) {
            assertEquals(demo.stage(), cases.get(demo.identity().name()).stage(), demo.identity().name());
        }
        assertEquals(0, context.demo().load(), "loading again creates nothing");
    }

    @Test
    void aSignedContractInItsSecondYear() {
        CaseSnapshot caen = snapshot("CPTS Caen Ouest");
        long months = ChronoUnit.MONTHS.between(caen.signatureDate(), TODAY);
        assertTrue(months >= 14 && months <= 18, months + " months since signature");
        FundingResult funding = ContractFunding.compute(caen, context.workflow().engine()).orElseThrow().result();
        assertEquals(SizeClass.T3, funding.sizeClass().applied());
        assertEquals(106_234, caen.territory().totalPopulation());
        assertEquals(39, caen.territory().communes().size());
        assertTrue(caen.review(1).isPresent(), "dialogue de gestion of year 1");
        assertFalse(caen.payments().isEmpty());
        WorkflowStatus status = status("CPTS Caen Ouest");
        // reviewed, measured, paid, crisis plan written and updated; only the avenant's proposed amounts remain
        assertEquals(List.of("FOLLOW_FUNDING"), status.missingWarnings().stream().map(Requirement::code).toList());
        assertEquals(1, caen.contract().crises().size(), "a crisis the ARS recognised");
        assertTrue(funding.payments().stream().anyMatch(p -> p.kind() == fr.referentcpts.core.funding.PaymentKind
                .ON_CRISIS), "and its payment");
        assertEquals(List.of(HistoryKind.ADVANCE, HistoryKind.ADVANCE, HistoryKind.ADVANCE, HistoryKind.ADVANCE),
                caen.history().stream().filter(h -> h.kind() == HistoryKind.ADVANCE).map(h -> h.kind()).toList());
        assertEquals(caen.signatureDate(), caen.history().stream().filter(h -> h.kind() == HistoryKind.ADVANCE)
                .reduce((a, b) -> b).orElseThrow().date());
    }

    @Test
    void eachCaseMissesWhatItsStageStillAwaits() {
        // its information meeting is planned in 12 days: not missing, not due yet
        assertEquals(List.of(), codes(status("CPTS du Pays d’Auge Sud").missingBlocking()));
        assertEquals(List.of("PRE_INFO_MEETING"), codes(status("CPTS du Pays d’Auge Sud").pending()));
        assertEquals(List.of("PRE_POPULATION"), codes(status("CPTS du Pays d’Auge Sud").missingWarnings()));
        assertEquals(List.of("LETTER_DECISION"), codes(status("CPTS du Bocage Virois").missingBlocking()));
        assertEquals(List.of("PROJECT_DIAGNOSIS:CITY_HOSPITAL_LINKS", "PROJECT_DIAGNOSIS:EMERGENCIES_AND_UNSCHEDULED_CARE",
                "PROJECT_SOCLE_MISSION:CRISIS", "PROJECT_RECEIVED", "PROJECT_ARS_VALIDATION", "PROJECT_AM_VALIDATION"),
                codes(status("CPTS Cœur du Cotentin").missingBlocking()));
        assertEquals(List.of("SIGN_INDICATORS:PREVENTION", "SIGN_INDICATORS:SUPPORT", "SIGN_SIGNATORY:ARS"),
                codes(status("CPTS Côte de Nacre").missingBlocking()));
        assertEquals(List.of("SIGN_DATE"), codes(status("CPTS Côte de Nacre").pending()), "its signature is planned");
        assertEquals(List.of(), status("CPTS du Pays de Falaise").requirements());
        assertEquals(HistoryKind.ABANDON, snapshot("CPTS du Pays d’Isigny").history().getLast().kind());
    }

    @Test
    void theHomeScreenFigures() {
        PortfolioOverview overview = context.agenda().overview();
        assertEquals(2, overview.pipeline().get(WorkflowStage.FOLLOW_UP));
        assertEquals(1, overview.pipeline().get(WorkflowStage.ABANDONED));
        // Caen Ouest 106 234 + Bessin 23 569
        assertEquals(129_803, overview.populationCovered());
        assertEquals(2, overview.contractsInForce());
        // the money of 2026: the calendars of Caen Ouest and Bessin (no letter validated in 2026 elsewhere)
        java.math.BigDecimal due = java.util.stream.Stream.of("CPTS Caen Ouest", "CPTS du Bessin")
                .flatMap(name -> ContractFunding.compute(snapshot(name), context.workflow().engine()).orElseThrow()
                        .result().payments().stream()).filter(p -> p.date().getYear() == 2026)
                .map(p -> p.amount()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertEquals(0, due.compareTo(overview.dueThisYear()), overview.dueThisYear() + " ≠ " + due);
        assertEquals(0, overview.lettersThisYear().signum());
        List<Deadline> overdue = overview.deadlines().stream().filter(d -> d.overdue(TODAY)).toList();
        assertTrue(overdue.stream().anyMatch(d -> d.kind() == DeadlineKind.LETTER_DECISION
                && d.caseName().equals("CPTS du Bocage Virois")), "the letter sent 11 weeks ago");
        assertTrue(overdue.stream().anyMatch(d -> d.kind() == DeadlineKind.NEXT_ACTION));
        assertTrue(overview.deadlines().stream().anyMatch(d -> d.kind() == DeadlineKind.ANNUAL_REVIEW
                && d.caseName().equals("CPTS Caen Ouest") && d.arguments().equals(List.of(2)) && !d.done()));
        assertTrue(overview.deadlines().stream().anyMatch(d -> d.kind() == DeadlineKind.MEETING
                && d.caseName().equals("CPTS du Pays d’Auge Sud")));
    }

    @Test
    void territoriesDoNotOverlap() {
        for (CaseFile c : cases.values()) {
            assertEquals(List.of(), context.territories().overlaps(c.id()), c.name());
        }
        Set<Integer> sizes = cases.values().stream().map(c -> snapshot(c.name()).territory().communes().size())
                .collect(Collectors.toSet());
        assertFalse(sizes.contains(0));
    }

    private static List<String> codes(List<Requirement> requirements) {
        return requirements.stream().map(Requirement::code).toList();
    }

    @Test
    void theAvenant2ContractGetsAFinalAnnexOnceTheCelluleConfirmsTheAvenant(@TempDir Path own) {
        try (AppContext other = TestData.open(own)) {
            other.demo().load();
            java.util.UUID caen = other.caseFiles().list().stream().filter(c -> c.name().equals("CPTS Caen Ouest"))
                    .findFirst().orElseThrow().id();
            assertThrows(fr.referentcpts.core.annex.AnnexNotReadyException.class,
                    () -> other.annexes().generate(caen, false), "proposed amounts: a draft only");
            other.rulesService().confirm(fr.referentcpts.testing.ConfirmedRules.cpam14());
            var annex = other.annexes().generate(caen, false);
            assertFalse(annex.report().draft(), annex.report().draftReasons().toString());
            assertEquals("ACI-2019-AV2-CPAM14", annex.report().rules().id());
            assertEquals(List.of(), other.workflow().status(caen).missingWarnings().stream().map(Requirement::code)
                    .toList());
            assertEquals("ACI-2019-AV2-CPAM14", other.workflow().snapshot(caen).contract().signedRulesVersionId(),
                    "the case records the version it was signed with");
        }
    }

    @Test
    void anAci2019ContractAmendedForTheCrisisMission() {
        CaseSnapshot bessin = snapshot("CPTS du Bessin");
        assertEquals(LocalDate.of(2022, 2, 15), bessin.signatureDate());
        assertEquals(1, bessin.contract().amendments().size());
        FundingResult funding = ContractFunding.compute(bessin, context.workflow().engine()).orElseThrow().result();
        assertEquals("ACI-2019", funding.rules().id());
        assertEquals(1, funding.amendments().size());
        // the crisis mission's fixed part starts on the amendment's effective date, prorated (year 1 ends 14/02/2023)
        assertEquals(LocalDate.of(2023, 1, 1), funding.payments().stream().filter(p -> p.mission()
                == fr.referentcpts.core.funding.Mission.CRISIS).findFirst().orElseThrow().date());
        assertTrue(funding.finalCapable() || funding.usesAmountsToConfirm());
    }
}
