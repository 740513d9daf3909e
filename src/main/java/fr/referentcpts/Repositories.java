package fr.referentcpts;

import fr.referentcpts.core.CaseServices;
import fr.referentcpts.core.casefile.CaseFileService;
import fr.referentcpts.core.followup.FollowUpService;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.geo.DepartementCatalog;
import fr.referentcpts.core.meetings.MeetingService;
import fr.referentcpts.core.missions.MissionService;
import fr.referentcpts.core.people.PersonService;
import fr.referentcpts.core.territory.TerritoryService;
import fr.referentcpts.core.workflow.ContractService;
import fr.referentcpts.core.workflow.StageFormService;
import fr.referentcpts.core.workflow.WorkflowService;
import fr.referentcpts.persistence.JooqTransactions;
import fr.referentcpts.persistence.annex.JooqAnnexRepository;
import fr.referentcpts.persistence.casefile.JooqCaseFileRepository;
import fr.referentcpts.persistence.documents.JooqDocumentRepository;
import fr.referentcpts.persistence.followup.JooqContractRepository;
import fr.referentcpts.persistence.followup.JooqFollowUpRepository;
import fr.referentcpts.persistence.meetings.JooqMeetingRepository;
import fr.referentcpts.persistence.missions.JooqMissionRepository;
import fr.referentcpts.persistence.people.JooqPersonRepository;
import fr.referentcpts.persistence.settings.JooqSettingsRepository;
import fr.referentcpts.persistence.territory.JooqTerritoryRepository;
import fr.referentcpts.persistence.workflow.JooqWorkflowRepository;
import java.time.Clock;
import java.util.UUID;

/** The repositories of one database, built once: they hold no state, every service shares them. */
record Repositories(JooqTransactions transactions, JooqCaseFileRepository caseFiles,
        JooqTerritoryRepository territories, JooqPersonRepository people, JooqMissionRepository missions,
        JooqDocumentRepository documents, JooqAnnexRepository annexes, JooqWorkflowRepository workflow,
        JooqMeetingRepository meetings, JooqFollowUpRepository followUp, JooqContractRepository contracts,
        JooqSettingsRepository settings) {

    static Repositories of(JooqTransactions transactions) {
        return new Repositories(transactions, new JooqCaseFileRepository(transactions),
                new JooqTerritoryRepository(transactions), new JooqPersonRepository(transactions),
                new JooqMissionRepository(transactions), new JooqDocumentRepository(transactions),
                new JooqAnnexRepository(transactions), new JooqWorkflowRepository(transactions),
                new JooqMeetingRepository(transactions), new JooqFollowUpRepository(transactions),
                new JooqContractRepository(transactions), new JooqSettingsRepository(transactions));
    }

    /**
     * The services that write a case file's content and walk its workflow, on {@code clock}: the
     * application's, or the demonstration generator's clock.
     */
    CaseServices caseServices(DepartementCatalog departements, FundingEngine engine, Clock clock) {
        WorkflowService workflowService = new WorkflowService(caseFiles, territories, people, missions, workflow,
                meetings, followUp, contracts, settings, engine, transactions, clock, UUID::randomUUID);
        return new CaseServices(
                new CaseFileService(caseFiles, departements, transactions, clock, UUID::randomUUID),
                new TerritoryService(territories, caseFiles, transactions, clock),
                new PersonService(people, caseFiles, transactions, clock),
                new MissionService(missions, caseFiles, transactions, clock),
                new StageFormService(workflow, caseFiles, workflowService, engine, transactions, clock),
                workflowService, new MeetingService(meetings, caseFiles, transactions, clock),
                new FollowUpService(followUp, caseFiles, transactions, clock),
                new ContractService(contracts, caseFiles, workflowService, transactions, clock, UUID::randomUUID),
                transactions, clock);
    }
}
