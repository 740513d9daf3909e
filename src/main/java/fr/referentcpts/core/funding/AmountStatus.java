package fr.referentcpts.core.funding;

import fr.referentcpts.core.common.Keyed;

/** Where the amount of a line of a contract’s envelope comes from. */
public enum AmountStatus implements Keyed {
    /** The barème of the rules version, confirmed. */
    CONFIRMED("funding.amountStatus.confirmed"),
    /** « À confirmer » in the rules and entered by the user: must be shown as such on any annex. */
    ENTERED("funding.amountStatus.entered"),
    /** « À confirmer » and not entered: the funding is incomplete. */
    MISSING("funding.amountStatus.missing");

    private final String messageKey;

    AmountStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
