package fr.referentcpts.ui.funding;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.funding.AnnualLine;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Payment;
import fr.referentcpts.i18n.FundingLabels;
import fr.referentcpts.i18n.Messages;
import java.math.BigDecimal;

/** The rows of the « Financement » tables, as French text. */
public final class FundingRows {
    private FundingRows() {
    }

    /** One line of the annual envelope. */
    public record AnnualRow(String line, String amount, String status, String reference) {
    }

    /** One payment of the calendar, with its explanation and the rule it applies. */
    public record PaymentRow(String date, String year, String line, String kind, String amount, String explanation,
            String reference) {
    }

    /** A total per calendar year or per contract year. */
    public record TotalRow(String period, String amount) {
    }

    /** Per contract year, what the chart stacks: operating, fixed (incl. SNP orientation), variable (incl. SNP compensation). */
    public record YearBars(int contractYear, BigDecimal operating, BigDecimal fixed, BigDecimal variable) {
    }

    static String line(LineKey key, Messages messages) {
        String component = messages.get(key.component());
        return key.mission() == null ? component : messages.get(key.mission()) + " – " + component;
    }

    static AnnualRow annual(AnnualLine l, Messages messages) {
        FundingLabels labels = new FundingLabels(messages);
        return new AnnualRow(labels.line(l.key()), labels.amount(l), labels.origin(l), l.reference());
    }

    static PaymentRow payment(Payment p, String reference, Messages messages) {
        FundingLabels labels = new FundingLabels(messages);
        return new PaymentRow(FrenchFormat.date(p.date()), String.valueOf(p.contractYear()),
                labels.line(new LineKey(p.mission(), p.component())), messages.get(p.kind()),
                labels.amount(p), labels.explanation(p), reference);
    }
}
