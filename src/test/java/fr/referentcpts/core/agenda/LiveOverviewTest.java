package fr.referentcpts.core.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingKind;
import fr.referentcpts.core.meetings.NextAction;
import fr.referentcpts.core.settings.WorkflowSettings;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home screen's figures kept case by case after edits (a case file added, changed, archived,
 * deleted; the settings changed) are exactly those computed again over the whole portfolio.
 */
class LiveOverviewTest {
    private static final LocalDate NEXT_MONTH = LocalDate.of(2026, 12, 15);
    @TempDir
    Path dataDir;
    private AppContext context;
    private LiveOverview live;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        context.demo().load();
        context.demoGenerator().generate(30, 11, done -> { });
        live = new LiveOverview(context.agenda());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void afterEachEditTheKeptFiguresEqualAWholeRecomputation() {
        PortfolioOverview before = sameAsFull();

        CaseFile added = context.caseFiles().create(new CaseIdentity("CPTS Caen Nord", "14", "", ""));
        live.changed(added.id());
        PortfolioOverview afterAdd = sameAsFull();
        assertEquals(count(before, WorkflowStage.PRE_PROJECT) + 1, count(afterAdd, WorkflowStage.PRE_PROJECT));

        CaseFile signed = inForce();
        context.meetings().save(new Meeting(UUID.randomUUID(), signed.id(), NEXT_MONTH, LocalTime.of(18, 0), "Mairie",
                MeetingKind.STEERING, List.of(), "", "Bilan", "", List.of(new NextAction(UUID.randomUUID(),
                        "Relancer la CPAM", "", NEXT_MONTH.plusDays(7), false)), 0));
        live.changed(signed.id());
        PortfolioOverview afterMeeting = sameAsFull();
        assertEquals(afterAdd.deadlines().size() + 2, afterMeeting.deadlines().size(), "the meeting and its action");

        context.territories().add(added.id(), List.of(new TerritoryCommune("14118", "Caen", "14", 105_403, "INSEE",
                "2023", "")));
        live.changed(added.id());
        sameAsFull();

        CaseFile current = context.caseFiles().get(signed.id());
        context.caseFiles().setArchived(signed.id(), current.version(), true);
        live.changed(signed.id());
        PortfolioOverview afterArchive = sameAsFull();
        assertEquals(afterMeeting.contractsInForce() - 1, afterArchive.contractsInForce());

        context.workflow().abandon(added.id(), WorkflowStage.PRE_PROJECT, LocalDate.of(2026, 11, 20), "Fusion");
        live.changed(added.id());
        PortfolioOverview afterAbandon = sameAsFull();
        assertEquals(count(afterArchive, WorkflowStage.ABANDONED) + 1, count(afterAbandon, WorkflowStage.ABANDONED));

        context.caseFiles().delete(added.id());
        live.changed(added.id());
        PortfolioOverview afterDelete = sameAsFull();
        assertEquals(count(afterAbandon, WorkflowStage.ABANDONED) - 1, count(afterDelete, WorkflowStage.ABANDONED));
    }

    @Test
    void newSettingsAreTakenWithoutAnyCaseReported() {
        PortfolioOverview before = sameAsFull();
        WorkflowSettings settings = context.settings().get();
        context.settings().save(new WorkflowSettings(settings.referentName(), 2, settings.version()));
        PortfolioOverview after = sameAsFull();
        assertNotEquals(before.deadlines(), after.deadlines(), "the letter-of-intent decision is awaited 2 weeks");
    }

    @Test
    void afterAResetEverythingIsReadAgain() {
        sameAsFull();
        CaseFile added = context.caseFiles().create(new CaseIdentity("CPTS Importée", "50", "", ""));
        live.reset();
        PortfolioOverview overview = sameAsFull();
        assertTrue(overview.pipeline().get(WorkflowStage.PRE_PROJECT) > 0, added.name());
    }

    @Test
    void theHomeScreensReadGivesTheFiguresOfEveryCaseFileReadWhole() {
        AgendaService agenda = context.agenda();
        AgendaService.Basis basis = agenda.basis();
        PortfolioOverview fromWholeCases = AgendaService.overview(context.caseFiles().list().stream()
                .map(c -> agenda.caseAgenda(context.workflow().snapshot(c.id()), basis)).toList(), basis.today());

        assertEquals(fromWholeCases, agenda.overview());
        assertTrue(fromWholeCases.deadlines().stream().anyMatch(d -> d.kind() == DeadlineKind.NEXT_ACTION)
                && fromWholeCases.deadlines().stream().anyMatch(d -> d.kind() == DeadlineKind.PAYMENT)
                && fromWholeCases.contractsInForce() > 0, "the portfolio has meetings and contracts");
    }

    /** The kept figures, checked against those computed over the whole portfolio. */
    private PortfolioOverview sameAsFull() {
        PortfolioOverview kept = live.overview();
        assertEquals(context.agenda().overview(), kept);
        return kept;
    }

    private CaseFile inForce() {
        return context.caseFiles().list().stream()
                .filter(c -> c.stage() == WorkflowStage.FOLLOW_UP && !c.archived()).findFirst().orElseThrow();
    }

    private static int count(PortfolioOverview overview, WorkflowStage stage) {
        return overview.pipeline().getOrDefault(stage, 0);
    }
}
