package fr.referentcpts.core.settings;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.FieldProblem;
import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.common.ValidationException;
import java.util.ArrayList;
import java.util.List;

/** The referent's settings: their name (author of the history) and the letter-decision threshold in weeks. */
public final class SettingsService {
    public static final String FIELD_NAME = "referentName";
    public static final String FIELD_WEEKS = "letterDecisionWeeks";

    private final SettingsRepository repository;
    private final Transactions transactions;

    public SettingsService(SettingsRepository repository, Transactions transactions) {
        this.repository = repository;
        this.transactions = transactions;
    }

    public WorkflowSettings get() {
        return transactions.inTransaction(repository::get);
    }

    public List<FieldProblem> check(WorkflowSettings settings) {
        List<FieldProblem> problems = new ArrayList<>();
        if (settings.referentName().length() > fr.referentcpts.core.common.Text.MAX_NAME) {
            problems.add(new FieldProblem(FIELD_NAME, "settings.error.nameTooLong", fr.referentcpts.core.common.Text.MAX_NAME));
        }
        if (settings.letterDecisionWeeks() < 1 || settings.letterDecisionWeeks() > WorkflowSettings.MAX_WEEKS) {
            problems.add(new FieldProblem(FIELD_WEEKS, "settings.error.weeks", WorkflowSettings.MAX_WEEKS));
        }
        return problems;
    }

    /** Saves the settings as last read; returns them at their new version. */
    public WorkflowSettings save(WorkflowSettings settings) {
        List<FieldProblem> problems = check(settings);
        if (!problems.isEmpty()) {
            FieldProblem first = problems.getFirst();
            throw new ValidationException(first.field(), first.messageKey(), first.arguments());
        }
        return transactions.inTransaction(() -> {
            if (!repository.save(settings)) {
                throw new DomainException("settings.error.stale");
            }
            return new WorkflowSettings(settings.referentName(), settings.letterDecisionWeeks(),
                    settings.version() + 1);
        });
    }
}
