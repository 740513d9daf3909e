package fr.referentcpts.core.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.funding.BaremeCell;
import fr.referentcpts.core.funding.BaremeLine;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.funding.SizeClass;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingKind;
import fr.referentcpts.core.settings.WorkflowSettings;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home figures kept from one start to the next: a start computes only the case files changed
 * since, or whose figures the day may have changed, and shows exactly what a computation of the
 * whole portfolio gives — whatever changed the case file, on any day, with any settings.
 */
class KeptFiguresTest {
    private static final LocalDate TODAY = LocalDate.now(TestData.CLOCK);
    @TempDir
    Path dataDir;

    @BeforeEach
    void portfolio() {
        try (AppContext context = TestData.open(dataDir)) {
            context.demo().load();
            context.demoGenerator().generate(30, 7, done -> { });
        }
    }

    @Test
    void aStartAfterAnotherComputesNothingAndShowsTheSameFigures() {
        PortfolioOverview first = home(TestData.CLOCK, 0);
        try (AppContext context = TestData.open(dataDir)) {
            CountingStore store = new CountingStore();
            PortfolioOverview second = new LiveOverview(CountingStore.of(context.agenda(), store)).overview();
            assertEquals(first, second);
            assertEquals(List.of(), store.computed, "every case file's figures were kept");
        }
    }

    /** The next start is another process: what it finds kept must not depend on anything of this one. */
    @Test
    void theNextStartInAnotherProcessFindsEveryFigureKept() throws Exception {
        PortfolioOverview first = home(TestData.CLOCK, 0);
        Process next = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                System.getProperty("java.class.path"), NextStart.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        String out = new String(next.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, next.waitFor(), out);
        assertTrue(out.contains("home " + first.deadlines().size() + " deadlines, computed 0"), out);
    }

    @Test
    void aCaseFileChangedSinceIsComputedAgainAndOnlyIt() {
        home(TestData.CLOCK, 0);
        UUID changed;
        try (AppContext context = TestData.open(dataDir)) {
            CaseFile any = context.caseFiles().list().stream().filter(c -> !c.archived()).findFirst().orElseThrow();
            changed = any.id();
            context.meetings().save(new Meeting(UUID.randomUUID(), changed, TODAY.plusDays(3), LocalTime.of(18, 0),
                    "Mairie", MeetingKind.STEERING, List.of(), "", "", "", List.of(), 0));
        }
        try (AppContext context = TestData.open(dataDir)) {
            CountingStore store = new CountingStore();
            PortfolioOverview home = new LiveOverview(CountingStore.of(context.agenda(), store)).overview();
            assertEquals(context.agenda().overview(), home);
            assertEquals(List.of(changed), store.computed);
            assertTrue(home.deadlines().stream().anyMatch(d -> d.caseId().equals(changed)
                    && d.kind() == DeadlineKind.MEETING && d.date().equals(TODAY.plusDays(3))), "the new meeting");
        }
    }

    @Test
    void aCaseFileRenamedOrDeletedSinceIsNotShownAsItWas() {
        home(TestData.CLOCK, 0);
        try (AppContext context = TestData.open(dataDir)) {
            List<CaseFile> open = context.caseFiles().list().stream().filter(c -> !c.archived()
                    && c.stage() == WorkflowStage.FOLLOW_UP).toList();
            CaseFile renamed = open.get(0);
            context.caseFiles().updateIdentity(renamed.id(), renamed.version(), new CaseIdentity("CPTS | Renommée\\",
                    renamed.departement(), renamed.referent(), renamed.notes()));
            context.caseFiles().delete(open.get(1).id());
        }
        PortfolioOverview home = home(TestData.CLOCK, 1);
        assertTrue(home.deadlines().stream().anyMatch(d -> d.caseName().equals("CPTS | Renommée\\")));
    }

    @Test
    void onLaterDaysTheFiguresAreThoseOfThatDay() {
        home(TestData.CLOCK, 0);
        for (LocalDate day : List.of(TODAY.plusDays(1), TODAY.plusDays(9), LocalDate.of(TODAY.getYear(), 12, 31),
                LocalDate.of(TODAY.getYear() + 1, 1, 1), LocalDate.of(TODAY.getYear() + 1, 3, 2))) {
            home(Clock.fixed(day.atTime(9, 0).atZone(ZoneId.of("Europe/Paris")).toInstant(), ZoneId.of("Europe/Paris")),
                    -1);
        }
    }

    @Test
    void newSettingsAreTakenForEveryCaseFile() {
        home(TestData.CLOCK, 0);
        try (AppContext context = TestData.open(dataDir)) {
            WorkflowSettings settings = context.settings().get();
            context.settings().save(new WorkflowSettings(settings.referentName(), 3, settings.version()));
        }
        try (AppContext context = TestData.open(dataDir)) {
            CountingStore store = new CountingStore();
            assertEquals(context.agenda().overview(), new LiveOverview(CountingStore.of(context.agenda(), store)).overview());
            assertEquals(context.caseFiles().list().size(), store.computed.size());
        }
    }

