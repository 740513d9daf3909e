package fr.referentcpts.core.funding;

import fr.referentcpts.core.common.Keyed;
import java.util.Locale;

/** What a payment of the calendar is. */
public enum PaymentKind implements Keyed {
    /** The whole amount at once (operating budget of year 1 at signature, the letter-of-intent payment). */
    FULL,
    /** The advance of a period (75 % of the annual amount, prorated in a partial first year). */
    ADVANCE,
    /** What remains of a period once its advance is paid, due at the period's end. */
    BALANCE,
    /** A variable part, paid at the end of the year it was earned, × the achievement rate. */
    VARIABLE,
    /** The crisis mission's conditional part, paid when the ARS recognises a serious health crisis. */
    ON_CRISIS;

    @Override
    public String messageKey() {
        return "paymentKind." + name().toLowerCase(Locale.ROOT);
    }
}
