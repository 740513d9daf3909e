package fr.referentcpts;

import fr.referentcpts.core.CaseServices;
import fr.referentcpts.core.agenda.AgendaService;
import fr.referentcpts.core.agenda.CalendarExport;
import fr.referentcpts.core.amendment.AmendmentService;
import fr.referentcpts.core.annex.AnnexService;
import fr.referentcpts.core.annex.AnnexSources;
import fr.referentcpts.core.annex.PageRenderer;
import fr.referentcpts.core.backup.BackupInfo;
import fr.referentcpts.core.backup.Backups;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseFileService;
import fr.referentcpts.core.common.UserFiles;
import fr.referentcpts.core.documents.DocumentService;
import fr.referentcpts.core.exchange.ExchangeFiles;
import fr.referentcpts.core.exchange.ExchangeService;
import fr.referentcpts.core.exchange.WorkflowStores;
import fr.referentcpts.core.followup.FollowUpService;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesService;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.geo.CommuneReferential;
import fr.referentcpts.core.geo.DepartementCatalog;
import fr.referentcpts.core.history.HistoryIntegrity;
import fr.referentcpts.core.meetings.MeetingService;
import fr.referentcpts.core.missions.IndicatorTemplate;
import fr.referentcpts.core.missions.MissionService;
import fr.referentcpts.core.people.PersonService;
import fr.referentcpts.core.settings.SettingsService;
import fr.referentcpts.core.territory.TerritoryService;
import fr.referentcpts.core.workflow.ContractService;
import fr.referentcpts.core.workflow.StageFormService;
import fr.referentcpts.core.workflow.WorkflowAnnexSources;
import fr.referentcpts.core.workflow.WorkflowService;
import fr.referentcpts.demo.DemoClock;
import fr.referentcpts.demo.DemoGenerator;
import fr.referentcpts.demo.DemoPortfolio;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.io.catalog.IndicatorCatalogFile;
import fr.referentcpts.io.exchange.CptsFormat;
import fr.referentcpts.io.files.LocalUserFiles;
import fr.referentcpts.io.funding.ImportedRules;
import fr.referentcpts.io.geo.CommuneFiles;
import fr.referentcpts.io.geo.GeoFiles;
import fr.referentcpts.io.ics.IcsCalendarFile;
import fr.referentcpts.pdf.annex.AmendmentPdfWriter;
import fr.referentcpts.pdf.annex.AnnexPdfWriter;
import fr.referentcpts.pdf.annex.AnnexPreview;
import fr.referentcpts.persistence.CaseListSnapshot;
import fr.referentcpts.persistence.Database;
import fr.referentcpts.persistence.agenda.JooqFiguresStore;
import fr.referentcpts.persistence.JooqTransactions;
import fr.referentcpts.persistence.exchange.JooqCaseInserts;
import fr.referentcpts.persistence.exchange.JooqRecordOwners;
import fr.referentcpts.persistence.history.JooqHistoryLedger;
import fr.referentcpts.ui.WindowServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The composition root: wires the database, the repositories and the core services of one
 * data folder by hand. Opened off the FX thread; closed when the application stops.
 */
public final class AppContext implements AutoCloseable {
    private final Path dataDir;
    private final Clock clock;
    private final Database database;
    private final JooqTransactions transactions;
    private final DepartementCatalog departements;
    private final Repositories repositories;
    private final CaseServices core;
    private final Lazy<DemoPortfolio> demo;
    private final DocumentService documents;
    private final Lazy<ExchangeService> exchange;
    private final Lazy<CommuneReferential> communes = new Lazy<>(CommuneFiles::load);
    private final RulesLoader rules;
    private final FundingEngine engine;
    private final Lazy<List<IndicatorTemplate>> indicatorCatalog = new Lazy<>(IndicatorCatalogFile::load);
    private final Lazy<AnnexService> annexes;
    private final Lazy<AmendmentService> amendments;
    private final SettingsService settings;
    private final AgendaService agenda;

