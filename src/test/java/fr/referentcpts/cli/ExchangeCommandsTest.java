package fr.referentcpts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cases export / cases import from a script. */
class ExchangeCommandsTest {
    @TempDir
    Path home;
    @TempDir
    Path colleague;
    @TempDir
    Path files;

    @Test
    void exportedCasesImportIntoAnotherFolderAfterADryRun() {
        CliTestSupport cli = new CliTestSupport(home);
        cli.run("demo", "load");
        cli.run("cases", "list", "--all", "--json");
        int count = cli.out.toString().split("\"id\"", -1).length - 1;
        Path file = files.resolve("portefeuille.cpts");

        assertEquals(0, cli.run("cases", "export", "--all", "--out", file.toString()));
        assertEquals(count + " dossier(s) exporté(s) dans " + file + ".", cli.out.toString().strip());
        assertTrue(Files.isRegularFile(file));

        assertEquals(0, cli.run("cases", "import", file.toString(), "--dry-run", "--data-dir", colleague.toString()));
        assertTrue(cli.out.toString().contains("Nouveau dossier : CPTS Caen Ouest"), cli.out.toString());
        assertTrue(cli.out.toString().contains("Simulation : rien n’a été écrit."));
        cli.run("cases", "list", "--json", "--data-dir", colleague.toString());
        assertEquals("[ ]", cli.out.toString().strip());

        assertEquals(0, cli.run("cases", "import", file.toString(), "--data-dir", colleague.toString()));
        assertTrue(cli.out.toString().contains(count + " dossier(s) importé(s)."));
        cli.run("cases", "list", "--data-dir", colleague.toString());
        assertTrue(cli.out.toString().contains("CPTS du Bocage Virois"));
    }

    @Test
    void aDamagedFileExitsWithCodeTwoAndAFrenchMessage() throws Exception {
        CliTestSupport cli = new CliTestSupport(home);
        Path file = files.resolve("abime.cpts");
        Files.writeString(file, "PK\u0003\u0004 pas vraiment un zip");

        assertEquals(2, cli.run("cases", "import", file.toString()));
        assertTrue(cli.err.toString().contains("endommagé ou tronqué") || cli.err.toString().contains("n’est pas un fichier"),
                cli.err.toString());
    }

    @Test
    void anUnknownIdIsRefused() {
        CliTestSupport cli = new CliTestSupport(home);
        assertEquals(2, cli.run("cases", "export", "abcd", "--out", files.resolve("x.cpts").toString()));
        assertEquals("Ce dossier n’existe plus (il a peut-être été supprimé).", cli.err.toString().strip());
        assertEquals(2, cli.run("cases", "export", "--out", files.resolve("x.cpts").toString()));
        assertEquals("Indiquez au moins un identifiant de dossier, ou --all.", cli.err.toString().strip());
    }
}
