package fr.referentcpts.io.budget;

import fr.referentcpts.core.budget.BudgetDocuments;
import fr.referentcpts.core.budget.BudgetFormat;
import fr.referentcpts.core.budget.PortfolioBudget;
import fr.referentcpts.i18n.Messages;

/** The budget's CSV file and Excel workbook, in French, behind the domain's port. */
public final class BudgetFiles implements BudgetDocuments {
    private final Messages messages;

    public BudgetFiles(Messages messages) {
        this.messages = messages;
    }

    @Override
    public byte[] render(PortfolioBudget budget, BudgetFormat format) {
        return switch (format) {
            case CSV -> BudgetCsv.render(budget, messages);
            case XLSX -> BudgetWorkbook.render(budget, messages);
        };
    }
}
