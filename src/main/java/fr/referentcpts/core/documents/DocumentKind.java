package fr.referentcpts.core.documents;

import fr.referentcpts.core.common.Keyed;
import java.util.Locale;

/** What an attached document is, in the life of a CPTS project. */
public enum DocumentKind implements Keyed {
    LETTER_OF_INTENT,
    HEALTH_PROJECT,
    STATUTES,
    TERRITORIAL_DIAGNOSIS,
    MEETING_MINUTES,
    SIGNED_CONTRACT,
    CONTRACT_ANNEX,
    ANNUAL_REVIEW,
    CORRESPONDENCE,
    OTHER;

    @Override
    public String messageKey() {
        return "document.kind." + name().toLowerCase(Locale.ROOT);
    }
}
