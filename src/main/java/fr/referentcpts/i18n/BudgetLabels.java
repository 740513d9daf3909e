package fr.referentcpts.i18n;

import fr.referentcpts.core.budget.BudgetTable;
import fr.referentcpts.core.budget.BudgetTable.Row;
import fr.referentcpts.core.budget.BudgetStatus;
import fr.referentcpts.core.budget.ContractBudget;

/**
 * How the window, the command line and the exported files name a row of the budget, so the three
 * say the same thing: « CPTS du Bocage », « 2026 » or « Toutes années », « Montants à confirmer »,
 * « Non calculable : … ».
 */
public final class BudgetLabels {
    private final Messages messages;

    public BudgetLabels(Messages messages) {
        this.messages = messages;
    }

    /** The contract's name, or « Total de la cellule ». */
    public String name(Row row) {
        return row.contract() == null ? messages.get("budget.total.cellule") : row.contract().name();
    }

    /** The stage of the contract's case file (empty for a total). */
    public String stage(Row row) {
        return row.contract() == null ? "" : messages.get(row.contract().stage());
    }

    /** The year, « Total du contrat » or « Toutes années ». */
    public String year(Row row) {
        if (row.year() != null) {
            return Integer.toString(row.year());
        }
        return row.kind() == BudgetTable.Kind.CONTRACT_TOTAL && !row.contract().years().isEmpty()
                ? messages.get("budget.total.contract") : messages.get("budget.total.allYears");
    }

    /** The contract's status, with the reason its calendar cannot be computed (empty for a total). */
    public String status(Row row) {
        return row.contract() == null ? "" : status(row.contract());
    }

    public String status(ContractBudget contract) {
        if (contract.status() == BudgetStatus.NOT_COMPUTED && contract.problem() != null) {
            return messages.get("budget.status.notComputedBecause", messages.get(contract.problem()));
        }
        return messages.get(contract.status());
    }
}
