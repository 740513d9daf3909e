package fr.referentcpts.core.agenda;

import fr.referentcpts.core.casefile.WorkflowStage;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What one case file adds to the home screen's figures ({@link PortfolioOverview}): its stage
 * (none when archived), the population of its contract in force (0 when none), the ACI money due
 * in the year from its contract in force and from its validated letter of intent, and its
 * deadlines. Depends only on the case's own data, the settings, the rules and today, so the
 * figures of a portfolio are the sum of those of its case files.
 */
public record CaseAgenda(UUID caseId, WorkflowStage stage, boolean archived, long population, boolean inForce,
        BigDecimal due, BigDecimal letters, List<Deadline> deadlines) {

    public CaseAgenda {
        deadlines = List.copyOf(deadlines);
    }
}
