package fr.referentcpts.ui.documents;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.documents.CaseDocument;
import fr.referentcpts.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;

/** One attached document as the table shows it. */
public record DocumentRow(CaseDocument document, String kind, String date, String size, String added) {

    public static DocumentRow of(CaseDocument d, Messages messages, ZoneId zone) {
        return new DocumentRow(d, messages.get(d.kind()), FrenchFormat.date(d.documentDate()), size(d.size(), messages),
                FrenchFormat.dateTime(d.addedAt(), zone));
    }

    /** « 12 Ko », « 3,4 Mo ». */
    static String size(long bytes, Messages messages) {
        if (bytes < 1024 * 1024) {
            return messages.get("document.size.kb", FrenchFormat.integer(Math.max(1, (bytes + 1023) / 1024)));
        }
        BigDecimal mb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP);
        return messages.get("document.size.mb", FrenchFormat.decimal(mb, 1));
    }
}
