package fr.referentcpts.ui.missions;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.i18n.IndicatorLabels;
import fr.referentcpts.i18n.Messages;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One indicator with its targets and measures per contract year, and its terms (« 50 et moins →
 * 9 000 € ; … » or « 2 000 € »; empty when the contract states no amount), as French text; the
 * details repeat them in full under the table with the source of the data.
 */
public record IndicatorRow(Indicator indicator, String label, String kind, String targets, String measured,
        String weight, String terms, String details) {

    public static IndicatorRow of(Indicator i, Messages messages) {
        String terms = new IndicatorLabels(messages).terms(i.direction(), i.unit(), i.amount(), i.tiers());
        String label = i.unit().isEmpty() ? i.label() : i.label() + " (" + i.unit() + ")";
        String details = String.join(" — ", java.util.stream.Stream.of(
                messages.get("missions.indicator.selectedTerms", label, terms.isEmpty()
                        ? messages.get("missions.indicator.noTerms") : terms),
                i.dataSource().isEmpty() ? "" : messages.get("missions.indicator.selectedSource", i.dataSource()))
                .filter(t -> !t.isEmpty()).toList());
        return new IndicatorRow(i, label, messages.get(i.kind()), years(i, true), years(i, false), number(i.weight()),
                terms, details);
    }

    /** « A1 : 50 · A2 : 80 … », only the years that have a value. */
    private static String years(Indicator i, boolean targets) {
        return IntStream.rangeClosed(1, Indicator.YEARS)
                .filter(y -> (targets ? i.target(y) : i.measured(y)) != null)
                .mapToObj(y -> "A" + y + " : " + number(targets ? i.target(y) : i.measured(y)))
                .collect(Collectors.joining(" · "));
    }

    static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return FrenchFormat.decimal(value, Math.max(0, stripped.scale()));
    }
}
