package fr.referentcpts.core.agenda;

import fr.referentcpts.core.casefile.WorkflowStage;
import java.util.List;
import java.util.Map;

/**
 * The home screen's figures over the case files not archived: how many per stage, the
 * population covered by the contracts in force (and how many they are), every deadline, and the
 * ACI money due in the current calendar year ({@code year}): the calendars of the contracts in
 * force, and the payments at the validation of letters of intent (avenant 2), also given apart.
 */
public record PortfolioOverview(Map<WorkflowStage, Integer> pipeline, long populationCovered, int contractsInForce,
        List<Deadline> deadlines, int year, java.math.BigDecimal dueThisYear, java.math.BigDecimal lettersThisYear) {

    public PortfolioOverview {
        pipeline = Map.copyOf(pipeline);
        deadlines = List.copyOf(deadlines);
    }
}