    /** Kept figures name the rules and settings they were computed with, down to one amount of the barème. */
    @Test
    void figuresAreKeptUnderTheVeryRulesAndSettingsTheyWereComputedWith() {
        try (AppContext context = TestData.open(dataDir)) {
            AgendaService agenda = context.agenda();
            AgendaService.Basis basis = agenda.basis();
            List<RulesVersion> versions = basis.catalog().versions();
            RulesVersion first = versions.getFirst();
            BaremeLine line = first.lines().getFirst();
            var cells = new java.util.EnumMap<>(line.cells());
            BaremeCell cell = cells.get(SizeClass.values()[0]);
            cells.put(SizeClass.values()[0], new BaremeCell(cell.amount().add(java.math.BigDecimal.ONE), cell.status(),
                    cell.source(), cell.confidence()));
            List<BaremeLine> lines = new ArrayList<>(first.lines());
            lines.set(0, new BaremeLine(line.key(), line.label(), cells, line.source(), line.note(), line.signedBefore()));
            List<RulesVersion> changed = new ArrayList<>(versions);
            changed.set(0, new RulesVersion(first.id(), first.label(), first.inForce(), first.legalReferences(),
                    first.sizeClasses(), first.missions(), first.schedule(), lines, first.totals(), first.notes(),
                    first.confirmation()));
            WorkflowSettings settings = basis.settings();
            String key = agenda.fingerprint(basis);

            assertEquals(key, agenda.fingerprint(new AgendaService.Basis(TODAY.plusDays(3),
                    new WorkflowSettings(settings.referentName(), settings.letterDecisionWeeks(), settings.version()),
                    new RulesCatalog(List.copyOf(versions)))), "the same rules and settings, read again");
            assertNotEquals(key, agenda.fingerprint(new AgendaService.Basis(TODAY, settings, new RulesCatalog(changed))),
                    "one amount of the barème changed");
            assertNotEquals(key, agenda.fingerprint(new AgendaService.Basis(TODAY, new WorkflowSettings(
                    settings.referentName(), settings.letterDecisionWeeks() + 1, settings.version()), basis.catalog())),
                    "another delay in the settings");
        }
    }

    @Test
    void keptFiguresThatCannotBeReadAreComputedAgain() {
        try (AppContext context = TestData.open(dataDir)) {
            new LiveOverview(context.agenda()).overview();
            CountingStore store = new CountingStore();
            store.garbled = true;
            PortfolioOverview again = new LiveOverview(CountingStore.of(context.agenda(), store)).overview();
            assertEquals(context.agenda().overview(), again);
            assertFalse(store.computed.isEmpty());
        }
    }

    /**
     * Every case file's figures, computed for a day, are those of every later day of their window
     * — from a day of the year, from the end of December, and on the next year's first days.
     */
    @Test
    void theFiguresOfEveryDayOfTheirWindowAreThoseOfItsFirstDay() {
        try (AppContext context = TestData.open(dataDir)) {
            AgendaService agenda = context.agenda();
            AgendaService.Basis basis = agenda.basis();
            List<Integer> lengths = new ArrayList<>();
            for (LocalDate start : List.of(TODAY, LocalDate.of(TODAY.getYear(), 12, 20),
                    LocalDate.of(TODAY.getYear() + 1, 1, 1))) {
                AgendaService.Basis from = new AgendaService.Basis(start, basis.settings(), basis.catalog());
                for (var snapshot : agenda.snapshots()) {
                    CaseAgenda figures = agenda.caseAgenda(snapshot, from);
                    LocalDate until = FiguresWindow.until(snapshot, figures, basis.catalog(), start);
                    lengths.add((int) (until.toEpochDay() - start.toEpochDay()));
                    for (LocalDate day = start.plusDays(1); day.isBefore(until); day = day.plusDays(1)) {
                        assertEquals(figures, agenda.caseAgenda(snapshot,
                                new AgendaService.Basis(day, basis.settings(), basis.catalog())),
                                snapshot.caseFile().name() + " on " + day + " (window from " + start + " to " + until + ")");
                    }
                }
            }
            assertTrue(lengths.stream().allMatch(n -> n >= 1));
            assertTrue(lengths.stream().sorted().toList().get(lengths.size() / 2) > 7,
                    "most figures last more than a week: " + lengths);
        }
    }

    /**
     * The home as the window shows it in a new session on {@code clock}, checked against a
     * computation of the whole portfolio; {@code expectComputed} case files computed (-1: any).
     */
    private PortfolioOverview home(Clock clock, int expectComputed) {
        try (AppContext context = AppContext.open(dataDir, clock)) {
            PortfolioOverview home = new LiveOverview(context.agenda()).overview();
            assertEquals(context.agenda().overview(), home, "on " + LocalDate.now(clock));
            return home;
        }
    }
}
