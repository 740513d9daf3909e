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
import java.util.Collection;
import java.util.HashMap;
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
        Map<UUID, TerritorySummary> summaries = territories.allSummaries();
        return assemble(caseFiles.findAll(), summaries, new Rows(
                whole ? people.allPeople() : Map.of(), missions.allMissions(),
                whole ? missions.allActions() : Map.of(), missions.allIndicators(), missions.allOverrides(),
                whole ? workflow.allPreProjects() : Map.of(), workflow.allLettersOfIntent(),
                whole ? workflow.allHealthProjects() : Map.of(), workflow.allNegotiations(),
                workflow.allContractAmounts(), contracts.allRecords(), whole ? workflow.allHistory() : Map.of(),
                meetings.allMeetings(whole), followUp.allReviews(), whole ? followUp.allPayments() : Map.of()));
    }

    /**
     * The case files {@code ids} (those deleted left out), read as {@link #readAll} reads them —
     * the same snapshots — but one query per table for these only: the home screen's figures of a
     * few dozen case files (those a new day made out of date) no longer cost a dozen queries each.
     */
    List<CaseSnapshot> readSome(Collection<UUID> ids, PortfolioRead read) {
        List<CaseFile> cases = caseFiles.findAll(ids);
        if (cases.isEmpty()) {
            return List.of();
        }
        List<UUID> found = cases.stream().map(CaseFile::id).toList();
        boolean whole = read == PortfolioRead.WHOLE;
        Map<UUID, TerritorySummary> summaries = new HashMap<>();
        territories.communes(found).forEach((id, communes) -> {
            if (!communes.isEmpty()) {
                summaries.put(id, TerritorySummary.of(communes));
            }
        });
        return assemble(cases, summaries, new Rows(
                whole ? people.people(found) : Map.of(), missions.missions(found),
                whole ? missions.actions(found) : Map.of(), missions.indicators(found), missions.overrides(found),
                whole ? workflow.preProjects(found) : Map.of(), workflow.lettersOfIntent(found),
                whole ? workflow.healthProjects(found) : Map.of(), workflow.negotiations(found),
                workflow.contractAmounts(found), contracts.records(found), whole ? workflow.history(found) : Map.of(),
                meetings.meetings(found, whole), followUp.reviews(found), whole ? followUp.payments(found) : Map.of()));
    }

    /** What a read of several case files fetched, by case. */
    private record Rows(Map<UUID, List<Person>> persons, Map<UUID, List<CaseMission>> chosen,
            Map<UUID, List<MissionAction>> actions, Map<UUID, List<Indicator>> indicators,
            Map<UUID, List<RateOverride>> overrides, Map<UUID, PreProject> preProjects,
            Map<UUID, LetterOfIntent> letters, Map<UUID, HealthProject> projects,
            Map<UUID, Negotiation> negotiations, Map<UUID, Map<LineKey, ContractAmount>> amounts,
            Map<UUID, ContractRecords> records, Map<UUID, List<HistoryEntry>> history,
            Map<UUID, List<Meeting>> meetingLogs, Map<UUID, List<AnnualReview>> reviews,
            Map<UUID, List<PaymentReceived>> payments) {
    }

    private static List<CaseSnapshot> assemble(List<CaseFile> cases, Map<UUID, TerritorySummary> summaries, Rows rows) {
        return cases.stream().map(c -> {
            UUID id = c.id();
            return new CaseSnapshot(c, Territory.summarized(summaries.getOrDefault(id, TerritorySummary.EMPTY)),
                    List.of(),
                    rows.persons().getOrDefault(id, List.of()),
                    new MissionContent(rows.chosen().getOrDefault(id, List.of()),
                            rows.actions().getOrDefault(id, List.of()), rows.indicators().getOrDefault(id, List.of()),
                            rows.overrides().getOrDefault(id, List.of())),
                    rows.preProjects().getOrDefault(id, PreProject.EMPTY),
                    rows.letters().getOrDefault(id, LetterOfIntent.EMPTY),
                    rows.projects().getOrDefault(id, HealthProject.EMPTY),
                    rows.negotiations().getOrDefault(id, Negotiation.EMPTY), rows.amounts().getOrDefault(id, Map.of()),
                    rows.meetingLogs().getOrDefault(id, List.of()), rows.history().getOrDefault(id, List.of()),
                    rows.reviews().getOrDefault(id, List.of()), rows.payments().getOrDefault(id, List.of()),
                    rows.records().getOrDefault(id, ContractRecords.EMPTY));
        }).toList();
    }
}
