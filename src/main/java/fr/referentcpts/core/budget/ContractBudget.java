package fr.referentcpts.core.budget;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.workflow.Phrase;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The budget of one case's contract, by calendar year: only the years where something is
 * committed or paid.
 *
 * @param problem why the calendar cannot be computed ({@link BudgetStatus#NOT_COMPUTED}), else null
 */
public record ContractBudget(UUID caseId, String name, WorkflowStage stage, BudgetStatus status, Phrase problem,
        SortedMap<Integer, BudgetAmounts> years) {

    public ContractBudget {
        years = Collections.unmodifiableSortedMap(new TreeMap<>(years));
    }

    /** Over every year shown. */
    public BudgetAmounts total() {
        return years.values().stream().reduce(BudgetAmounts.ZERO, BudgetAmounts::plus);
    }

    /** The same contract restricted to {@code year} (nothing when it has nothing that year). */
    ContractBudget restrictedTo(int year) {
        TreeMap<Integer, BudgetAmounts> only = new TreeMap<>();
        if (years.containsKey(year)) {
            only.put(year, years.get(year));
        }
        return new ContractBudget(caseId, name, stage, status, problem, only);
    }
}
