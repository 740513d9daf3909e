package fr.referentcpts.cli.amendment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.cli.CliTestSupport;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code amendment print ID N --out FILE.pdf} on the demonstration, as a referent would run it. */
class AmendmentPrintCommandTest {
    @TempDir
    static Path home;
    @TempDir
    Path outDir;
    private static String bessin;
    private final CliTestSupport cli = new CliTestSupport(home);

    @BeforeAll
    static void demo() {
        try (AppContext context = TestData.open(home)) {
            context.demo().load();
            bessin = context.caseFiles().list().stream().filter(c -> c.name().equals("CPTS du Bessin")).findFirst()
                    .map(CaseFile::id).orElseThrow().toString();
        }
    }

    @Test
    void theBessinAmendmentIsWrittenAsADraftWithWhatRemainsToConfirm() throws Exception {
        Path out = outDir.resolve("avenant-1.pdf");

        assertEquals(0, cli.run("amendment", "print", bessin.substring(0, 8), "1", "--out", out.toString()),
                cli.err.toString());

        byte[] pdf = Files.readAllBytes(out);
        assertEquals("%PDF-", new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII));
        String stdout = cli.out.toString();
        assertTrue(stdout.contains("Projet d’avenant n° 1 (filigrane « PROJET ») écrit dans " + out), stdout);
        assertTrue(stdout.contains("Montant proposé, non confirmé par un texte ni par la cellule : Fonctionnement"),
                stdout);
    }

    @Test
    void anAmendmentTheCaseDoesNotHaveIsRefusedInFrench() {
        Path out = outDir.resolve("avenant-7.pdf");

        assertEquals(2, cli.run("amendment", "print", bessin, "7", "--out", out.toString()));

        assertTrue(cli.err.toString().contains("Le dossier « CPTS du Bessin » n’a pas d’avenant n° 7."),
                cli.err.toString());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void withoutItsSubcommandTheGroupListsIt() {
        assertEquals(2, cli.run("amendment"));
        assertTrue(cli.err.toString().contains("print"), cli.err.toString());
    }
}
