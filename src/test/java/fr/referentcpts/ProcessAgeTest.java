package fr.referentcpts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class ProcessAgeTest {
    /** A /proc/self/stat line of a process named « java (x) y », started 100 000 ticks (1 000 s) after boot. */
    private static final String STAT = "4242 (java (x) y) S 1 4242 4242 0 -1 4194304 124 0 0 0 0 0 0 0 20 0 1 0 100000 "
            + "3133440 411 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0\n";

    @Test
    void theAgeIsTheUptimeMinusTheProcessStartEvenWithParenthesesInItsName() {
        assertEquals(OptionalLong.of(234_560), ProcessAge.fromProc("1234.56 999.00\n", STAT));
    }

    @Test
    void filesThatDoNotReadAsLinuxGiveNoAge() {
        assertEquals(OptionalLong.empty(), ProcessAge.fromProc("", STAT));
        assertEquals(OptionalLong.empty(), ProcessAge.fromProc("abc 1", STAT));
        assertEquals(OptionalLong.empty(), ProcessAge.fromProc("1234.56 1", "4242 java S 1"));
        assertEquals(OptionalLong.empty(), ProcessAge.fromProc("1234.56 1", "4242 (java) S 1 2 3"));
        assertEquals(OptionalLong.empty(), ProcessAge.fromProc("999.00 1", STAT)); // started after « now »
    }

    @Test
    void uptimesReadToTheMillisecondWhateverTheirDecimals() {
        assertEquals(350_735_220, ProcessAge.millisOf("350735.22"));
        assertEquals(12_000, ProcessAge.millisOf("12"));
        assertEquals(12_300, ProcessAge.millisOf("12.3"));
        assertEquals(12_345, ProcessAge.millisOf("12.3456"));
        for (String malformed : new String[] {"", ".5", "1.2.3", "-1.00", "1,50", "abc"}) {
            assertThrows(NumberFormatException.class, () -> ProcessAge.millisOf(malformed), malformed);
        }
    }

    /**
     * The startup times the window prints are not inflated by the boot time's rounding to the second
     * (up to 1 s): this process's age is close to the JVM's own uptime (the JVM starts a few
     * milliseconds after its process).
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void onLinuxTheAgeIsTheJvmsUptimeWithinAFewTicks() {
        long before = ManagementFactory.getRuntimeMXBean().getUptime();
        long age = ProcessAge.millis();
        long after = ManagementFactory.getRuntimeMXBean().getUptime();
        assertTrue(age >= before - 20, age + " ms < JVM uptime " + before + " ms");
        assertTrue(age <= after + 700, age + " ms ≫ JVM uptime " + after + " ms");
    }
}
