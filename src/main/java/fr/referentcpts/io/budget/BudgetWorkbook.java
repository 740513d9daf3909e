package fr.referentcpts.io.budget;

import fr.referentcpts.core.budget.BudgetAmounts;
import fr.referentcpts.core.budget.BudgetTable;
import fr.referentcpts.core.budget.BudgetTable.Row;
import fr.referentcpts.core.budget.ContractBudget;
import fr.referentcpts.core.budget.PortfolioBudget;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.i18n.BudgetLabels;
import fr.referentcpts.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The budget as an Excel workbook: « Par contrat et par année » (the rows of the CSV file),
 * « Par contrat » and « Par année », each with a header row and a total row in bold, amounts as
 * numbers in euros (never text), so the CPAM's follow-up can sum and filter them.
 */
final class BudgetWorkbook {
    /** Euros with two decimals; Excel shows the grouping of the reader's locale. */
    static final String EURO_FORMAT = "#,##0.00\\ \"€\"";

    private BudgetWorkbook() {
    }

    static byte[] render(PortfolioBudget budget, Messages messages) {
        BudgetLabels labels = new BudgetLabels(messages);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            List<Row> all = BudgetTable.rows(budget, false);
            sheet(book, styles, messages.get("budget.sheet.detail"), messages, labels, all);
            List<Row> contracts = new ArrayList<>();
            for (ContractBudget contract : budget.contracts()) {
                contracts.add(new Row(BudgetTable.Kind.CONTRACT_TOTAL, contract, null, contract.total()));
            }
            contracts.add(new Row(BudgetTable.Kind.TOTAL, null, null, budget.total()));
            sheet(book, styles, messages.get("budget.sheet.contracts"), messages, labels, contracts);
            List<Row> years = new ArrayList<>();
            budget.totalsByYear().forEach((year, a) -> years.add(new Row(BudgetTable.Kind.YEAR_TOTAL, null, year, a)));
            years.add(new Row(BudgetTable.Kind.TOTAL, null, null, budget.total()));
            sheet(book, styles, messages.get("budget.sheet.years"), messages, labels, years);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new DomainException("budget.error.render", e);
        }
    }

    private static void sheet(XSSFWorkbook book, Styles styles, String name, Messages messages, BudgetLabels labels,
            List<Row> rows) {
        Sheet sheet = book.createSheet(name);
        org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
        List<String> titles = BudgetCsv.header(messages);
        for (int c = 0; c < titles.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(titles.get(c));
            cell.setCellStyle(styles.header);
        }
        int r = 1;
        for (Row row : rows) {
            boolean total = row.contract() == null;
            org.apache.poi.ss.usermodel.Row line = sheet.createRow(r++);
            text(line, 0, labels.name(row), total ? styles.boldText : null);
            text(line, 1, labels.stage(row), null);
            text(line, 2, labels.status(row), null);
            if (row.year() != null) {
                Cell year = line.createCell(3);
                year.setCellValue(row.year());
                if (total) {
                    year.setCellStyle(styles.boldText);
                }
            } else {
                text(line, 3, labels.year(row), total ? styles.boldText : null);
            }
            BudgetAmounts a = row.amounts();
            CellStyle euro = total ? styles.boldEuro : styles.euro;
            amount(line, 4, row.computed() ? a.committed() : null, euro);
            amount(line, 5, row.computed() ? a.toConfirm() : null, euro);
            amount(line, 6, a.paid(), euro);
            amount(line, 7, row.computed() ? a.remaining() : null, euro);
        }
        sheet.createFreezePane(0, 1);
        int[] widths = {34, 26, 34, 14, 16, 18, 16, 18};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static void text(org.apache.poi.ss.usermodel.Row line, int column, String value, CellStyle style) {
        Cell cell = line.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A numeric cell in euros; left blank when the amount is not known. */
    private static void amount(org.apache.poi.ss.usermodel.Row line, int column, BigDecimal value, CellStyle style) {
        Cell cell = line.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    /** The workbook's few styles, created once (a workbook holds a limited number of them). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle boldText;
        final CellStyle euro;
        final CellStyle boldEuro;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            short format = book.createDataFormat().getFormat(EURO_FORMAT);
            header = book.createCellStyle();
            header.setFont(bold);
            boldText = book.createCellStyle();
            boldText.setFont(bold);
            euro = book.createCellStyle();
            euro.setDataFormat(format);
            boldEuro = book.createCellStyle();
            boldEuro.setDataFormat(format);
            boldEuro.setFont(bold);
        }
    }
}
