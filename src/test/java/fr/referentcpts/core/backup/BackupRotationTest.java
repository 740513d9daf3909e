package fr.referentcpts.core.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 7 daily backups, then 4 weekly ones. */
class BackupRotationTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void sixtyDailyBackupsKeepTheLastSevenDaysAndFourWeeksBefore() {
        List<BackupInfo> backups = new ArrayList<>();
        LocalDate last = LocalDate.of(2026, 11, 22); // a Sunday
        for (int i = 0; i < 60; i++) {
            backups.add(backup(last.minusDays(i), 18));
        }

        List<BackupInfo> deleted = BackupRotation.toDelete(backups, PARIS);

        List<LocalDate> kept = backups.stream().filter(b -> !deleted.contains(b))
                .map(b -> b.createdAt().atZone(PARIS).toLocalDate()).toList();
        // 16 → 22 November (one ISO week, Monday to Sunday), then the Sunday of each of the 4 weeks before.
        assertEquals(List.of(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 17),
                LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 8),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 10, 25)), kept);
    }

    @Test
    void twoBackupsOfOneDayKeepTheLater() {
        BackupInfo morning = backup(LocalDate.of(2026, 11, 22), 9);
        BackupInfo evening = backup(LocalDate.of(2026, 11, 22), 18);

        assertEquals(List.of(morning), BackupRotation.toDelete(List.of(morning, evening), PARIS));
    }

    private static BackupInfo backup(LocalDate day, int hour) {
        Instant at = day.atTime(hour, 0).atZone(PARIS).toInstant();
        return new BackupInfo("referent-cpts-" + day + "-" + hour + ".zip", at, 10, 1000);
    }
}
