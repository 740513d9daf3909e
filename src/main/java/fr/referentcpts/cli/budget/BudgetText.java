package fr.referentcpts.cli.budget;

import fr.referentcpts.core.budget.BudgetAmounts;
import fr.referentcpts.core.budget.BudgetTable;
import fr.referentcpts.core.budget.BudgetTable.Row;
import fr.referentcpts.core.budget.ContractBudget;
import fr.referentcpts.core.budget.PortfolioBudget;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.i18n.BudgetLabels;
import fr.referentcpts.i18n.Messages;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;

/** The budget as a French text table: each contract by year, then the cellule's totals, then what is flagged. */
final class BudgetText {
    private static final String ROW = "  %-18s%18s%20s%18s%18s";
    private static final String UNKNOWN = "—";

    private BudgetText() {
    }

    static void print(PortfolioBudget budget, Messages messages, PrintWriter out) {
        BudgetLabels labels = new BudgetLabels(messages);
        out.println(budget.year() == null
                ? messages.get("budget.cli.title", FrenchFormat.date(budget.today()))
                : messages.get("budget.cli.titleYear", FrenchFormat.date(budget.today()), Integer.toString(budget.year())));
        out.println(messages.get("budget.cli.legend"));
        if (budget.contracts().isEmpty()) {
            out.println();
            out.println(messages.get("budget.cli.none"));
            return;
        }
        out.println();
        out.println(String.format(ROW, messages.get("budget.column.year"), messages.get("budget.column.committed"),
                messages.get("budget.column.toConfirm"), messages.get("budget.column.paid"),
                messages.get("budget.column.remaining")).stripTrailing());
        ContractBudget current = null;
        boolean totals = false;
        for (Row row : BudgetTable.rows(budget, true)) {
            if (row.contract() != null && row.contract() != current) {
                current = row.contract();
                out.println(current.name() + " – " + labels.stage(row) + " – " + labels.status(row));
            } else if (row.contract() == null && !totals) {
                totals = true;
                out.println();
                out.println(messages.get("budget.total.cellule"));
            }
            if (row.contract() != null && row.contract().years().isEmpty()) {
                continue;
            }
            BudgetAmounts a = row.amounts();
            out.println(String.format(ROW, labels.year(row), amount(row, a.committed()), amount(row, a.toConfirm()),
                    FrenchFormat.amount(a.paid()), amount(row, a.remaining())));
        }
        out.println();
        if (budget.hasAmountsToConfirm()) {
            out.println(messages.get("budget.cli.toConfirm", FrenchFormat.amount(budget.total().toConfirm())));
        }
        List<ContractBudget> left = budget.notComputed();
        if (!left.isEmpty()) {
            out.println(messages.get("budget.cli.notComputed", left.size()));
            for (ContractBudget contract : left) {
                out.println("  " + messages.get("budget.cli.notComputedCase", contract.name(),
                        FrenchFormat.amount(contract.total().paid()), labels.status(contract)));
            }
        }
    }

    private static String amount(Row row, BigDecimal value) {
        return row.computed() ? FrenchFormat.amount(value) : UNKNOWN;
    }
}
