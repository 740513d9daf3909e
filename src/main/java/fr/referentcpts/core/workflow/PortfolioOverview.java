package fr.referentcpts.core.workflow;

import fr.referentcpts.core.casefile.Stage;
import java.util.List;
import java.util.Map;

/**
 * The home screen's figures over the case files not archived: how many per stage, the
 * population covered by the contracts in force (and how many they are), and every deadline.
 */
public record PortfolioOverview(Map<Stage, Integer> pipeline, long populationCovered, int contractsInForce,
        List<Deadline> deadlines) {

    public PortfolioOverview {
        pipeline = Map.copyOf(pipeline);
        deadlines = List.copyOf(deadlines);
    }
}
