package fr.referentcpts.cli.annex;

import fr.referentcpts.cli.CliTestSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.testing.AnnexFixtures;
import fr.referentcpts.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annex ID --out FILE.pdf [--draft]} as a referent would run it. */
class AnnexCommandTest {
    @TempDir
    Path home;
    @TempDir
    Path outDir;
    private CliTestSupport cli;
    private UUID caseId;

    @BeforeEach
    void setUp() {
        cli = new CliTestSupport(home);
        try (AppContext context = TestData.open(home)) {
            CaseFile caseFile = AnnexFixtures.caseWithContent(context, 8);
            caseId = caseFile.id();
        }
    }

    @Test
    void aFinalAnnexOfACaseNotReadyExitsWithTwoAndTheMissingItemsInFrench() {
        Path out = outDir.resolve("annexes.pdf");

        assertEquals(2, cli.run("annex", caseId.toString(), "--out", out.toString()));

        String err = cli.err.toString();
        assertTrue(err.contains("Le dossier « CPTS Caen Ouest » n’est pas prêt pour des annexes définitives."), err);
        assertTrue(err.contains("  – Numéro RNA de l’association à indiquer"), err);
        assertTrue(err.contains("  – Signataire pour la CPAM : nom et qualité à indiquer"), err);
        assertTrue(err.contains("  – Date de signature à fixer"), err);
        assertTrue(err.contains("--draft"), err);
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aDraftIsWrittenWithItsWatermarkAndNotRecorded() throws Exception {
        Path out = outDir.resolve("projet.pdf");

        assertEquals(0, cli.run("annex", caseId.toString().substring(0, 8), "--out", out.toString(), "--draft"),
                cli.err.toString());

        byte[] pdf = Files.readAllBytes(out);
        assertEquals("%PDF-", new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII));
        String stdout = cli.out.toString();
        assertTrue(stdout.contains("Projet d’annexes (filigrane « PROJET ») écrit dans " + out), stdout);
        assertTrue(stdout.contains("  – Numéro RNA de l’association à indiquer"), stdout);
        try (AppContext context = TestData.open(home)) {
            assertEquals(0, context.annexes().annexes(caseId).size());
        }
    }

    @Test
    void anAmendedContractPrintsItsSignedTermsEvenWithAnAmountTheAmendmentBrought() throws Exception {
        // The Bessin demo contract (ACI-2019) has the crisis mission's conditional part typed for it,
        // a line its amendment brought: the annexes print the terms as signed, without failing on it.
        UUID bessin;
        try (AppContext context = TestData.open(home)) {
            context.demo().load();
            bessin = context.caseFiles().list().stream().filter(c -> c.name().equals("CPTS du Bessin"))
                    .findFirst().orElseThrow().id();
        }
        Path out = outDir.resolve("bessin.pdf");

        assertEquals(0, cli.run("annex", bessin.toString(), "--out", out.toString(), "--draft"), cli.err.toString());
        assertTrue(Files.size(out) > 0);
    }

    @Test
    void theCaseIsNamedByAnUnambiguousPrefixOfAtLeastFourCharacters() {
        Path out = outDir.resolve("a.pdf");

        assertEquals(2, cli.run("annex", caseId.toString().substring(0, 3), "--out", out.toString(), "--draft"));
        assertTrue(cli.err.toString().contains("trop court : indiquez au moins 4 caractères"), cli.err.toString());

        String unknown = caseId.toString().startsWith("ffff") ? "eeee" : "ffff";
        assertEquals(2, cli.run("annex", unknown, "--out", out.toString(), "--draft"));
        assertTrue(cli.err.toString().contains("Aucun dossier dont l’identifiant commence par « " + unknown + " »."));
    }

    @Test
    void anAmbiguousPrefixNamesTheCasesItMatches() {
        java.time.Instant now = TestData.CLOCK.instant();
        CaseFile a = new CaseFile(UUID.fromString("abcd0000-0000-4000-8000-000000000001"), "CPTS A", "14", "", "",
                fr.referentcpts.core.casefile.WorkflowStage.SIGNATURE, false, now, now, 0);
        CaseFile b = new CaseFile(UUID.fromString("abcd0000-0000-4000-8000-000000000002"), "CPTS B", "14", "", "",
                fr.referentcpts.core.casefile.WorkflowStage.SIGNATURE, false, now, now, 0);

        fr.referentcpts.core.common.DomainException ambiguous = org.junit.jupiter.api.Assertions.assertThrows(
                fr.referentcpts.core.common.DomainException.class,
                () -> AnnexCommand.resolve(java.util.List.of(a, b), "ABCD0000"));

        assertEquals("annex.error.caseAmbiguous", ambiguous.messageKey());
        assertEquals(b, AnnexCommand.resolve(java.util.List.of(a, b), "abcd0000-0000-4000-8000-000000000002"));
    }
}
