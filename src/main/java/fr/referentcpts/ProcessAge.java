package fr.referentcpts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * How long ago this process started, in milliseconds: the startup times the window reports
 * ({@code --exit-after-startup}, the log). {@link ProcessHandle.Info#startInstant()} adds, on Linux,
 * the boot time rounded to the second ({@code btime}): a process started 0.1 s ago could read
 * 1.03 s on one boot and 0.1 s on the next. Linux's own clocks are used instead — the system's
 * uptime ({@code /proc/uptime}, hundredths of a second) minus the process's start in clock ticks
 * since boot ({@code /proc/self/stat}, field 22) — and {@code startInstant} only elsewhere.
 */
final class ProcessAge {
    /** Clock ticks per second of {@code /proc} ({@code USER_HZ}): 100 on every Linux the app runs on. */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessAge() {
    }

    static long millis() {
        try {
            OptionalLong linux = fromProc(Files.readString(Path.of("/proc/uptime")),
                    Files.readString(Path.of("/proc/self/stat")));
            if (linux.isPresent()) {
                return linux.getAsLong();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc not mounted: the portable clock below
        }
        Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Instant.now().toEpochMilli() - start.toEpochMilli();
    }

    /**
     * The age from the two files' contents; empty if they do not read as Linux's. The process's name
     * (field 2, in parentheses) may hold spaces and parentheses: fields are counted after its last ')'.
     */
    static OptionalLong fromProc(String uptime, String stat) {
        String[] up = uptime.trim().split("\\s+");
        int nameEnd = stat.lastIndexOf(')');
        if (up.length == 0 || nameEnd < 0) {
            return OptionalLong.empty();
        }
        String[] fields = stat.substring(nameEnd + 1).trim().split("\\s+");
        // after the name: field 3 (state) is fields[0], so field 22 (starttime) is fields[19]
        if (fields.length < 20) {
            return OptionalLong.empty();
        }
        try {
            long upMillis = millisOf(up[0]);
            long startMillis = Long.parseLong(fields[19]) * 1000 / TICKS_PER_SECOND;
            return upMillis >= startMillis ? OptionalLong.of(upMillis - startMillis) : OptionalLong.empty();
        } catch (NumberFormatException | ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * « 350735.22 » seconds in milliseconds, without {@code BigDecimal}: its class initialisation
     * (≈ 3 ms cold) would come right after the first frame, before the database starts opening.
     */
    static long millisOf(String seconds) {
        int dot = seconds.indexOf('.');
        String whole = dot < 0 ? seconds : seconds.substring(0, dot);
        String fraction = dot < 0 ? "" : seconds.substring(dot + 1);
        fraction = (fraction + "000").substring(0, 3);
        if (whole.isEmpty() || !(whole + fraction).chars().allMatch(Character::isDigit)) {
            throw new NumberFormatException(seconds);
        }
        return Math.addExact(Math.multiplyExact(Long.parseLong(whole), 1000), Long.parseLong(fraction));
    }
}