    /**
     * The services are built here, cheaply; what costs at a cold start is read on first use: the
     * rules versions ({@link RulesLoader}), the indicator catalog, the communes, and the services
     * of exchanges, annexes and amendments, which the case list and most commands never need.
     */
    private AppContext(Path dataDir, Database database, Clock clock, Supplier<RulesCatalog> rulesFiles) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.database = database;
        this.departements = GeoFiles.loadDepartements();
        JooqTransactions transactions = new JooqTransactions(database::dsl);
        this.transactions = transactions;
        this.rules = new RulesLoader(rulesFiles, transactions, clock);
        this.engine = new FundingEngine(() -> rules.get().catalog());
        this.repositories = Repositories.of(transactions);
        this.core = repositories.caseServices(departements, engine, clock);
        this.documents = new DocumentService(repositories.documents(), repositories.caseFiles(), transactions, clock,
                UUID::randomUUID);
        this.settings = new SettingsService(repositories.settings(), transactions);
        this.agenda = new AgendaService(core.workflow(), settings, new JooqFiguresStore(transactions), transactions);
        this.exchange = new Lazy<>(() -> new ExchangeService(repositories.caseFiles(), repositories.territories(),
                repositories.people(), repositories.missions(), repositories.documents(),
                new WorkflowStores(repositories.workflow(), repositories.meetings(), repositories.followUp(),
                        repositories.contracts(), repositories.annexes()), transactions, core.caseFiles(),
                core.people(), new JooqRecordOwners(transactions), new JooqCaseInserts(transactions),
                UUID::randomUUID));
        this.annexes = new Lazy<>(() -> annexes(new WorkflowAnnexSources(core.workflow())));
        this.amendments = new Lazy<>(() -> new AmendmentService(core.workflow(),
                new WorkflowAnnexSources(core.workflow()), new AmendmentPdfWriter(new Messages()), transactions,
                clock));
        this.demo = new Lazy<>(() -> new DemoPortfolio(core));
    }

    /** Opens the data folder (locking it against a second instance) and migrates its database. */
    public static AppContext open(Path dataDir, Clock clock) {
        return open(dataDir, clock, () -> null);
    }

    /** Opens the data folder; {@code passphrases} is asked only for an encrypted folder (README « Chiffrement »). */
    public static AppContext open(Path dataDir, Clock clock, Supplier<char[]> passphrases) {
        return wire(dataDir, Database.open(dataDir, clock, passphrases), clock);
    }

    /**
     * The services of a data folder whose database {@code opening} opens on another thread
     * ({@link Database#completeOpening}): wired at once, they wait for it at their first use of
     * the database. Takes what {@link ReadAhead} reads beside the opening.
     */
    public static AppContext over(Path dataDir, Database opening, Clock clock, ReadAhead ahead) {
        return wire(dataDir, opening, clock, ahead::rulesFiles);
    }

    /**
     * Opens the data folder for a command that only reads it ({@link Database#openForReading}):
     * file, seal and backups left as they were; a write through it is refused.
     */
    public static AppContext openForReading(Path dataDir, Clock clock, Supplier<char[]> passphrases) {
        return wire(dataDir, Database.openForReading(dataDir, clock, passphrases), clock);
    }

    /**
     * The case files of {@code dataDir}, the most recent first, as its last clean close kept them,
     * read without opening its database — only while they are exactly its content
     * ({@link CaseListSnapshot}); else empty, and the list is read from the database.
     */
    public static Optional<List<CaseFile>> keptCaseList(Path dataDir) {
        return CaseListSnapshot.read(dataDir).map(CaseListSnapshot.Kept::cases);
    }

    /** The services of an opened database, reading the rules versions' files at their first use. */
    private static AppContext wire(Path dataDir, Database database, Clock clock) {
        return wire(dataDir, database, clock, () -> ImportedRules.catalog(dataDir));
    }

    private static AppContext wire(Path dataDir, Database database, Clock clock, Supplier<RulesCatalog> rulesFiles) {
        try {
            return new AppContext(dataDir, database, clock, rulesFiles);
        } catch (RuntimeException | Error e) {
            database.close();
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
        return core.caseFiles();
    }

    public TerritoryService territories() {
        return core.territories();
    }

    public PersonService people() {
        return core.people();
    }

    public DocumentService documents() {
        return documents;
    }

    public MissionService missions() {
        return core.missions();
    }

    /** The rules versions known now: shipped, then confirmed by the cellule or imported (barème, schedule, deadlines). */
    public RulesCatalog rules() {
        return rules.get().catalog();
    }

    /** Confirming, importing and exporting rules versions (read on first use, {@link RulesLoader}). */
    public RulesService rulesService() {
        return rules.get();
    }

    /** The funding engine over the rules known now. */
    public FundingEngine engine() {
        return engine;
    }

    /** The official referential of communes and EPCI, loaded on first use (≈ 150 ms) and kept in memory. */
    public CommuneReferential communes() {
        return communes.get();
    }

    /** The rules version in force today (the default for a case not yet pinned to one). */
    public RulesVersion rulesInForceToday() {
        return rules().versionInForceAt(LocalDate.now(clock));
    }

    public List<IndicatorTemplate> indicatorCatalog() {
        return indicatorCatalog.get();
    }

    /** Case files to and from {@code .cpts} files. */
    public ExchangeService exchange() {
        return exchange.get();
    }

    /** Case files to and from {@code .cpts} files on disk, for the window and the command line alike. */
    public ExchangeFiles exchangeFiles() {
        return new ExchangeFiles(exchange(), new CptsFormat(), "Référent CPTS " + BuildInfo.version());
    }

    /**
     * The contract annexes (PDF/A), their records and checks. Parties, dates and the signature
     * stage's requirements come from {@link CaseDataAnnexSources} until the guided workflow
     * provides its own {@link AnnexSources}.
     */
    public AnnexService annexes() {
        return annexes.get();
    }

    /** The annex service over other sources of parties and requirements (the workflow's, a test's). */
    public AnnexService annexes(AnnexSources sources) {
        return new AnnexService(core.caseFiles(), core.territories(), core.missions(), engine, sources,
                new AnnexPdfWriter(new Messages()), repositories.annexes(), transactions, clock, UUID::randomUUID);
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
        return core.workflow();
    }

    public StageFormService stageForms() {
        return core.forms();
    }

    public MeetingService meetings() {
        return core.meetings();
    }

    public FollowUpService followUp() {
        return core.followUp();
    }

    /** Crises recognised, crisis plan, amendments and the first payment's file of signed contracts. */
    public ContractService contracts() {
        return core.contracts();
    }

    /** Amendments as documents: the form's options, their effect on the money, « Avenant n° N » in PDF/A. */
    public AmendmentService amendments() {
        return amendments.get();
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

    /** The cellule's budget and its CSV and Excel exports ({@code portfolio budget}, « Budget de la cellule »). */
    public fr.referentcpts.core.budget.BudgetService budget() {
        return new fr.referentcpts.core.budget.BudgetService(core.workflow(),
                new fr.referentcpts.io.budget.BudgetFiles(new Messages()), userFiles());
    }

    /** What the window needs, as core use cases and ports. */
    public WindowServices windowServices() {
        return new WindowServices(clock, departements, core.caseFiles(), () -> demo().load(), core.territories(),
                this::communes, core.people(), core.missions(), indicatorCatalog, rules, documents, userFiles(),
                annexes(), pages(), core.workflow(), core.forms(), core.followUp(), core.contracts(), amendments(),
                core.meetings(), agenda, calendarExport(), historyIntegrity(), exchangeFiles(), backups(), settings,
                budget(), CelluleSync.connector(this));
    }

    public DemoPortfolio demo() {
        return demo.get();
    }

    /** The data folder's repositories, for the other composition classes ({@link CelluleSync}). */
    Repositories repositories() {
        return repositories;
    }

    /**
     * A generator of large demonstration portfolios ({@code demo generate}), writing through
     * services of its own built on a {@link DemoClock} that starts at now.
     */
    public DemoGenerator demoGenerator() {
        DemoClock demoClock = new DemoClock(clock.instant(), clock.getZone());
        return new DemoGenerator(repositories.caseServices(departements, engine, demoClock), demoClock,
                GeoFiles.communesByEpci().values(), rules(), indicatorCatalog(), departements);
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

    /** The window's: its clean close keeps the case list for the next start ({@link Database#keepCaseListAtClose}). */
    public void keepCaseListAtClose() {
        database.keepCaseListAtClose();
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
