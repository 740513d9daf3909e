package fr.referentcpts.core.budget;

import fr.referentcpts.core.common.Keyed;

/** How far a contract's figures can be trusted, shown beside them and in the exports. */
public enum BudgetStatus implements Keyed {
    /** Every amount committed is confirmed (by a text, the cellule or the contract itself). */
    FINAL("budget.status.final"),
    /** Some amounts committed are only proposed: they are counted, and shown apart as « à confirmer ». */
    TO_CONFIRM("budget.status.toConfirm"),
    /** Lines of the envelope have no amount: their payments are missing from the amount committed. */
    INCOMPLETE("budget.status.incomplete"),
    /** Not signed yet: only the payment at the validation of the letter of intent is committed. */
    LETTER_ONLY("budget.status.letterOnly"),
    /** The calendar cannot be computed: only what was paid is known; left out of the totals. */
    NOT_COMPUTED("budget.status.notComputed");

    private final String messageKey;

    BudgetStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    /** Its figures count in the portfolio's totals. */
    public boolean counted() {
        return this != NOT_COMPUTED;
    }
}
