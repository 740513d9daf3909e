package fr.referentcpts.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.cli.CliTestSupport;
import fr.referentcpts.testing.TestData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk (a 4 MB tmpfs, so only where the tests may mount one: Linux as root, else
 * skipped): « disque plein » is said, a case reported as created is never lost, the base still
 * opens once space is freed.
 */
@EnabledOnOs(OS.LINUX)
class FullDiskTest {
    @TempDir
    Path mountPoint;
    private boolean mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            run("umount", mountPoint.toString());
        }
    }

    @Test
    void aFullDiskIsNamedAndNothingAcknowledgedIsLost() throws Exception {
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mountPoint.toString()) == 0,
                "needs to mount a small tmpfs (root on Linux)");
        mounted = true;
        Path dataDir = mountPoint.resolve("donnees");
        CliTestSupport cli = new CliTestSupport(dataDir);
        assertEquals(0, cli.run("cases", "new", "--name", "CPTS avant", "--departement", "14"));
        Path filler = mountPoint.resolve("remplissage");
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[4096];
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // The disk is full.
        }

        List<String> acknowledged = new ArrayList<>();
        boolean refused = false;
        for (int i = 0; i < 5; i++) {
            int exit = cli.run("cases", "new", "--name", "CPTS plein " + i, "--departement", "14");
            if (exit == 0) {
                acknowledged.add("CPTS plein " + i);
            } else {
                refused = true;
                assertTrue(cli.err.toString().startsWith("Le disque est plein"), cli.err.toString());
            }
        }
        assertTrue(refused, "a full disk refuses something");

        Files.delete(filler);
        try (AppContext context = TestData.open(dataDir)) {
            List<String> names = context.caseFiles().list().stream().map(c -> c.name()).toList();
            assertTrue(names.contains("CPTS avant"), names.toString());
            assertTrue(names.containsAll(acknowledged), "acknowledged " + acknowledged + ", found " + names);
        }
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
