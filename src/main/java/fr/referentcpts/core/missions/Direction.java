package fr.referentcpts.core.missions;

import fr.referentcpts.core.common.Keyed;
import java.util.Locale;

/** How an indicator's measured value compares with its target. */
public enum Direction implements Keyed {
    /** The more the better: rate = measured / target. */
    HIGHER_IS_BETTER,
    /** The less the better (waiting time…): rate = target / measured. */
    LOWER_IS_BETTER,
    /** Done or not (a protocol signed…): 0 or 1, any non-zero measure counts as done. */
    YES_NO;

    @Override
    public String messageKey() {
        return "indicator.direction." + name().toLowerCase(Locale.ROOT);
    }
}
