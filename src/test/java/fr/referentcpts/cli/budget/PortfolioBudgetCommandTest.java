package fr.referentcpts.cli.budget;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.cli.CliTestSupport;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.testing.WorkflowFixture;
import fr.referentcpts.core.budget.PortfolioBudget;
import fr.referentcpts.core.common.FrenchFormat;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code portfolio budget} on 22/11/2026, a cellule of two case files: « CPTS du Bocage Virois »
 * signed 15/07/2025 (operating budget 50 000 €, fixed parts of its four missions 15 000 + 25 000
 * + 10 000 + 10 000 = 60 000 €), paid 50 000 € on 25/07/2025 and 40 000 € on 20/07/2026; « CPTS
 * du Pré-Bocage » at the health project, its letter of intent validated (15 000 €, only proposed).
 */
class PortfolioBudgetCommandTest {
    @TempDir
    static Path home;
    private static CliTestSupport cli;

    /** The cellule is only read by the command: prepared once for all the tests. */
    @BeforeAll
    static void setUp() {
        cli = new CliTestSupport(home);
        try (AppContext context = TestData.open(home)) {
            WorkflowFixture fixture = new WorkflowFixture(context);
            CaseFile signed = fixture.newCase("CPTS du Bocage Virois");
            fixture.walkTo(signed.id(), WorkflowStage.FOLLOW_UP);
            pay(context, signed.id(), LocalDate.of(2025, 7, 25), "50000.00");
            pay(context, signed.id(), LocalDate.of(2026, 7, 20), "40000.00");
            CaseFile waiting = fixture.newCase("CPTS du Pré-Bocage");
            fixture.walkTo(waiting.id(), WorkflowStage.HEALTH_PROJECT);
        }
    }

    private static void pay(AppContext context, UUID caseId, LocalDate date, String amount) {
        context.followUp().addPayment(new PaymentReceived(UUID.randomUUID(), caseId, date, new BigDecimal(amount),
                null, "Virement de la CPAM"));
    }

    /** The budget as the core computes it, for the figures no hand arithmetic gives simply. */
    private static PortfolioBudget core(Integer year) {
        try (AppContext context = TestData.open(home)) {
            return context.budget().budget(year);
        }
    }

    private static String row(String year, String committed, String toConfirm, String paid, String remaining) {
        return String.format("  %-18s%18s%20s%18s%18s", year, fr(committed), fr(toConfirm), fr(paid), fr(remaining));
    }

    /** « 95 000,00 € » written with the French spaces: narrow no-break in the figure, no-break before €. */
    private static String fr(String amount) {
        return amount.replace(" €", "\u00A0€").replace(' ', FrenchFormat.GROUPING);
    }

    private static String euros(BigDecimal amount) {
        return FrenchFormat.amount(amount);
    }

