package fr.referentcpts;

import fr.referentcpts.core.annex.AnnexRenderer;
import fr.referentcpts.core.annex.AnnexService;
import fr.referentcpts.core.annex.AnnexSources;
import fr.referentcpts.core.annex.CaseDataAnnexSources;
import fr.referentcpts.core.casefile.CaseFileService;
import fr.referentcpts.core.demo.DemoPortfolio;
import fr.referentcpts.core.documents.DocumentService;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.geo.DepartementCatalog;
import fr.referentcpts.core.missions.IndicatorTemplate;
import fr.referentcpts.core.missions.MissionService;
import fr.referentcpts.io.catalog.IndicatorCatalogFile;
import fr.referentcpts.io.rules.RulesFiles;
import fr.referentcpts.core.people.PersonService;
import fr.referentcpts.core.territory.TerritoryService;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.io.geo.GeoFiles;
import fr.referentcpts.pdf.annex.AnnexPdfWriter;
import fr.referentcpts.persistence.Database;
import fr.referentcpts.persistence.JooqTransactions;
import fr.referentcpts.persistence.annex.JooqAnnexRepository;
import fr.referentcpts.persistence.casefile.JooqCaseFileRepository;
import fr.referentcpts.persistence.missions.JooqMissionRepository;
import fr.referentcpts.persistence.documents.JooqDocumentRepository;
import fr.referentcpts.persistence.people.JooqPersonRepository;
import fr.referentcpts.persistence.territory.JooqTerritoryRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The composition root: wires the database, the repositories and the core services of one
 * data folder by hand. Opened off the FX thread; closed when the application stops.
 */
public final class AppContext implements AutoCloseable {
    private final Path dataDir;
    private final Database database;
    private final DepartementCatalog departements;
    private final CaseFileService caseFiles;
    private final DemoPortfolio demo;
    private final TerritoryService territories;
    private final PersonService people;
    private final DocumentService documents;
    private final MissionService missions;
    private final RulesCatalog rules;
    private final List<IndicatorTemplate> indicatorCatalog;
    private final JooqTransactions transactions;
    private final Clock clock;
    private final AnnexRenderer annexRenderer;
    private final JooqAnnexRepository annexRepository;
    private final AnnexService annexes;

    private AppContext(Path dataDir, Database database, Clock clock) {
        this.dataDir = dataDir;
        this.database = database;
        this.departements = GeoFiles.loadDepartements();
        JooqTransactions transactions = new JooqTransactions(database.dsl());
        this.transactions = transactions;
        this.clock = clock;
        JooqCaseFileRepository caseFileRepository = new JooqCaseFileRepository(transactions);
        this.caseFiles = new CaseFileService(caseFileRepository, departements, transactions, clock, UUID::randomUUID);
        this.territories = new TerritoryService(new JooqTerritoryRepository(transactions), caseFileRepository,
                transactions, clock);
        this.people = new PersonService(new JooqPersonRepository(transactions), caseFileRepository, transactions,
                clock);
        this.missions = new MissionService(new JooqMissionRepository(transactions), caseFileRepository,
                transactions, clock);
        this.rules = RulesFiles.shippedCatalog();
        this.indicatorCatalog = IndicatorCatalogFile.load();
        this.documents = new DocumentService(new JooqDocumentRepository(transactions), caseFileRepository,
                transactions, clock, UUID::randomUUID);
        this.demo = new DemoPortfolio(caseFiles);
        this.annexRenderer = new AnnexPdfWriter(new Messages());
        this.annexRepository = new JooqAnnexRepository(transactions);
        this.annexes = annexes(new CaseDataAnnexSources(caseFiles, people));
    }

    /** Opens the data folder (locking it against a second instance) and migrates its database. */
    public static AppContext open(Path dataDir, Clock clock) {
        return new AppContext(dataDir, Database.open(dataDir), clock);
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

    public List<IndicatorTemplate> indicatorCatalog() {
        return indicatorCatalog;
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
        return new AnnexService(caseFiles, territories, missions, rules, sources, annexRenderer, annexRepository,
                transactions, clock, UUID::randomUUID);
    }

    public DemoPortfolio demo() {
        return demo;
    }

    @Override
    public void close() {
        database.close();
    }
}
