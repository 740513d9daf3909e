package fr.referentcpts.core;

import fr.referentcpts.core.casefile.CaseFileService;
import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.followup.FollowUpService;
import fr.referentcpts.core.meetings.MeetingService;
import fr.referentcpts.core.missions.MissionService;
import fr.referentcpts.core.people.PersonService;
import fr.referentcpts.core.territory.TerritoryService;
import fr.referentcpts.core.workflow.ContractService;
import fr.referentcpts.core.workflow.StageFormService;
import fr.referentcpts.core.workflow.WorkflowService;
import java.time.Clock;

/**
 * The services that write a case file's content and walk its workflow, all on one clock: built
 * once by the composition root for the application, and once more on its own clock for the
 * demonstration generator.
 */
public record CaseServices(CaseFileService caseFiles, TerritoryService territories, PersonService people,
        MissionService missions, StageFormService forms, WorkflowService workflow, MeetingService meetings,
        FollowUpService followUp, ContractService contracts, Transactions transactions, Clock clock) {
}
