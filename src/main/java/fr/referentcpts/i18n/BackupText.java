package fr.referentcpts.i18n;

import fr.referentcpts.core.backup.BackupInfo;
import fr.referentcpts.core.common.FrenchFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;

/** A backup as the window and the command line show it. */
public final class BackupText {
    private BackupText() {
    }

    /** « 22/11/2026 10:30 — 47 dossier(s) — 1,2 Mo — referent-cpts-2026-11-22-103000.zip ». */
    public static String line(Messages messages, BackupInfo b, ZoneId zone) {
        return messages.get("backup.line", FrenchFormat.dateTime(b.createdAt(), zone), b.cases(),
                FrenchFormat.decimal(BigDecimal.valueOf(b.size()).divide(BigDecimal.valueOf(1024 * 1024), 1,
                        RoundingMode.HALF_UP), 1), b.name());
    }
}
