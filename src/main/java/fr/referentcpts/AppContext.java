package fr.referentcpts;

import fr.referentcpts.core.casefile.CaseFileService;
import fr.referentcpts.core.demo.DemoClock;
import fr.referentcpts.core.demo.DemoGenerator;
import fr.referentcpts.core.demo.DemoPortfolio;
import fr.referentcpts.core.documents.DocumentService;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.geo.DepartementCatalog;
import fr.referentcpts.core.missions.IndicatorTemplate;
import fr.referentcpts.core.missions.MissionService;
import fr.referentcpts.io.catalog.IndicatorCatalogFile;
import fr.referentcpts.io.rules.RulesFiles;
import fr.referentcpts.core.people.PersonService;
import fr.referentcpts.core.territory.TerritoryService;
import fr.referentcpts.io.geo.GeoFiles;
import fr.referentcpts.persistence.Database;
import fr.referentcpts.persistence.JooqTransactions;
import fr.referentcpts.persistence.casefile.JooqCaseFileRepository;
import fr.referentcpts.persistence.missions.JooqMissionRepository;
import fr.referentcpts.persistence.documents.JooqDocumentRepository;
import fr.referentcpts.persistence.people.JooqPersonRepository;
import fr.referentcpts.persistence.territory.JooqTerritoryRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
    private final CaseFileService caseFiles;
    private final DemoPortfolio demo;
    private final TerritoryService territories;
    private final PersonService people;
    private final DocumentService documents;
    private final MissionService missions;
    private final RulesCatalog rules;
    private final List<IndicatorTemplate> indicatorCatalog;

    private AppContext(Path dataDir, Database database, Clock clock, RulesCatalog rules) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.database = database;
        this.departements = GeoFiles.loadDepartements();
        this.transactions = new JooqTransactions(database.dsl());
        JooqCaseFileRepository caseFileRepository = new JooqCaseFileRepository(transactions);
        this.caseFiles = new CaseFileService(caseFileRepository, departements, transactions, clock, UUID::randomUUID);
        this.territories = new TerritoryService(new JooqTerritoryRepository(transactions), caseFileRepository,
                transactions, clock);
        this.people = new PersonService(new JooqPersonRepository(transactions), caseFileRepository, transactions,
                clock);
        this.missions = new MissionService(new JooqMissionRepository(transactions), caseFileRepository,
                transactions, clock);
        this.rules = rules;
        this.indicatorCatalog = IndicatorCatalogFile.load();
        this.documents = new DocumentService(new JooqDocumentRepository(transactions), caseFileRepository,
                transactions, clock, UUID::randomUUID);
        this.demo = new DemoPortfolio(caseFiles);
    }

    /**
     * Opens the data folder (locking it against a second instance) and migrates its database;
     * the shipped rules files are read meanwhile on another thread (both take a few hundred
     * milliseconds at startup).
     */
    public static AppContext open(Path dataDir, Clock clock) {
        CompletableFuture<RulesCatalog> rules = CompletableFuture.supplyAsync(RulesFiles::shippedCatalog);
        Database database = Database.open(dataDir);
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

    /** The rules versions shipped with the application (barème, schedule, deadlines). */
    public RulesCatalog rules() {
        return rules;
    }

    public Clock clock() {
        return clock;
    }

    /** The rules version in force today (the default for a case not yet pinned to one). */
    public RulesVersion rulesInForceToday() {
        return rules.versionInForceAt(LocalDate.now(clock));
    }

    public List<IndicatorTemplate> indicatorCatalog() {
        return indicatorCatalog;
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
        JooqCaseFileRepository caseFileRepository = new JooqCaseFileRepository(transactions);
        DemoGenerator.Services services = new DemoGenerator.Services(
                new CaseFileService(caseFileRepository, departements, transactions, demoClock, UUID::randomUUID),
                new TerritoryService(new JooqTerritoryRepository(transactions), caseFileRepository, transactions,
                        demoClock),
                new PersonService(new JooqPersonRepository(transactions), caseFileRepository, transactions,
                        demoClock),
                new MissionService(new JooqMissionRepository(transactions), caseFileRepository, transactions,
                        demoClock),
                transactions);
        return new DemoGenerator(services, demoClock, GeoFiles.communesByEpci().values(), rules, indicatorCatalog);
    }

    @Override
    public void close() {
        database.close();
    }
}
