package fr.referentcpts.core.funding;

import fr.referentcpts.core.common.Keyed;

/** Where the amount of a line of a contract's envelope comes from, and whether a final annex may print it. */
public enum AmountStatus implements Keyed {
    /** The barème of the rules version, stated by a legal text. */
    CONFIRMED("funding.amountStatus.confirmed"),
    /** The barème of a version the cellule confirmed against the text it holds. */
    CELLULE("funding.amountStatus.cellule"),
    /** An amount stated by this contract itself, entered with who and why: it counts as confirmed for it. */
    CONTRACT("funding.amountStatus.contract"),
    /** A proposed amount of the barème (public source, not a legal text): computed, but only on a draft. */
    PROPOSED("funding.amountStatus.proposed"),
    /** Unknown and not entered: the funding is incomplete. */
    MISSING("funding.amountStatus.missing");

    private final String messageKey;

    AmountStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    /** A final annex may print it. */
    public boolean finalCapable() {
        return this == CONFIRMED || this == CELLULE || this == CONTRACT;
    }

    static AmountStatus of(RuleStatus status) {
        return switch (status) {
            case CONFIRMED -> CONFIRMED;
            case CELLULE -> CELLULE;
            case PROPOSED -> PROPOSED;
            case TO_CONFIRM -> MISSING;
        };
    }
}
