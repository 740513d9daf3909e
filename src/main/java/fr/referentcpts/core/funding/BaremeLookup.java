package fr.referentcpts.core.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The annual envelope of one contract: the operating line and the lines of the chosen missions
 * (the SNP orientation line only with that option), at the contract’s size class. An amount
 * « à confirmer » comes from what the user entered, or is reported missing.
 */
final class BaremeLookup {
    /** The envelope line by line, the lines ready to schedule, and the lines still missing. */
    record Envelope(List<AnnualLine> annual, List<ResolvedLine> scheduled, List<LineKey> missing) {
    }

    private BaremeLookup() {
    }

    /**
     * @param starts the chosen missions with their effective start dates, in any order
     */
    static Envelope envelope(RulesVersion rules, SizeClass size, LocalDate signature, List<MissionChoice> starts,
            Map<LineKey, BigDecimal> entered) {
        List<AnnualLine> annual = new ArrayList<>();
        List<ResolvedLine> scheduled = new ArrayList<>();
        List<LineKey> missing = new ArrayList<>();
        for (BaremeLine line : rules.lines()) {
            Optional<MissionChoice> choice = choiceFor(line.key(), starts);
            if (line.key().mission() != null && choice.isEmpty()) {
                continue;
            }
            LocalDate start = choice.map(MissionChoice::startDate).orElse(signature);
            Optional<BigDecimal> amount = line.amount(size);
            AmountStatus status = AmountStatus.CONFIRMED;
            if (amount.isEmpty()) {
                amount = Optional.ofNullable(entered.get(line.key())).map(Money::round);
                status = amount.isPresent() ? AmountStatus.ENTERED : AmountStatus.MISSING;
            }
            annual.add(new AnnualLine(line.key(), amount.orElse(null), status, line.reference(), line.note()));
            if (amount.isPresent()) {
                scheduled.add(new ResolvedLine(line.key(), amount.get(), start, status == AmountStatus.ENTERED));
            } else {
                missing.add(line.key());
            }
        }
        return new Envelope(annual, scheduled, missing);
    }

    private static Optional<MissionChoice> choiceFor(LineKey key, List<MissionChoice> starts) {
        return starts.stream()
                .filter(c -> c.mission() == key.mission())
                .filter(c -> key.component() != Component.SNP_ORIENTATION || c.snpOrientation())
                .findFirst();
    }
}
