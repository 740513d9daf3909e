package fr.referentcpts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.testing.TestData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An older copy of a case never silently replaces the newer one. */
class OlderImportCommandTest {
    @TempDir
    Path home;
    @TempDir
    Path files;
    private Path oldCopy;
    private UUID caseId;

    @BeforeEach
    void anOldCopyAndANewerCase() {
        oldCopy = files.resolve("copie-2020.cpts");
        try (AppContext context = AppContext.open(home, Clock.fixed(Instant.parse("2020-03-01T10:00:00Z"),
                TestData.PARIS))) {
            CaseFile c = context.caseFiles().create(new CaseIdentity("CPTS du Bocage", "14", "", ""));
            caseId = c.id();
            context.territories().add(caseId, List.of(commune("14762"), commune("14658")));
        }
        assertEquals(0, new CliTestSupport(home).run("cases", "export", caseId.toString(), "--out", oldCopy.toString()));
        try (AppContext context = AppContext.open(home, Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"),
                TestData.PARIS))) {
            context.territories().add(caseId, List.of(commune("14061"), commune("14027"), commune("14342")));
            context.followUp().addPayment(new PaymentReceived(UUID.randomUUID(), caseId, LocalDate.of(2026, 5, 1),
                    new BigDecimal("11250.00"), null, ""));
        }
    }

    @Test
    void anOlderFileIsRefusedNamingWhatWouldBeLost() {
        CliTestSupport cli = new CliTestSupport(home);

        assertEquals(2, cli.run("cases", "import", oldCopy.toString()));

        String out = cli.out.toString();
        assertTrue(out.contains("Version plus ancienne : le fichier date du 01/03/2020"), out);
        assertTrue(out.contains("Disparaîtraient : 3 × Commune, 1 × Versement reçu."), out);
        assertTrue(cli.err.toString().contains("--replace-newer"), cli.err.toString());
        try (AppContext context = TestData.open(home)) {
            assertEquals(5, context.territories().territory(caseId).communes().size(), "nothing replaced");
            assertEquals(1, context.followUp().payments(caseId).size());
        }
    }

    @Test
    void theDryRunSaysItAndReplaceNewerReplaces() {
        CliTestSupport cli = new CliTestSupport(home);
        assertEquals(0, cli.run("cases", "import", oldCopy.toString(), "--dry-run"));
        assertTrue(cli.out.toString().contains("Disparaîtraient : 3 × Commune, 1 × Versement reçu."), cli.out.toString());

        assertEquals(0, cli.run("cases", "import", oldCopy.toString(), "--replace-newer"));

        try (AppContext context = TestData.open(home)) {
            assertEquals(2, context.territories().territory(caseId).communes().size());
            assertEquals(0, context.followUp().payments(caseId).size());
        }
    }

    private static TerritoryCommune commune(String insee) {
        return new TerritoryCommune(insee, "Commune " + insee, "14", 1_000, "INSEE", "2023", "");
    }
}
