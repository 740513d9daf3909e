package fr.referentcpts;

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
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.workflow.AgendaService;
import fr.referentcpts.core.workflow.FollowUpService;
import fr.referentcpts.core.workflow.MeetingService;
import fr.referentcpts.core.workflow.SettingsService;
import fr.referentcpts.core.workflow.StageFormService;
import fr.referentcpts.core.workflow.WorkflowService;
import fr.referentcpts.persistence.workflow.JooqFollowUpRepository;
import fr.referentcpts.persistence.workflow.JooqMeetingRepository;
import fr.referentcpts.persistence.workflow.JooqSettingsRepository;
import fr.referentcpts.persistence.workflow.JooqWorkflowRepository;
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
import java.util.List;
import java.util.UUID;

/**
 * The composition root: wires the database, the repositories and the core services of one
 * data folder by hand. Opened off the FX thread; closed when the application stops.
 */
public final class AppContext implements AutoCloseable {
    private final Path dataDir;
    private final Clock clock;
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
    private final WorkflowService workflow;
    private final StageFormService stageForms;
    private final MeetingService meetings;
    private final FollowUpService followUp;
    private final SettingsService settings;
    private final AgendaService agenda;

    private AppContext(Path dataDir, Database database, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.database = database;
        this.departements = GeoFiles.loadDepartements();
        JooqTransactions transactions = new JooqTransactions(database.dsl());
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
        JooqWorkflowRepository workflowRepository = new JooqWorkflowRepository(transactions);
        JooqMeetingRepository meetingRepository = new JooqMeetingRepository(transactions);
        JooqFollowUpRepository followUpRepository = new JooqFollowUpRepository(transactions);
        JooqSettingsRepository settingsRepository = new JooqSettingsRepository(transactions);
        this.workflow = new WorkflowService(caseFileRepository, new JooqTerritoryRepository(transactions),
                new JooqPersonRepository(transactions), new JooqMissionRepository(transactions), workflowRepository,
                meetingRepository, followUpRepository, settingsRepository, new FundingEngine(rules), transactions,
                clock, UUID::randomUUID);
        this.stageForms = new StageFormService(workflowRepository, caseFileRepository, workflow, rules, transactions,
                clock);
        this.meetings = new MeetingService(meetingRepository, caseFileRepository, transactions, clock);
        this.followUp = new FollowUpService(followUpRepository, caseFileRepository, transactions, clock);
        this.settings = new SettingsService(settingsRepository, transactions);
        this.agenda = new AgendaService(workflow, settings);
        this.demo = new DemoPortfolio(new DemoPortfolio.Services(caseFiles, territories, people, missions, stageForms,
                workflow, meetings, followUp, transactions, clock));
    }

    /** Opens the data folder (locking it against a second instance) and migrates its database. */
    public static AppContext open(Path dataDir, Clock clock) {
        return new AppContext(dataDir, Database.open(dataDir), clock);
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

    /** The rules versions shipped with the application (barème, schedule, deadlines). */
    public RulesCatalog rules() {
        return rules;
    }

    public List<IndicatorTemplate> indicatorCatalog() {
        return indicatorCatalog;
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

    public SettingsService settings() {
        return settings;
    }

    /** Deadlines (« À venir », calendar export) and the home screen's figures. */
    public AgendaService agenda() {
        return agenda;
    }

    public DemoPortfolio demo() {
        return demo;
    }

    @Override
    public void close() {
        database.close();
    }
}
