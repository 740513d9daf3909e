package fr.referentcpts.core.workflow;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseFileRepository;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.followup.AnnualReview;
import fr.referentcpts.core.followup.ContractRecords;
import fr.referentcpts.core.followup.ContractRepository;
import fr.referentcpts.core.followup.FollowUpRepository;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.funding.ContractAmount;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingRepository;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.missions.MissionRepository;
import fr.referentcpts.core.missions.RateOverride;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonRepository;
import fr.referentcpts.core.territory.Territory;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.core.territory.TerritoryRepository;
import fr.referentcpts.core.territory.TerritorySummary;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads what the workflow needs of case files: one case at a time, whole; or the whole portfolio
 * at once (one query per table) for the home screen and the budget, which need of a territory
 * only its summary and nothing of overlaps: their snapshots have a summarized territory
 * ({@link Territory#summarized}) and no overlaps, and are otherwise the same — but for what the
 * home screen's read leaves out ({@link PortfolioRead#HOME}).
 */
final class CaseSnapshotReader {
    private final CaseFileRepository caseFiles;
    private final TerritoryRepository territories;
    private final PersonRepository people;
    private final MissionRepository missions;
    private final WorkflowRepository workflow;
    private final MeetingRepository meetings;
    private final FollowUpRepository followUp;
    private final ContractRepository contracts;

    CaseSnapshotReader(CaseFileRepository caseFiles, TerritoryRepository territories, PersonRepository people,
            MissionRepository missions, WorkflowRepository workflow, MeetingRepository meetings,
            FollowUpRepository followUp, ContractRepository contracts) {
        this.caseFiles = caseFiles;
        this.territories = territories;
        this.people = people;
        this.missions = missions;
        this.workflow = workflow;
        this.meetings = meetings;
        this.followUp = followUp;
        this.contracts = contracts;
    }

    /** One case file (inside the caller's transaction). */
    CaseSnapshot read(CaseFile caseFile) {
        UUID id = caseFile.id();
        List<TerritoryCommune> communes = territories.communes(id);
        return new CaseSnapshot(caseFile, new Territory(communes),
                caseFile.stage() == WorkflowStage.ABANDONED ? List.of()
                        : territories.overlaps(id, communes.stream().map(TerritoryCommune::inseeCode).toList()),
                people.people(id),
                new MissionContent(missions.missions(id), missions.actions(id), missions.indicators(id),
                        missions.overrides(id)),
                workflow.preProject(id).orElse(PreProject.EMPTY),
                workflow.letterOfIntent(id).orElse(LetterOfIntent.EMPTY),
                workflow.healthProject(id).orElse(HealthProject.EMPTY),
                workflow.negotiation(id).orElse(Negotiation.EMPTY),
                workflow.contractAmounts(id), meetings.meetings(id), workflow.history(id), followUp.reviews(id),
                followUp.payments(id), contracts.records(id));
    }

    /**
     * Every case file, one query per table, territories summarized, no overlaps, the parts
     * {@code read} leaves out empty (inside the caller's transaction).
     */
    List<CaseSnapshot> readAll(PortfolioRead read) {
        boolean whole = read == PortfolioRead.WHOLE;
        List<CaseFile> all = caseFiles.findAll();
        Map<UUID, TerritorySummary> summaries = territories.allSummaries();
        Map<UUID, List<Person>> persons = whole ? people.allPeople() : Map.of();
        Map<UUID, List<CaseMission>> chosen = missions.allMissions();
        Map<UUID, List<MissionAction>> actions = whole ? missions.allActions() : Map.of();
        Map<UUID, List<Indicator>> indicators = missions.allIndicators();
        Map<UUID, List<RateOverride>> overrides = missions.allOverrides();
        Map<UUID, PreProject> preProjects = whole ? workflow.allPreProjects() : Map.of();
        Map<UUID, LetterOfIntent> letters = workflow.allLettersOfIntent();
        Map<UUID, HealthProject> projects = whole ? workflow.allHealthProjects() : Map.of();
        Map<UUID, Negotiation> negotiations = workflow.allNegotiations();
        Map<UUID, Map<LineKey, ContractAmount>> amounts = workflow.allContractAmounts();
        Map<UUID, ContractRecords> records = contracts.allRecords();
        Map<UUID, List<HistoryEntry>> history = whole ? workflow.allHistory() : Map.of();
        Map<UUID, List<Meeting>> meetingLogs = meetings.allMeetings(whole);
        Map<UUID, List<AnnualReview>> reviews = followUp.allReviews();
        Map<UUID, List<PaymentReceived>> payments = whole ? followUp.allPayments() : Map.of();
        return all.stream().map(c -> {
            UUID id = c.id();
            return new CaseSnapshot(c, Territory.summarized(summaries.getOrDefault(id, TerritorySummary.EMPTY)),
                    List.of(),
                    persons.getOrDefault(id, List.of()),
                    new MissionContent(chosen.getOrDefault(id, List.of()), actions.getOrDefault(id, List.of()),
                            indicators.getOrDefault(id, List.of()), overrides.getOrDefault(id, List.of())),
                    preProjects.getOrDefault(id, PreProject.EMPTY), letters.getOrDefault(id, LetterOfIntent.EMPTY),
                    projects.getOrDefault(id, HealthProject.EMPTY),
                    negotiations.getOrDefault(id, Negotiation.EMPTY), amounts.getOrDefault(id, Map.of()),
                    meetingLogs.getOrDefault(id, List.of()), history.getOrDefault(id, List.of()),
                    reviews.getOrDefault(id, List.of()), payments.getOrDefault(id, List.of()),
                    records.getOrDefault(id, ContractRecords.EMPTY));
        }).toList();
    }
}
