package fr.referentcpts.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.territory.Territory;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.core.territory.TerritorySummary;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole portfolio read at once (home screen, agenda, budget) is the same as each case file
 * read alone, but for the territory, known by its summary, and the overlaps, not looked for; the
 * home screen's read leaves out only what its figures do not use.
 */
class PortfolioSnapshotsTest {
    @TempDir
    Path dataDir;
    private AppContext context;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void everySnapshotReadAtOnceEqualsTheCaseFileReadAlone() {
        CaseFile first = portfolio();
        List<CaseSnapshot> atOnce = context.workflow().snapshots();
        List<CaseSnapshot> oneByOne = atOnce.stream().map(s -> context.workflow().snapshot(s.caseFile().id()))
                .toList();

        assertEquals(8 + 40 + 3, atOnce.size(), "every case file, archived ones too");
        for (int i = 0; i < atOnce.size(); i++) {
            assertEquals(asThePortfolioReadsIt(oneByOne.get(i)), atOnce.get(i), atOnce.get(i).caseFile().name());
        }
        CaseSnapshot nord = atOnce.stream().filter(s -> s.caseFile().id().equals(first.id())).findFirst()
                .orElseThrow();
        assertEquals(new TerritorySummary(2, 114_903, List.of("INSEE", "Recensement de la mairie"),
                List.of("2023", "2025")), nord.territory().summary());
        assertEquals(114_903, nord.population());
        assertThrows(IllegalStateException.class, () -> nord.territory().communes(),
                "the communes were not read: asking for them is a mistake, not an empty territory");
        assertEquals(List.of("CPTS Caen Sud"), context.workflow().snapshot(first.id()).overlaps().stream()
                .filter(o -> o.inseeCode().equals("14118")).map(o -> o.otherCaseName()).toList(),
                "read alone, a case has its overlaps (an abandoned project is not one)");
        assertTrue(atOnce.stream().anyMatch(s -> !s.payments().isEmpty() && !s.meetings().isEmpty()
                && !s.history().isEmpty() && !s.missions().indicators().isEmpty()), "the portfolio has content");
    }

    @Test
    void theHomeScreensReadLeavesOutOnlyWhatItsFiguresDoNotUse() {
        portfolio();
        List<CaseSnapshot> whole = context.workflow().snapshots();
        List<CaseSnapshot> home = context.workflow().snapshots(PortfolioRead.HOME);

        assertEquals(whole.stream().map(PortfolioSnapshotsTest::asTheHomeReadsIt).toList(), home);
        assertTrue(whole.stream().anyMatch(s -> s.meetings().stream().anyMatch(m -> !m.participants().isEmpty())
                && !s.missions().actions().isEmpty() && !s.people().isEmpty()), "what is left out exists");
        assertTrue(home.stream().anyMatch(s -> s.meetings().stream().anyMatch(m -> !m.actions().isEmpty())
                && !s.reviews().isEmpty() && !s.missions().indicators().isEmpty()), "what the figures use is there");
    }

    @Test
    void someCaseFilesReadAtOnceAreWhatTheWholeReadGivesOfThem() {
        portfolio();
        for (PortfolioRead read : PortfolioRead.values()) {
            List<CaseSnapshot> all = context.workflow().snapshots(read);
            List<UUID> some = new ArrayList<>();
            for (int i = 0; i < all.size(); i += 3) {
                some.add(all.get(i).id());
            }
            some.add(UUID.randomUUID()); // deleted since: left out

            Map<UUID, CaseSnapshot> readThem = context.workflow().snapshots(some, read).stream()
                    .collect(Collectors.toMap(CaseSnapshot::id, s -> s));

            assertEquals(all.stream().filter(s -> some.contains(s.id()))
                    .collect(Collectors.toMap(CaseSnapshot::id, s -> s)), readThem, read.name());
            assertTrue(readThem.values().stream().anyMatch(s -> s.population() > 0 && !s.meetings().isEmpty()
                    && !s.missions().indicators().isEmpty()), "with content");
        }
        assertEquals(List.of(), context.workflow().snapshots(List.of(UUID.randomUUID()), PortfolioRead.HOME));
    }

    private CaseFile portfolio() {
        context.demo().load();
        context.demoGenerator().generate(40, 17, done -> { });
        TerritoryCommune shared = new TerritoryCommune("14118", "Caen", "14", 105_403, "INSEE", "2023", "");
        CaseFile first = context.caseFiles().create(new CaseIdentity("CPTS Caen Nord", "14", "", ""));
        CaseFile second = context.caseFiles().create(new CaseIdentity("CPTS Caen Sud", "14", "", ""));
        CaseFile abandoned = context.caseFiles().create(new CaseIdentity("CPTS Caen Est", "14", "", ""));
        for (CaseFile c : List.of(first, second, abandoned)) {
            context.territories().add(c.id(), List.of(shared));
        }
        context.territories().add(first.id(), List.of(new TerritoryCommune("14047", "Bayeux", "14", 9_500,
                "Recensement de la mairie", "2025", "Quartier neuf")));
        context.workflow().abandon(abandoned.id(), WorkflowStage.PRE_PROJECT, LocalDate.of(2026, 11, 1), "Fusion");
        assertFalse(context.workflow().snapshots().stream().filter(s -> s.caseFile().id().equals(abandoned.id()))
                .findFirst().orElseThrow().territory().isEmpty());
        return first;
    }

    private static CaseSnapshot asTheHomeReadsIt(CaseSnapshot s) {
        MissionContent missions = s.missions();
        return new CaseSnapshot(s.caseFile(), s.territory(), List.of(), List.of(),
                new MissionContent(missions.missions(), List.of(), missions.indicators(), missions.overrides()),
                PreProject.EMPTY, s.letter(), HealthProject.EMPTY, s.negotiation(), s.contractAmounts(),
                s.meetings().stream().map(m -> new Meeting(m.id(), m.caseId(), m.date(), m.time(), m.place(),
                        m.kind(), List.of(), m.otherParticipants(), m.agenda(), m.decisions(), m.actions(),
                        m.version())).toList(),
                List.of(), s.reviews(), List.of(), s.contract());
    }

    private static CaseSnapshot asThePortfolioReadsIt(CaseSnapshot s) {
        return new CaseSnapshot(s.caseFile(), Territory.summarized(s.territory().summary()), List.of(), s.people(),
                s.missions(), s.preProject(), s.letter(), s.healthProject(), s.negotiation(), s.contractAmounts(),
                s.meetings(), s.history(), s.reviews(), s.payments(), s.contract());
    }
}
