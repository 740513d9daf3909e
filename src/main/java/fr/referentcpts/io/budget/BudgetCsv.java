package fr.referentcpts.io.budget;

import fr.referentcpts.core.budget.BudgetAmounts;
import fr.referentcpts.core.budget.BudgetTable;
import fr.referentcpts.core.budget.BudgetTable.Row;
import fr.referentcpts.core.budget.PortfolioBudget;
import fr.referentcpts.i18n.BudgetLabels;
import fr.referentcpts.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The budget as a CSV file a French spreadsheet opens as is: fields separated by « ; », amounts
 * with a decimal comma and no grouping (« 63333,33 »), UTF-8 with a byte order mark, lines ended
 * by CR LF. A contract without calendar has its committed amount and what remains left empty.
 */
final class BudgetCsv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String SEPARATOR = ";";
    private static final String END = "\r\n";

    private BudgetCsv() {
    }

    static byte[] render(PortfolioBudget budget, Messages messages) {
        BudgetLabels labels = new BudgetLabels(messages);
        StringBuilder text = new StringBuilder();
        line(text, header(messages));
        for (Row row : BudgetTable.rows(budget, false)) {
            BudgetAmounts a = row.amounts();
            line(text, List.of(labels.name(row), labels.stage(row), labels.status(row), labels.year(row),
                    row.computed() ? amount(a.committed()) : "", row.computed() ? amount(a.toConfirm()) : "",
                    amount(a.paid()), row.computed() ? amount(a.remaining()) : ""));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The column titles, shared with the workbook. */
    static List<String> header(Messages messages) {
        return List.of(messages.get("budget.column.case"), messages.get("budget.column.stage"),
                messages.get("budget.column.status"), messages.get("budget.column.year"),
                messages.get("budget.column.committed"), messages.get("budget.column.toConfirm"),
                messages.get("budget.column.paid"), messages.get("budget.column.remaining"));
    }

    /** « 63333,33 », « -1250,00 ». */
    static String amount(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    private static void line(StringBuilder text, List<String> fields) {
        List<String> quoted = new ArrayList<>();
        for (String field : fields) {
            quoted.add(field.contains(SEPARATOR) || field.contains("\"") || field.contains("\n")
                    || field.contains("\r") ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
        }
        text.append(String.join(SEPARATOR, quoted)).append(END);
    }
}
