package fr.referentcpts.core.funding;

import fr.referentcpts.core.common.Keyed;

/** Whether a value of the rules is confirmed by a text we hold, or reported and still to confirm. */
public enum RuleStatus implements Keyed {
    /** Stated by a text or a brochure we hold (or a convention the product adopts). */
    CONFIRMED("funding.status.confirmed"),
    /** Reported but not in any source we hold: no amount, the user may enter one. */
    TO_CONFIRM("funding.status.toConfirm");

    private final String messageKey;

    RuleStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
