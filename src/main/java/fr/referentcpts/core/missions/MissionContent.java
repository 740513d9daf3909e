package fr.referentcpts.core.missions;

import fr.referentcpts.core.funding.Mission;
import java.util.List;
import java.util.Optional;

/** Everything a case file says about its missions, read in one go. */
public record MissionContent(List<CaseMission> missions, List<MissionAction> actions, List<Indicator> indicators,
        List<RateOverride> overrides) {

    public MissionContent {
        missions = List.copyOf(missions);
        actions = List.copyOf(actions);
        indicators = List.copyOf(indicators);
        overrides = List.copyOf(overrides);
    }

    public CaseMission mission(Mission mission) {
        return missions.stream().filter(m -> m.mission() == mission).findFirst()
                .orElse(CaseMission.notChosen(mission));
    }

    public List<CaseMission> chosen() {
        return missions.stream().filter(CaseMission::chosen).toList();
    }

    public List<MissionAction> actionsOf(Mission mission) {
        return actions.stream().filter(a -> a.mission() == mission).toList();
    }

    public List<Indicator> indicatorsOf(Mission mission) {
        return indicators.stream().filter(i -> i.mission() == mission).toList();
    }

    public Optional<RateOverride> override(Mission mission, int year) {
        return overrides.stream().filter(o -> o.mission() == mission && o.contractYear() == year).findFirst();
    }

    public MissionRate rate(Mission mission, int year) {
        return Achievement.missionRate(mission, year, indicators, override(mission, year));
    }
}
