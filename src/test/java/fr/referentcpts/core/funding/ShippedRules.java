package fr.referentcpts.core.funding;

import fr.referentcpts.io.funding.RulesFiles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The rules shipped in {@code resources/rules/}, loaded once, and helpers to read results. */
final class ShippedRules {
    static final RulesCatalog CATALOG = RulesFiles.shippedCatalog();
    static final FundingEngine ENGINE = new FundingEngine(CATALOG);

    private ShippedRules() {
    }

    static BigDecimal euros(String amount) {
        return new BigDecimal(amount).setScale(2);
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** The payments of one line, as « date kind year amount » rows easy to compare with a table. */
    static List<String> rows(FundingResult result, Mission mission, Component component) {
        return result.payments().stream()
                .filter(p -> p.mission() == mission && p.component() == component)
                .map(p -> p.date() + " " + p.kind() + " " + p.contractYear() + " " + p.amount().toPlainString())
                .toList();
    }

    static BigDecimal annual(FundingResult result, Mission mission, Component component) {
        return result.annual().stream()
                .filter(l -> l.mission() == mission && l.component() == component)
                .findFirst().orElseThrow().amount();
    }
}
