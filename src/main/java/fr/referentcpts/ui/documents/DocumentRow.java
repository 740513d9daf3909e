package fr.referentcpts.ui.documents;

import fr.referentcpts.core.annex.Annex;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.documents.CaseDocument;
import fr.referentcpts.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One line of the « Documents » table: a file the referent attached ({@code document}), or a
 * final annex the application generated and recorded ({@code annex}), kept for ever so that it
 * can be re-verified and therefore never removed from here.
 */
public record DocumentRow(CaseDocument document, Annex annex, String kind, String fileName, String date,
        String size, String note, String added) {

    public static DocumentRow of(CaseDocument d, Messages messages, ZoneId zone) {
        return new DocumentRow(d, null, messages.get(d.kind()), d.fileName(), FrenchFormat.date(d.documentDate()),
                size(d.size(), messages), d.note(), FrenchFormat.dateTime(d.addedAt(), zone));
    }

    /** A final annex: « Annexes au contrat (définitives) », its rules version and the start of its SHA-256. */
    public static DocumentRow of(Annex a, Messages messages, ZoneId zone) {
        return new DocumentRow(null, a, messages.get("document.kind.finalAnnex"),
                messages.get("annex.ui.fileFinal", a.documentId()),
                FrenchFormat.date(LocalDate.ofInstant(a.generatedAt(), zone)), size(a.size(), messages),
                messages.get("document.finalAnnex.note", a.rulesVersion(), a.sha256().substring(0, 12)),
                FrenchFormat.dateTime(a.generatedAt(), zone));
    }

    /** Attached files can be removed; recorded annexes cannot. */
    public boolean removable() {
        return document != null;
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
