package fr.referentcpts.ui.annex;

import fr.referentcpts.core.annex.AnnexCheck;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.i18n.Messages;
import java.time.ZoneId;

/** An earlier final annex as the list shows it, with the result of re-checking its SHA-256. */
public record AnnexRow(AnnexCheck check, String generated, String rules, String pages, String documentId,
        String sha256, String verdict) {

    public static AnnexRow of(AnnexCheck check, Messages messages, ZoneId zone) {
        var annex = check.annex();
        return new AnnexRow(check, FrenchFormat.dateTime(annex.generatedAt(), zone), annex.rulesVersion(),
                Integer.toString(annex.pageCount()), annex.documentId(), annex.sha256().substring(0, 16) + "…",
                check.intact() ? messages.get("annex.ui.intact") : messages.get("annex.ui.altered"));
    }

    public boolean intact() {
        return check.intact();
    }
}
