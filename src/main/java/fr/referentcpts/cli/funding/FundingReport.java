package fr.referentcpts.cli.funding;

import fr.referentcpts.core.funding.AnnualLine;
import fr.referentcpts.core.funding.FundingResult;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Money;
import fr.referentcpts.core.funding.MissionDeadline;
import fr.referentcpts.core.funding.Payment;
import fr.referentcpts.i18n.FundingLabels;
import fr.referentcpts.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON output of {@code funding}: the size class applied, the rules version, whether the
 * result is complete (and the lines missing), the annual lines and total, the payments, the
 * contract total and the mission deadlines; amounts as two-decimal strings, enums by name.
 */
final class FundingReport {
    private FundingReport() {
    }

    static Map<String, Object> json(FundingResult result, Messages messages) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("sizeClass", result.sizeClass().applied().number());
        root.put("rulesVersion", result.rules().id());
        root.put("complete", result.complete());
        root.put("missing", result.missing().stream().map(LineKey::code).toList());
        List<Map<String, Object>> annual = new ArrayList<>();
        for (AnnualLine line : result.annual()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("mission", line.mission() == null ? null : line.mission().name());
            row.put("component", line.component().name());
            row.put("amount", line.amount() == null ? null : Money.plain(line.amount()));
            row.put("status", line.status().name());
            row.put("reference", line.reference());
            annual.add(row);
        }
        root.put("annual", annual);
        root.put("annualTotal", Money.plain(result.annualTotal()));
        List<Map<String, Object>> payments = new ArrayList<>();
        for (Payment payment : result.payments()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", payment.date().toString());
            row.put("contractYear", payment.contractYear());
            row.put("mission", payment.mission() == null ? null : payment.mission().name());
            row.put("component", payment.component().name());
            row.put("kind", payment.kind().name());
            row.put("amount", Money.plain(payment.amount()));
            row.put("explanation", new FundingLabels(messages).explanation(payment));
            payments.add(row);
        }
        root.put("payments", payments);
        root.put("contractTotal", Money.plain(result.contractTotal()));
        List<Map<String, Object>> deadlines = new ArrayList<>();
        for (MissionDeadline deadline : result.deadlines()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("mission", deadline.mission().name());
            row.put("start", iso(deadline.start()));
            row.put("deployed", iso(deadline.deployed()));
            deadlines.add(row);
        }
        root.put("deadlines", deadlines);
        return root;
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
