package fr.referentcpts.core.funding;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The start and full-deployment deadlines of the chosen missions: signature + N and + M months
 * (N, M from the rules version). For a mission that did not exist yet at signature (CRISIS
 * before 3 Sept 2022), they count from the date it became available (convention).
 */
final class MissionDeadlines {
    private MissionDeadlines() {
    }

    static List<MissionDeadline> of(RulesVersion rules, LocalDate signature, List<MissionChoice> chosen) {
        return chosen.stream()
                .sorted(Comparator.comparing(MissionChoice::mission))
                .map(choice -> deadline(rules.mission(choice.mission()).orElseThrow(), signature, choice.startDate()))
                .toList();
    }

    private static MissionDeadline deadline(MissionRule rule, LocalDate signature, LocalDate start) {
        Parameter<Deadlines> deadlines = rule.deadlines();
        if (deadlines == null) {
            return new MissionDeadline(rule.mission(), null, null, rule.source(), false);
        }
        LocalDate from = rule.availableFrom() != null && rule.availableFrom().isAfter(signature)
                ? rule.availableFrom() : signature;
        LocalDate startBy = from.plusMonths(deadlines.value().startMonths());
        LocalDate deployedBy = from.plusMonths(deadlines.value().deployedMonths());
        return new MissionDeadline(rule.mission(), startBy, deployedBy, deadlines.source(), start.isAfter(startBy));
    }
}
