package fr.referentcpts.core.backup;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep: the latest of each of the {@value #DAILY} most recent days that have
 * one, then the latest of each of the {@value #WEEKLY} most recent weeks before those. A backup
 * is taken at most daily (at a clean close), so a referent who opens the application every day
 * can go back one week day by day, and a month week by week.
 */
public final class BackupRotation {
    public static final int DAILY = 7;
    public static final int WEEKLY = 4;

    private BackupRotation() {
    }

    /** The backups to delete, among {@code backups}; dates are read in {@code zone}. */
    public static List<BackupInfo> toDelete(List<BackupInfo> backups, ZoneId zone) {
        List<BackupInfo> newestFirst = backups.stream()
                .sorted(Comparator.comparing(BackupInfo::createdAt).reversed()).toList();
        Set<LocalDate> days = new LinkedHashSet<>();
        Set<String> weeks = new LinkedHashSet<>();
        List<BackupInfo> delete = new ArrayList<>();
        for (BackupInfo backup : newestFirst) {
            LocalDate day = backup.createdAt().atZone(zone).toLocalDate();
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (days.size() < DAILY && !days.contains(day)) {
                days.add(day);
                weeks.add(week);
            } else if (days.size() >= DAILY && !days.contains(day) && !weeks.contains(week)
                    && weeks.size() < weeksKept(days) + WEEKLY) {
                weeks.add(week);
            } else {
                delete.add(backup);
            }
        }
        return delete;
    }

    /** The weeks the daily backups already cover (they do not count among the weekly ones). */
    private static int weeksKept(Set<LocalDate> days) {
        return (int) days.stream().map(d -> d.get(IsoFields.WEEK_BASED_YEAR) + "-"
                + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).distinct().count();
    }
}
