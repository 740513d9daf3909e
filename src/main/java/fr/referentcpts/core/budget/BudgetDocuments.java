package fr.referentcpts.core.budget;

/** Port: the budget laid out as a file's content, in French (implemented outside the domain). */
public interface BudgetDocuments {
    byte[] render(PortfolioBudget budget, BudgetFormat format);
}
