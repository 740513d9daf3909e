package fr.referentcpts.core.funding;

import fr.referentcpts.core.common.Keyed;

/**
 * How sure the rules are of a value: stated by a legal text, confirmed by the cellule against
 * the text it holds, proposed from a public source (with its confidence), or unknown.
 */
public enum RuleStatus implements Keyed {
    /** Stated by a legal text (or a convention the product adopts). */
    CONFIRMED("funding.status.confirmed", "confirmed"),
    /** Confirmed once by the cellule against the text in hand (who, when, which text). */
    CELLULE("funding.status.cellule", "cellule"),
    /** Reported by a public source, not by a legal text: usable on screen, never on a final annex. */
    PROPOSED("funding.status.proposed", "proposed"),
    /** Not known: no amount; the cellule confirms it, or the contract states its own. */
    TO_CONFIRM("funding.status.toConfirm", "à confirmer");

    private final String messageKey;
    private final String code;

    RuleStatus(String messageKey, String code) {
        this.messageKey = messageKey;
        this.code = code;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    /** As rules files write it: « confirmed », « cellule », « proposed », « à confirmer ». */
    public String code() {
        return code;
    }

    /** A value a final annex may print: stated by a text or confirmed by the cellule. */
    public boolean confirmed() {
        return this == CONFIRMED || this == CELLULE;
    }

    /** The status written {@code code} in a rules file, if any. */
    public static java.util.Optional<RuleStatus> ofCode(String code) {
        for (RuleStatus status : values()) {
            if (status.code.equals(code)) {
                return java.util.Optional.of(status);
            }
        }
        return java.util.Optional.empty();
    }
}
