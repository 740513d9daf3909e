package fr.referentcpts.core.budget;

import fr.referentcpts.core.common.UserFiles;
import fr.referentcpts.core.workflow.WorkflowService;
import java.nio.file.Path;

/** The cellule's budget (the window's « Budget de la cellule », {@code portfolio budget}) and its exports. */
public final class BudgetService {
    private final WorkflowService workflow;
    private final BudgetDocuments documents;
    private final UserFiles files;

    public BudgetService(WorkflowService workflow, BudgetDocuments documents, UserFiles files) {
        this.workflow = workflow;
        this.documents = documents;
        this.files = files;
    }

    /** Every year, on today's date. */
    public PortfolioBudget budget() {
        return BudgetCalculator.of(workflow.snapshots(), workflow.engine(), workflow::recovery, workflow.today());
    }

    /** One calendar year, or every year when {@code year} is null. */
    public PortfolioBudget budget(Integer year) {
        PortfolioBudget all = budget();
        return year == null ? all : all.restrictedTo(year);
    }

    /** Writes {@code budget} to {@code file} completely or not at all (an earlier file stays intact). */
    public void export(PortfolioBudget budget, BudgetFormat format, Path file) {
        files.save(file, documents.render(budget, format));
    }
}
