package fr.referentcpts.core.workflow;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseFileRepository;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.common.NotFoundException;
import fr.referentcpts.core.common.StaleEditException;
import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.core.followup.ContractRepository;
import fr.referentcpts.core.followup.FollowUpRepository;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.funding.TerminationResult;
import fr.referentcpts.core.meetings.MeetingRepository;
import fr.referentcpts.core.missions.MissionRepository;
import fr.referentcpts.core.people.PersonRepository;
import fr.referentcpts.core.settings.SettingsRepository;
import fr.referentcpts.core.territory.TerritoryRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The guided workflow of a case file: where it stands (requirements, next action) and its
 * transitions — forward once nothing blocking is missing, back with a reason, SANS SUITE,
 * RÉSILIÉ — each recorded in the history with the referent of the settings as author.
 */
public final class WorkflowService {
    public static final String FIELD_DATE = "date";
    public static final String FIELD_REASON = "reason";
    public static final String FIELD_TARGET = "target";

    private final CaseFileRepository caseFiles;
    private final WorkflowRepository workflow;
    private final SettingsRepository settings;
    private final CaseSnapshotReader reader;
    private final FundingEngine engine;
    private final Transactions transactions;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public WorkflowService(CaseFileRepository caseFiles, TerritoryRepository territories, PersonRepository people,
            MissionRepository missions, WorkflowRepository workflow, MeetingRepository meetings,
            FollowUpRepository followUp, ContractRepository contracts, SettingsRepository settings,
            FundingEngine engine, Transactions transactions, Clock clock, Supplier<UUID> ids) {
        this.caseFiles = caseFiles;
        this.workflow = workflow;
        this.settings = settings;
        this.reader = new CaseSnapshotReader(caseFiles, territories, people, missions, workflow, meetings, followUp,
                contracts);
        this.engine = engine;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public FundingEngine engine() {
        return engine;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Everything the workflow reads of a case, in one transaction. */
    public CaseSnapshot snapshot(UUID caseId) {
        return transactions.inTransaction(() -> reader.read(load(caseId)));
    }

    /**
     * Every case file, read at once: one query per table for the whole portfolio (the home
     * screen, the agenda, the budget). The same snapshots as {@link #snapshot} one by one, but
     * for their territory, known by its summary only, and their overlaps, not looked for.
     */
    public List<CaseSnapshot> snapshots() {
        return snapshots(PortfolioRead.WHOLE);
    }

    /** Every case file, read at once as {@link #snapshots()}, with only what {@code read} needs. */
    public List<CaseSnapshot> snapshots(PortfolioRead read) {
        return transactions.inTransaction(() -> reader.readAll(read));
    }

    /**
     * The case files {@code caseIds} (those deleted left out), read at once as {@link #snapshots(PortfolioRead)}
     * reads them, one query per table for these only.
     */
    public List<CaseSnapshot> snapshots(Collection<UUID> caseIds, PortfolioRead read) {
        return transactions.inTransaction(() -> reader.readSome(caseIds, read));
    }

    public WorkflowStatus status(UUID caseId) {
        return status(snapshot(caseId));
    }

    /** Where a case stands, computed from its snapshot (pure but for today). */
    public WorkflowStatus status(CaseSnapshot snapshot) {
        LocalDate today = today();
        WorkflowStage stage = snapshot.caseFile().stage();
        RulesVersion rules = ContractFunding.rules(snapshot, engine.catalog(), today);
        Optional<ContractFunding.Outcome> funding = ContractFunding.compute(snapshot, engine);
        List<Requirement> requirements = Requirements.of(stage, snapshot, engine.catalog(), funding,
                LocalDateTime.now(clock));
        boolean blocked = requirements.stream().anyMatch(r -> !r.met() && r.blocking());
        Optional<WorkflowStage> next = StageFlow.next(stage);
        return new WorkflowStatus(snapshot.caseFile(), requirements, nextStep(stage, requirements, next),
                next, next.isPresent() && !blocked, StageFlow.backTargets(stage), StageFlow.canAbandon(stage),
                StageFlow.canTerminate(stage), rules, funding);
    }

    /**
     * Moves the case to its next stage. Refused while a blocking requirement is missing
     * ({@link TransitionRefusedException}) or when the case is no longer at {@code expectedFrom}.
     */
    public CaseFile advance(UUID caseId, WorkflowStage expectedFrom, Decision decision) {
        checkDate(decision.date());
        if (decision.decidedBy() == null) {
            throw new ValidationException("decidedBy", "workflow.error.decidedByRequired");
        }
        return transactions.inTransaction(() -> {
            CaseFile current = at(caseId, expectedFrom);
            WorkflowStatus status = status(reader.read(current));
            WorkflowStage next = status.nextStage().orElseThrow(() -> new DomainException("workflow.error.noNextStage",
                    current.stage()));
            if (!status.unmetBlocking().isEmpty()) {
                throw new TransitionRefusedException(status.unmetBlocking());
            }
            return move(current, next, HistoryKind.ADVANCE, decision.date(), decision.decidedBy(), decision.comment());
        });
    }

    /** Back to an earlier stage (or out of an end state), with a reason. */
    public CaseFile goBack(UUID caseId, WorkflowStage expectedFrom, WorkflowStage target, LocalDate date, String reason) {
        checkDate(date);
        checkReason(reason);
        return transactions.inTransaction(() -> {
            CaseFile current = at(caseId, expectedFrom);
            if (!StageFlow.backTargets(current.stage()).contains(target)) {
                throw new ValidationException(FIELD_TARGET, "workflow.error.cannotGoBack", current.stage(), target);
            }
            HistoryKind kind = current.stage().isEndState() ? HistoryKind.REOPEN : HistoryKind.BACK;
            return move(current, target, kind, date, null, reason);
        });
    }

    /** SANS SUITE: the project stops before signature, with a reason. */
    public CaseFile abandon(UUID caseId, WorkflowStage expectedFrom, LocalDate date, String reason) {
        checkDate(date);
        checkReason(reason);
        return transactions.inTransaction(() -> {
            CaseFile current = at(caseId, expectedFrom);
            if (!StageFlow.canAbandon(current.stage())) {
                throw new DomainException("workflow.error.cannotAbandon", current.stage());
            }
            return move(current, WorkflowStage.ABANDONED, HistoryKind.ABANDON, date, null, reason);
        });
    }

    /** RÉSILIÉ: the contract in force ends on {@code date}, with a reason. */
    public CaseFile terminate(UUID caseId, LocalDate date, DecidedBy decidedBy, String reason) {
        checkDate(date);
        checkReason(reason);
        return transactions.inTransaction(() -> {
            CaseFile current = at(caseId, WorkflowStage.FOLLOW_UP);
            terminationOf(reader.read(current), date);
            return move(current, WorkflowStage.TERMINATED, HistoryKind.TERMINATE, date, decidedBy, reason);
        });
    }

    /** What the CPTS would pay back if its contract ended on {@code date} (advances prorata temporis). */
    public TerminationResult terminationPreview(UUID caseId, LocalDate date) {
        if (date == null) {
            throw new ValidationException(FIELD_DATE, "workflow.error.dateRequired");
        }
        return terminationOf(snapshot(caseId), date);
    }

    /** For a RÉSILIÉ case: what it pays back, from the date of its termination entry. */
    public Optional<TerminationResult> recovery(CaseSnapshot snapshot) {
        if (snapshot.caseFile().stage() != WorkflowStage.TERMINATED) {
            return Optional.empty();
        }
        return snapshot.history().reversed().stream().filter(e -> e.kind() == HistoryKind.TERMINATE).findFirst()
                .flatMap(entry -> {
                    try {
                        return Optional.of(terminationOf(snapshot, entry.date()));
                    } catch (DomainException e) {
                        return Optional.empty();
                    }
                });
    }

    /** The author of history entries: the referent of the settings, else the case's referent. */
    String author(CaseFile caseFile) {
        String name = settings.get().referentName();
        return name.isEmpty() ? caseFile.referent() : name;
    }

    /** Adds an entry to a case's history (inside the caller's transaction). */
    void record(CaseFile caseFile, HistoryKind kind, LocalDate date, WorkflowStage from, WorkflowStage to, DecidedBy decidedBy,
            String reason) {
        workflow.addHistory(new HistoryEntry(ids.get(), caseFile.id(), date,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), kind, from, to, decidedBy, reason, author(caseFile)));
    }

    private TerminationResult terminationOf(CaseSnapshot snapshot, LocalDate date) {
        ContractFunding.Outcome outcome = ContractFunding.compute(snapshot, engine)
                .orElseThrow(() -> new DomainException("workflow.error.noSignatureDate"));
        if (!outcome.computed()) {
            throw new DomainException(outcome.problem().key(), outcome.problem().args());
        }
        return engine.terminate(outcome.result(), date);
    }

    private CaseFile move(CaseFile current, WorkflowStage to, HistoryKind kind, LocalDate date, DecidedBy decidedBy,
            String reason) {
        CaseFile moved = caseFiles.update(current.withStage(to).touched(clock.instant()));
        record(current, kind, date, current.stage(), to, decidedBy, reason);
        return moved;
    }

    /**
     * The first blocking item missing, else moving on, else the first warning, else what the case
     * waits for (nowhere to go: « rien d’autre à faire »), else nothing.
     */
    private NextStep nextStep(WorkflowStage stage, List<Requirement> requirements, Optional<WorkflowStage> next) {
        Optional<Requirement> blocking = requirements.stream()
                .filter(Requirement::missingBlocking).findFirst();
        if (blocking.isPresent()) {
            return new NextStep(blocking.get().instruction(), blocking.get().kind().place(), blocking.get());
        }
        boolean held = requirements.stream().anyMatch(r -> !r.met() && r.blocking());
        if (next.isPresent() && !held) {
            return new NextStep(Phrase.of("workflow.next.advance", next.get()), null, null);
        }
        Optional<Requirement> other = requirements.stream().filter(Requirement::missingWarning).findFirst();
        if (other.isPresent()) {
            return new NextStep(other.get().instruction(), other.get().kind().place(), other.get());
        }
        Optional<Requirement> waiting = requirements.stream().filter(r -> r.pending() && r.blocking()).findFirst();
        if (waiting.isPresent()) {
            return new NextStep(Phrase.of("consist.next.waiting", waiting.get().label(), waiting.get().detail()), null,
                    waiting.get());
        }
        return new NextStep(Phrase.of(stage.isEndState() ? "workflow.next.closed" : "workflow.next.none"), null, null);
    }

    private CaseFile load(UUID caseId) {
        return caseFiles.find(caseId).orElseThrow(() -> new NotFoundException(caseId.toString()));
    }

    /** The case as the caller saw it: another stage means someone moved it meanwhile. */
    private CaseFile at(UUID caseId, WorkflowStage expected) {
        CaseFile current = load(caseId);
        if (expected != null && current.stage() != expected) {
            throw new StaleEditException(current.name());
        }
        return current;
    }

    private void checkDate(LocalDate date) {
        if (date == null) {
            throw new ValidationException(FIELD_DATE, "workflow.error.dateRequired");
        }
        if (date.isAfter(today())) {
            throw new ValidationException(FIELD_DATE, "workflow.error.dateInFuture", FrenchFormat.date(date));
        }
    }

    private static void checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(FIELD_REASON, "workflow.error.reasonRequired");
        }
    }
}
