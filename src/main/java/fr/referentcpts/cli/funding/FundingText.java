package fr.referentcpts.cli.funding;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.funding.AnnualLine;
import fr.referentcpts.core.funding.FundingResult;
import fr.referentcpts.core.funding.FundingWarning;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.MissionDeadline;
import fr.referentcpts.core.funding.Payment;
import fr.referentcpts.core.funding.SizeClassDecision;
import fr.referentcpts.i18n.FundingLabels;
import fr.referentcpts.i18n.Messages;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code funding --format text}: the same content as the JSON, as readable French tables. */
final class FundingText {
    private final Messages messages;
    private final PrintWriter out;
    private final FundingLabels labels;

    FundingText(Messages messages, PrintWriter out) {
        this.messages = messages;
        this.out = out;
        this.labels = new FundingLabels(messages);
    }

    void print(FundingResult result) {
        SizeClassDecision size = result.sizeClass();
        out.println(messages.get("funding.text.title", result.rules().title()));
        out.println(messages.get("funding.text.rules", result.rules().label(), FrenchFormat.date(result.rules().inForce())));
        String origin = size.populationSource().isBlank() && size.populationVintage().isBlank() ? ""
                : " (" + String.join(" ", size.populationSource(), size.populationVintage()).strip() + ")";
        out.println(messages.get("funding.text.population", FrenchFormat.integer(size.population()), origin,
                Integer.toString(size.applied().number())));
        if (size.overridden()) {
            out.println(messages.get("funding.text.override", Integer.toString(size.applied().number()),
                    Integer.toString(size.fromPopulation().number()), size.overrideReason()));
        }
        out.println(messages.get("funding.text.contract", FrenchFormat.date(result.signatureDate()),
                FrenchFormat.date(result.contractEnd())));
        out.println(result.complete() ? messages.get("funding.text.complete") : messages.get("funding.text.missing",
                result.missing().stream().map(this::label).collect(Collectors.joining(", "))));

        out.println();
        out.println(messages.get("funding.text.annual", Integer.toString(size.applied().number())));
        for (AnnualLine line : result.annual()) {
            out.printf("  %-60s %16s%n", label(line.key()), labels.amount(line));
        }
        out.printf("  %-60s %16s%n", messages.get("funding.text.annualTotal"), FrenchFormat.amount(result.annualTotal()));

        out.println();
        out.println(messages.get("funding.text.calendar"));
        String row = "  %-10s  %-5s  %-52s  %-17s  %16s  %s%n";
        out.printf(row, messages.get("funding.text.header.date"), messages.get("funding.text.header.year"),
                messages.get("funding.text.header.line"), messages.get("funding.text.header.kind"),
                messages.get("funding.text.header.amount"), messages.get("funding.text.header.explanation"));
        for (Payment p : result.payments()) {
            out.printf(row, FrenchFormat.date(p.date()), p.contractYear(), label(new LineKey(p.mission(), p.component())),
                    messages.get(p.kind()), labels.amount(p), labels.explanation(p));
        }

        out.println();
        out.println(messages.get("funding.text.byCalendarYear"));
        totals(result.totalsByCalendarYear(), String::valueOf);
        out.println(messages.get("funding.text.byContractYear"));
        totals(result.totalsByContractYear(), year -> year == 0
                ? messages.get("funding.text.beforeContract") : messages.get("funding.text.contractYear", Integer.toString(year)));
        out.printf("  %-60s %16s%n", messages.get("funding.text.contractTotal"), FrenchFormat.amount(result.contractTotal()));
        if (result.usesAmountsToConfirm()) {
            out.println(messages.get("funding.text.toConfirmNote"));
        }

        out.println();
        out.println(messages.get("funding.text.deadlines"));
        for (MissionDeadline d : result.deadlines()) {
            out.println("  " + (d.start() == null ? messages.get("funding.text.deadlineFree", messages.get(d.mission()))
                    : messages.get("funding.text.deadline", messages.get(d.mission()), FrenchFormat.date(d.start()),
                            FrenchFormat.date(d.deployed()))));
        }
        if (!result.warnings().isEmpty()) {
            out.println();
            out.println(messages.get("funding.text.warnings"));
            result.warnings().forEach(w -> out.println("  – " + warning(w)));
        }
        out.flush();
    }

    private void totals(Map<Integer, BigDecimal> totals, java.util.function.IntFunction<String> label) {
        totals.forEach((key, amount) -> out.printf("  %-60s %16s%n", label.apply(key), FrenchFormat.amount(amount)));
    }

    private String label(LineKey key) {
        return labels.line(key);
    }

    private String warning(FundingWarning warning) {
        List<Object> arguments = new ArrayList<>();
        if (warning.mission() != null) {
            arguments.add(messages.get(warning.mission()));
        }
        arguments.addAll(warning.arguments());
        return messages.get(warning.messageKey(), arguments.toArray());
    }
}
