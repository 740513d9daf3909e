package fr.referentcpts.core.budget;

import java.util.ArrayList;
import java.util.List;

/**
 * The budget as the rows of one table, the same for the window, the CSV file and the workbook:
 * each contract year by year (then its total when it spans several years), then the cellule's
 * total of each year (when there are several), then its total over the years shown.
 */
public final class BudgetTable {
    /** What a row sums. */
    public enum Kind {
        CONTRACT_YEAR, CONTRACT_TOTAL, YEAR_TOTAL, TOTAL
    }

    /**
     * One row.
     *
     * @param contract null for the cellule's totals
     * @param year     null for a total over the years shown (unless one year only is shown)
     */
    public record Row(Kind kind, ContractBudget contract, Integer year, BudgetAmounts amounts) {
        /** Its committed amount (and what remains) is known: false for a contract without calendar. */
        public boolean computed() {
            return contract == null || contract.status().counted();
        }
    }

    private BudgetTable() {
    }

    /** Every row; {@code contractTotals}: a total row after each contract spanning several years. */
    public static List<Row> rows(PortfolioBudget budget, boolean contractTotals) {
        List<Row> rows = new ArrayList<>();
        for (ContractBudget contract : budget.contracts()) {
            if (contract.years().isEmpty()) {
                rows.add(new Row(Kind.CONTRACT_TOTAL, contract, null, BudgetAmounts.ZERO));
            }
            contract.years().forEach((year, amounts) -> rows.add(new Row(Kind.CONTRACT_YEAR, contract, year, amounts)));
            if (contractTotals && contract.years().size() > 1) {
                rows.add(new Row(Kind.CONTRACT_TOTAL, contract, null, contract.total()));
            }
        }
        if (budget.totalsByYear().size() > 1) {
            budget.totalsByYear().forEach((year, amounts) -> rows.add(new Row(Kind.YEAR_TOTAL, null, year, amounts)));
        }
        rows.add(new Row(Kind.TOTAL, null, budget.year(), budget.total()));
        return rows;
    }
}
