package fr.referentcpts.core.missions;

import fr.referentcpts.core.funding.Mission;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Port: the missions of case files with their actions, indicators and rate overrides. */
public interface MissionRepository {
    List<CaseMission> missions(UUID caseId);

    /** Every case file's missions, actions, indicators and overrides, by case (one query each). */
    Map<UUID, List<CaseMission>> allMissions();

    Map<UUID, List<MissionAction>> allActions();

    Map<UUID, List<Indicator>> allIndicators();

    Map<UUID, List<RateOverride>> allOverrides();

    /** The same, for the case files {@code caseIds} only: each list as the method for one case gives it. */
    Map<UUID, List<CaseMission>> missions(Collection<UUID> caseIds);

    Map<UUID, List<MissionAction>> actions(Collection<UUID> caseIds);

    Map<UUID, List<Indicator>> indicators(Collection<UUID> caseIds);

    Map<UUID, List<RateOverride>> overrides(Collection<UUID> caseIds);

    void saveMission(UUID caseId, CaseMission mission);

    List<MissionAction> actions(UUID caseId);

    void saveAction(MissionAction action);

    void deleteAction(UUID actionId);

    List<Indicator> indicators(UUID caseId);

    /** Inserts or updates an indicator with its yearly targets and measured values. */
    void saveIndicator(Indicator indicator);

    void deleteIndicator(UUID indicatorId);

    List<RateOverride> overrides(UUID caseId);

    void saveOverride(UUID caseId, RateOverride override);

    void deleteOverride(UUID caseId, Mission mission, int contractYear);
}
