package fr.referentcpts;

import fr.referentcpts.core.annex.PageRenderer;
import fr.referentcpts.ui.WindowServices;
import fr.referentcpts.core.exchange.ExchangeFiles;
import fr.referentcpts.core.workflow.CalendarExport;
import fr.referentcpts.io.ics.IcsCalendarFile;
import fr.referentcpts.io.exchange.CptsFormat;
import fr.referentcpts.core.common.UserFiles;
import fr.referentcpts.io.files.LocalUserFiles;
import fr.referentcpts.pdf.annex.AnnexPreview;

import fr.referentcpts.core.CaseServices;
import fr.referentcpts.core.amendment.AmendmentService;
import fr.referentcpts.core.annex.AnnexRenderer;
import fr.referentcpts.core.annex.AnnexService;
import fr.referentcpts.core.annex.AnnexSources;
import fr.referentcpts.core.casefile.CaseFileService;
import fr.referentcpts.demo.DemoClock;
import fr.referentcpts.demo.DemoGenerator;
import fr.referentcpts.demo.DemoPortfolio;
import fr.referentcpts.core.documents.DocumentService;
import fr.referentcpts.core.exchange.ExchangeService;
import fr.referentcpts.core.exchange.WorkflowStores;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.geo.CommuneReferential;
import fr.referentcpts.core.geo.DepartementCatalog;
import fr.referentcpts.core.missions.IndicatorTemplate;
import fr.referentcpts.core.missions.MissionService;
import fr.referentcpts.io.catalog.IndicatorCatalogFile;
import fr.referentcpts.io.rules.ImportedRules;
import fr.referentcpts.core.people.PersonService;
import fr.referentcpts.core.territory.TerritoryService;
import fr.referentcpts.io.geo.CommuneFiles;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.workflow.AgendaService;
import fr.referentcpts.core.workflow.ContractService;
import fr.referentcpts.core.workflow.FollowUpService;
import fr.referentcpts.core.workflow.MeetingService;
import fr.referentcpts.core.workflow.SettingsService;
import fr.referentcpts.core.workflow.StageFormService;
import fr.referentcpts.core.workflow.WorkflowAnnexSources;
import fr.referentcpts.core.workflow.WorkflowService;
import fr.referentcpts.core.funding.RulesService;
import fr.referentcpts.io.rules.JsonRulesCodec;
import fr.referentcpts.persistence.JooqRulesStore;
import fr.referentcpts.persistence.workflow.JooqContractRepository;
import fr.referentcpts.persistence.workflow.JooqFollowUpRepository;
import fr.referentcpts.persistence.workflow.JooqMeetingRepository;
import fr.referentcpts.persistence.workflow.JooqSettingsRepository;
import fr.referentcpts.persistence.workflow.JooqWorkflowRepository;
import fr.referentcpts.io.geo.GeoFiles;
import fr.referentcpts.pdf.annex.AmendmentPdfWriter;
import fr.referentcpts.pdf.annex.AnnexPdfWriter;
import fr.referentcpts.core.backup.BackupInfo;
import fr.referentcpts.core.backup.Backups;
import fr.referentcpts.core.history.HistoryIntegrity;
import fr.referentcpts.persistence.Database;
import fr.referentcpts.persistence.history.JooqHistoryLedger;
import fr.referentcpts.persistence.JooqTransactions;
import fr.referentcpts.persistence.annex.JooqAnnexRepository;
import fr.referentcpts.persistence.casefile.JooqCaseFileRepository;
import fr.referentcpts.persistence.exchange.JooqRecordOwners;
import fr.referentcpts.persistence.missions.JooqMissionRepository;
import fr.referentcpts.persistence.documents.JooqDocumentRepository;
import fr.referentcpts.persistence.people.JooqPersonRepository;
import fr.referentcpts.persistence.territory.JooqTerritoryRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The composition root: wires the database, the repositories and the core services of one
 * data folder by hand. Opened off the FX thread; closed when the application stops.
 */