    @Test
    void theTableGivesEachContractByYearThenTheCellulesTotals() {
        BigDecimal committed2026 = core(null).contracts().stream().filter(c -> c.name().equals("CPTS du Bocage Virois"))
                .findFirst().orElseThrow().years().get(2026).committed();

        assertEquals(0, cli.run("portfolio", "budget"), cli.err.toString());

        List<String> lines = cli.out.toString().lines().toList();
        assertEquals("Budget de la cellule au 22/11/2026, toutes années (financement de l’ACI)", lines.getFirst());
        int bocage = lines.indexOf("CPTS du Bocage Virois – Suivi du contrat – Définitif");
        assertTrue(bocage > 0, cli.out.toString());
        // 2025: the operating budget at signature, 50 000, and 75 % of the fixed parts, 45 000; 50 000 paid
        assertTrue(lines.contains(row("2025", "95 000,00 €", "0,00 €", "50 000,00 €", "45 000,00 €")), cli.out.toString());
        assertTrue(lines.contains(row("2026", euros(committed2026), "0,00 €", "40 000,00 €",
                euros(committed2026.subtract(new BigDecimal("40000"))))), cli.out.toString());
        assertTrue(lines.contains("CPTS du Pré-Bocage – Projet de santé – Non signé : versement de la lettre d’intention"));
        assertTrue(lines.contains("Total de la cellule"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  Toutes années")));
        assertTrue(lines.contains("Montants à confirmer : " + fr("15 000,00 €") + " de l’engagé reposent sur des montants proposés, "
                + "qu’aucun texte ni la cellule n’a confirmés."));
    }

    @Test
    void oneYearLeavesOutTheContractsWithNothingThatYear() {
        assertEquals(0, cli.run("portfolio", "budget", "--year", "2025"), cli.err.toString());

        String out = cli.out.toString();
        assertTrue(out.startsWith("Budget de la cellule au 22/11/2026, année 2025"), out);
        assertFalse(out.contains("Pré-Bocage"), out);
        List<String> lines = out.lines().toList();
        int total = lines.indexOf("Total de la cellule");
        assertEquals(row("2025", "95 000,00 €", "0,00 €", "50 000,00 €", "45 000,00 €"), lines.get(total + 1));
    }

    @Test
    void theCsvFileIsWhatAFrenchSpreadsheetOpens() throws Exception {
        Path file = home.resolve("budget.csv");

        assertEquals(0, cli.run("portfolio", "budget", "--year", "2025", "--csv", file.toString()), cli.err.toString());

        assertTrue(cli.out.toString().contains("Budget écrit dans " + file), cli.out.toString());
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals(List.of(
                "Dossier;Étape;Statut;Année;Engagé;dont à confirmer;Versé;Reste à verser",
                "CPTS du Bocage Virois;Suivi du contrat;Définitif;2025;95000,00;0,00;50000,00;45000,00",
                "Total de la cellule;;;2025;95000,00;0,00;50000,00;45000,00"), List.of(text.split("\r\n")));
        assertTrue(text.endsWith("\r\n"));
    }

    @Test
    void theWorkbookHoldsNumbersInEurosWithAHeaderAndATotalRow() throws Exception {
        Path file = home.resolve("budget.xlsx");
        PortfolioBudget budget = core(null);

        assertEquals(0, cli.run("portfolio", "budget", "--xlsx", file.toString()), cli.err.toString());

        try (InputStream in = Files.newInputStream(file); Workbook book = new XSSFWorkbook(in)) {
            assertEquals(List.of("Par contrat et par année", "Par contrat", "Par année"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)));
            Sheet detail = book.getSheetAt(0);
            assertEquals("Engagé", detail.getRow(0).getCell(4).getStringCellValue());
            Row first2025 = find(detail, "CPTS du Bocage Virois", 2025);
            Cell committed = first2025.getCell(4);
            assertEquals(CellType.NUMERIC, committed.getCellType());
            assertEquals(95_000.00, committed.getNumericCellValue());
            assertTrue(committed.getCellStyle().getDataFormatString().contains("€"));
            assertEquals(50_000.00, first2025.getCell(6).getNumericCellValue());
            assertEquals(45_000.00, first2025.getCell(7).getNumericCellValue());

            Sheet contracts = book.getSheetAt(1);
            Row total = contracts.getRow(contracts.getLastRowNum());
            assertEquals("Total de la cellule", total.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, total.getCell(4).getCellType());
            assertEquals(budget.total().committed().doubleValue(), total.getCell(4).getNumericCellValue());
            // 50 000 + 40 000 recorded
            assertEquals(90_000.00, total.getCell(6).getNumericCellValue());
            assertEquals(15_000.00, total.getCell(5).getNumericCellValue());
        }
    }

    @Test
    void aFileThatCannotBeWrittenIsAFrenchErrorAndExitCodeTwo() {
        Path file = home.resolve("absent").resolve("budget.xlsx");

        assertEquals(2, cli.run("portfolio", "budget", "--xlsx", file.toString()));

        assertTrue(cli.err.toString().startsWith("Impossible d’écrire le fichier « " + file), cli.err.toString());
        assertFalse(Files.exists(file));
        assertEquals(2, cli.run("portfolio", "budget", "--csv", "a.csv", "--xlsx", "b.xlsx"));
        assertEquals("Choisissez un seul fichier : --csv ou --xlsx.", cli.err.toString().strip());
    }

    private static Row find(Sheet sheet, String name, int year) {
        for (Row row : sheet) {
            Cell yearCell = row.getCell(3);
            if (row.getCell(0).getStringCellValue().equals(name) && yearCell.getCellType() == CellType.NUMERIC
                    && yearCell.getNumericCellValue() == year) {
                return row;
            }
        }
        throw new AssertionError(name + " " + year);
    }
}
