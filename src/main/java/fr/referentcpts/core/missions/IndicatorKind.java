package fr.referentcpts.core.missions;

import fr.referentcpts.core.common.Keyed;
import java.util.Locale;

/** Indicator of means deployed or of results obtained (the variable part pays on both). */
public enum IndicatorKind implements Keyed {
    MEANS,
    RESULTS;

    @Override
    public String messageKey() {
        return "indicator.kind." + name().toLowerCase(Locale.ROOT);
    }
}