public final class AppContext implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AppContext.class);
    private final Path dataDir;
    private final Clock clock;
    private final Database database;
    private final JooqTransactions transactions;
    private final DepartementCatalog departements;
    private final CaseFileService caseFiles;
    private final DemoPortfolio demo;
    private final TerritoryService territories;
    private final PersonService people;
    private final DocumentService documents;
    private final ExchangeService exchange;
    private volatile CommuneReferential communes;
    private final MissionService missions;
    private final RulesService rules;
    private final FundingEngine engine;
    private final List<IndicatorTemplate> indicatorCatalog;
    private final AnnexRenderer annexRenderer;
    private final JooqAnnexRepository annexRepository;
    private final AnnexService annexes;
    private final WorkflowService workflow;
    private final StageFormService stageForms;
    private final MeetingService meetings;
    private final FollowUpService followUp;
    private final ContractService contracts;
    private final AmendmentService amendments;
    private final SettingsService settings;
    private final AgendaService agenda;

    private AppContext(Path dataDir, Database database, Clock clock, RulesCatalog rules) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.database = database;
        this.departements = GeoFiles.loadDepartements();
        JooqTransactions transactions = new JooqTransactions(database.dsl());
        this.transactions = transactions;
        this.rules = new RulesService(rules, new JooqRulesStore(transactions), new JsonRulesCodec(), transactions,
                clock);
        this.rules.skipped().forEach(e -> LOG.warn("Version des règles enregistrée illisible, ignorée : {}",
                e.getMessage()));
        this.engine = new FundingEngine(this.rules::catalog);
        CaseServices core = caseServices(transactions, departements, engine, clock);
        this.caseFiles = core.caseFiles();
        this.territories = core.territories();
        this.people = core.people();
        this.missions = core.missions();
        this.workflow = core.workflow();
        this.stageForms = core.forms();
        this.meetings = core.meetings();
        this.followUp = core.followUp();
        this.contracts = core.contracts();
        JooqCaseFileRepository caseFileRepository = new JooqCaseFileRepository(transactions);
        JooqTerritoryRepository territoryRepository = new JooqTerritoryRepository(transactions);
        JooqPersonRepository personRepository = new JooqPersonRepository(transactions);
        JooqMissionRepository missionRepository = new JooqMissionRepository(transactions);
        this.indicatorCatalog = IndicatorCatalogFile.load();
        JooqDocumentRepository documentRepository = new JooqDocumentRepository(transactions);
        this.documents = new DocumentService(documentRepository, caseFileRepository, transactions, clock,
                UUID::randomUUID);
        this.annexRenderer = new AnnexPdfWriter(new Messages());
        this.annexRepository = new JooqAnnexRepository(transactions);
        JooqWorkflowRepository workflowRepository = new JooqWorkflowRepository(transactions);
        JooqMeetingRepository meetingRepository = new JooqMeetingRepository(transactions);
        JooqFollowUpRepository followUpRepository = new JooqFollowUpRepository(transactions);
        JooqSettingsRepository settingsRepository = new JooqSettingsRepository(transactions);
        this.settings = new SettingsService(settingsRepository, transactions);
        this.agenda = new AgendaService(workflow, settings);
        this.exchange = new ExchangeService(caseFileRepository, territoryRepository, personRepository,
                missionRepository, documentRepository, new WorkflowStores(workflowRepository, meetingRepository,
                        followUpRepository, new JooqContractRepository(transactions), annexRepository), transactions,
                caseFiles, people, new JooqRecordOwners(transactions), UUID::randomUUID);
        this.annexes = annexes(new WorkflowAnnexSources(workflow));
        this.amendments = new AmendmentService(workflow, new WorkflowAnnexSources(workflow),
                new AmendmentPdfWriter(new Messages()), transactions, clock);
        this.demo = new DemoPortfolio(core);
    }

    /**
     * Opens the data folder (locking it against a second instance) and migrates its database;
     * the shipped rules files are read meanwhile on another thread (both take a few hundred
     * milliseconds at startup).
     */
    public static AppContext open(Path dataDir, Clock clock) {
        return open(dataDir, clock, () -> null);
    }

    /**
     * Opens the data folder; {@code passphrases} is asked for the passphrase only when the folder
     * is encrypted (README « Chiffrement »).
     */
    public static AppContext open(Path dataDir, Clock clock, Supplier<char[]> passphrases) {
        CompletableFuture<RulesCatalog> rules = CompletableFuture.supplyAsync(() -> ImportedRules.catalog(dataDir));
        Database database;
        try {
            database = Database.open(dataDir, clock, passphrases);
        } catch (RuntimeException | Error e) {
            rules.cancel(false);
            throw e;
        }
        try {
            return new AppContext(dataDir, database, clock, join(rules));
        } catch (RuntimeException | Error e) {
            database.close();
            throw e;
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /** « Now » for the whole application (fixed in tests). */
    public Clock clock() {
        return clock;
    }

    public DepartementCatalog departements() {
        return departements;
    }

    public CaseFileService caseFiles() {
        return caseFiles;
    }

    public TerritoryService territories() {
        return territories;
    }

    public PersonService people() {
        return people;
    }

    public DocumentService documents() {
        return documents;
    }

    public MissionService missions() {
        return missions;
    }

    /** The rules versions known now: shipped, then confirmed by the cellule or imported (barème, schedule, deadlines). */
    public RulesCatalog rules() {
        return rules.catalog();
    }

    /** Confirming, importing and exporting rules versions. */
    public RulesService rulesService() {
        return rules;
    }

    /** The funding engine over the rules known now. */
    public FundingEngine engine() {
        return engine;
    }

    /** The official referential of communes and EPCI, loaded on first use (≈ 150 ms) and kept in memory. */
    public CommuneReferential communes() {
        CommuneReferential loaded = communes;
        if (loaded == null) {
            synchronized (this) {
                if (communes == null) {
                    communes = CommuneFiles.load();
                }
                loaded = communes;
            }
        }
        return loaded;
    }

    /** The rules version in force today (the default for a case not yet pinned to one). */
    public RulesVersion rulesInForceToday() {
        return rules().versionInForceAt(LocalDate.now(clock));
    }

    public List<IndicatorTemplate> indicatorCatalog() {
        return indicatorCatalog;
    }

    /** Case files to and from {@code .cpts} files. */
    public ExchangeService exchange() {
        return exchange;
    }

    /** Case files to and from {@code .cpts} files on disk, for the window and the command line alike. */
    public ExchangeFiles exchangeFiles() {
        return new ExchangeFiles(exchange, new CptsFormat(), "Référent CPTS " + BuildInfo.version());
    }

    /**
     * The contract annexes (PDF/A), their records and checks. Parties, dates and the signature
     * stage's requirements come from {@link CaseDataAnnexSources} until the guided workflow
     * provides its own {@link AnnexSources}.
     */
    public AnnexService annexes() {
        return annexes;
    }

    /** The annex service over other sources of parties and requirements (the workflow's, a test's). */
    public AnnexService annexes(AnnexSources sources) {
        return new AnnexService(caseFiles, territories, missions, engine, sources, annexRenderer, annexRepository,
                transactions, clock, UUID::randomUUID);
    }

    /** Pages of a generated document as images, for the preview and printing. */
    public PageRenderer pages() {
        return new AnnexPreview();
    }

    /** The files a referent picks outside the data folder. */
    public UserFiles userFiles() {
        return new LocalUserFiles();
    }

    /** The guided workflow: requirements, next action, transitions and history. */
    public WorkflowService workflow() {
        return workflow;
    }

    public StageFormService stageForms() {
        return stageForms;
    }

    public MeetingService meetings() {
        return meetings;
    }

    public FollowUpService followUp() {
        return followUp;
    }

    /** Crises recognised, crisis plan, amendments and the first payment's file of signed contracts. */
    public ContractService contracts() {
        return contracts;
    }

    /** Amendments as documents: the form's options, their effect on the money, « Avenant n° N » in PDF/A. */
    public AmendmentService amendments() {
        return amendments;
    }

    public SettingsService settings() {
        return settings;
    }

    /** Deadlines (« À venir », calendar export) and the home screen's figures. */
    public AgendaService agenda() {
        return agenda;
    }

    /** The portfolio's deadlines to an iCalendar file (home screen, {@code agenda --ics}). */
    public CalendarExport calendarExport() {
        return new CalendarExport(agenda, new IcsCalendarFile(new Messages()), clock);
    }

    /** What the window needs, as core use cases and ports. */
    public WindowServices windowServices() {
        return new WindowServices(clock, departements, caseFiles, demo::load, territories, this::communes, people,
                missions, indicatorCatalog, rules, documents, userFiles(), annexes, pages(), workflow, stageForms,
                followUp, contracts, amendments(), meetings, agenda, calendarExport(), historyIntegrity(),
                exchangeFiles(), backups(), settings);
    }

    public DemoPortfolio demo() {
        return demo;
    }

    /**
     * A generator of large demonstration portfolios ({@code demo generate}), writing through
     * services of its own built on a {@link DemoClock} that starts at now.
     */
    public DemoGenerator demoGenerator() {
        DemoClock demoClock = new DemoClock(clock.instant(), clock.getZone());
        return new DemoGenerator(caseServices(transactions, departements, engine, demoClock), demoClock,
                GeoFiles.communesByEpci().values(), rules(), indicatorCatalog, departements);
    }

    /**
     * The services that write a case file's content and walk its workflow, on {@code clock}:
     * the application's, or the demonstration generator's {@link DemoClock}. Repositories hold
     * no state, so each set has its own.
     */
    private static CaseServices caseServices(JooqTransactions transactions, DepartementCatalog departements,
            FundingEngine engine, Clock clock) {
        JooqCaseFileRepository caseFileRepository = new JooqCaseFileRepository(transactions);
        JooqTerritoryRepository territoryRepository = new JooqTerritoryRepository(transactions);
        JooqPersonRepository personRepository = new JooqPersonRepository(transactions);
        JooqMissionRepository missionRepository = new JooqMissionRepository(transactions);
        JooqWorkflowRepository workflowRepository = new JooqWorkflowRepository(transactions);
        JooqMeetingRepository meetingRepository = new JooqMeetingRepository(transactions);
        JooqFollowUpRepository followUpRepository = new JooqFollowUpRepository(transactions);
        WorkflowService workflow = new WorkflowService(caseFileRepository, territoryRepository, personRepository,
                missionRepository, workflowRepository, meetingRepository, followUpRepository,
                new JooqContractRepository(transactions), new JooqSettingsRepository(transactions), engine,
                transactions, clock, UUID::randomUUID);
        return new CaseServices(
                new CaseFileService(caseFileRepository, departements, transactions, clock, UUID::randomUUID),
                new TerritoryService(territoryRepository, caseFileRepository, transactions, clock),
                new PersonService(personRepository, caseFileRepository, transactions, clock),
                new MissionService(missionRepository, caseFileRepository, transactions, clock),
                new StageFormService(workflowRepository, caseFileRepository, workflow, engine, transactions, clock),
                workflow, new MeetingService(meetingRepository, caseFileRepository, transactions, clock),
                new FollowUpService(followUpRepository, caseFileRepository, transactions, clock),
                new ContractService(new JooqContractRepository(transactions), caseFileRepository, workflow,
                        transactions, clock, UUID::randomUUID), transactions, clock);
    }

    /** The tamper-evidence of case histories (hash chain). */
    public HistoryIntegrity historyIntegrity() {
        return new HistoryIntegrity(new JooqHistoryLedger(transactions), transactions);
    }

    /** The verified backups of this data folder (taken at clean closes, at most daily). */
    public Backups backups() {
        return database.backups();
    }

    /** A verified backup now ({@code backup create}). */
    public BackupInfo backupNow() {
        return database.backupNow();
    }

    /** Closes the data folder after compacting its database file (after a bulk write). */
    public void compactAndClose() {
        database.compactAndClose();
    }

    @Override
    public void close() {
        database.close();
    }
}
