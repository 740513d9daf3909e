package fr.referentcpts.persistence.settings;

import static fr.referentcpts.persistence.generated.Tables.APP_SETTINGS;

import fr.referentcpts.core.settings.SettingsRepository;
import fr.referentcpts.core.settings.WorkflowSettings;
import fr.referentcpts.persistence.JooqTransactions;

/** The one row of {@code app_settings}, versioned. */
public final class JooqSettingsRepository implements SettingsRepository {
    private static final int ROW = 1;
    private final JooqTransactions transactions;

    public JooqSettingsRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public WorkflowSettings get() {
        return transactions.dsl().selectFrom(APP_SETTINGS).where(APP_SETTINGS.ID.eq(ROW))
                .fetchOptional(r -> new WorkflowSettings(r.getReferentName(), r.getLetterDecisionWeeks(),
                        r.getVersion()))
                .orElse(new WorkflowSettings("", WorkflowSettings.DEFAULT_WEEKS, 0));
    }

    @Override
    public boolean save(WorkflowSettings s) {
        return transactions.dsl().update(APP_SETTINGS)
                .set(APP_SETTINGS.REFERENT_NAME, s.referentName())
                .set(APP_SETTINGS.LETTER_DECISION_WEEKS, s.letterDecisionWeeks())
                .set(APP_SETTINGS.VERSION, s.version() + 1)
                .where(APP_SETTINGS.ID.eq(ROW).and(APP_SETTINGS.VERSION.eq(s.version())))
                .execute() == 1;
    }
}
