package fr.referentcpts.pdf.annex;

import fr.referentcpts.core.annex.FinancialAnnex;
import fr.referentcpts.core.annex.RulesReference;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.funding.AmountStatus;
import fr.referentcpts.core.funding.AnnualLine;
import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Payment;
import fr.referentcpts.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Annex 3: for the CPTS's own size class only, the annual envelope line by line and its
 * maximum, the payment calendar with the explanation of each amount, and the totals.
 */
final class FinanceSection {
    private FinanceSection() {
    }

    static void write(FinancialAnnex finance, RulesReference rules, Sheet sheet) {
        Messages messages = sheet.messages();
        sheet.heading(messages.get("annex.pdf.finance.title", Integer.toString(finance.sizeClass())), 60);
        sheet.paragraph(messages.get("annex.pdf.finance.intro", Integer.toString(finance.sizeClass()), rules.label()));
        sheet.paragraph(finance.signatureDateProvisional()
                ? messages.get("annex.pdf.finance.provisional", FrenchFormat.date(finance.signatureDate()),
                        FrenchFormat.date(finance.contractEnd()))
                : messages.get("annex.pdf.finance.term", FrenchFormat.date(finance.signatureDate()),
                        FrenchFormat.date(finance.contractEnd())));
        envelope(finance, sheet);
        calendar(finance, sheet);
        totals(finance, sheet);
    }

    private static void envelope(FinancialAnnex finance, Sheet sheet) {
        Messages messages = sheet.messages();
        sheet.subheading(messages.get("annex.pdf.finance.envelope"), 40);
        TableFlow table = new TableFlow(sheet, List.of(
                TableFlow.Column.left(messages.get("annex.pdf.finance.line"), PageFlow.WIDTH - 130),
                TableFlow.Column.right(messages.get("annex.pdf.finance.annualAmount"), 130)), true).start();
        for (AnnualLine line : finance.annual()) {
            table.row(List.of(sheet.labels().line(line.key()), sheet.labels().funding().amount(line)));
        }
        table.totalRow(List.of(messages.get("annex.pdf.finance.annualTotal"), FrenchFormat.amount(finance.annualTotal())));
        table.end();
        if (finance.annual().stream().anyMatch(l -> l.status() == AmountStatus.PROPOSED)) {
            sheet.note(messages.get("annex.pdf.finance.proposedNote"));
        }
        finance.annual().stream().filter(l -> l.contractAmount() != null).forEach(l -> sheet.note(messages.get(
                "annex.pdf.finance.contractNote", sheet.labels().line(l.key()), l.contractAmount().reason())));
        if (finance.annual().stream().anyMatch(l -> l.component() == Component.CONDITIONAL)) {
            sheet.note(messages.get("annex.pdf.finance.conditionalNote"));
        }
        if (!finance.missing().isEmpty()) {
            sheet.note(messages.get("annex.pdf.finance.missingNote", String.join(", ",
                    finance.missing().stream().map(sheet.labels()::line).toList())));
        }
        sheet.note(messages.get("annex.pdf.finance.variableNote"));
    }

    private static void calendar(FinancialAnnex finance, Sheet sheet) {
        Messages messages = sheet.messages();
        sheet.subheading(messages.get("annex.pdf.finance.calendar"), 50);
        TableFlow table = new TableFlow(sheet, List.of(
                TableFlow.Column.left(messages.get("annex.pdf.finance.date"), 52),
                TableFlow.Column.right(messages.get("annex.pdf.finance.year"), 32),
                TableFlow.Column.left(messages.get("annex.pdf.finance.line"), 112),
                TableFlow.Column.left(messages.get("annex.pdf.finance.kind"), 58),
                TableFlow.Column.right(messages.get("annex.pdf.finance.amount"), 72),
                TableFlow.Column.left(messages.get("annex.pdf.finance.explanation"), PageFlow.WIDTH - 326)), true)
                .start();
        for (Payment payment : finance.payments()) {
            table.row(List.of(FrenchFormat.date(payment.date()), Integer.toString(payment.contractYear()),
                    sheet.labels().line(new LineKey(payment.mission(), payment.component())),
                    messages.get(payment.kind()),
                    sheet.labels().funding().amount(payment),
                    sheet.labels().explanation(payment)));
        }
        table.totalRow(List.of("", "", messages.get("annex.pdf.finance.contractTotal"), "",
                FrenchFormat.amount(finance.contractTotal()), ""));
        table.end();
    }

    private static void totals(FinancialAnnex finance, Sheet sheet) {
        Messages messages = sheet.messages();
        sheet.subheading(messages.get("annex.pdf.finance.byContractYear"), 40);
        TableFlow byContract = new TableFlow(sheet, List.of(
                TableFlow.Column.left(messages.get("annex.pdf.finance.period"), PageFlow.WIDTH - 130),
                TableFlow.Column.right(messages.get("annex.pdf.finance.amount"), 130)), true).start();
        for (Map.Entry<Integer, BigDecimal> total : finance.totalsByContractYear().entrySet()) {
            int year = total.getKey();
            LocalDate from = finance.signatureDate().plusYears(year - 1L);
            LocalDate to = finance.signatureDate().plusYears(year).minusDays(1);
            byContract.row(List.of(year == 0 ? messages.get("annex.pdf.finance.beforeContract")
                    : messages.get("annex.pdf.finance.contractYear", Integer.toString(year), FrenchFormat.date(from),
                            FrenchFormat.date(to)), FrenchFormat.amount(total.getValue())));
        }
        byContract.totalRow(List.of(messages.get("annex.pdf.finance.contractTotal"),
                FrenchFormat.amount(finance.contractTotal())));
        byContract.end();

        sheet.subheading(messages.get("annex.pdf.finance.byCalendarYear"), 40);
        TableFlow byCalendar = new TableFlow(sheet, List.of(
                TableFlow.Column.left(messages.get("annex.pdf.finance.calendarYear"), PageFlow.WIDTH - 130),
                TableFlow.Column.right(messages.get("annex.pdf.finance.amount"), 130)), true).start();
        finance.totalsByCalendarYear().forEach((year, amount) ->
                byCalendar.row(List.of(Integer.toString(year), FrenchFormat.amount(amount))));
        byCalendar.totalRow(List.of(messages.get("annex.pdf.finance.contractTotal"),
                FrenchFormat.amount(finance.contractTotal())));
        byCalendar.end();
    }
}
