package fr.referentcpts.core.funding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The envelope of one contract: the operating line and the lines of the chosen missions (the SNP
 * orientation line only with that option), the letter-of-intent payment once the letter is
 * validated, the operating complement from the amendment that grants it, at the contract's size
 * class. An amount the contract states itself replaces the barème's; an unknown one is missing.
 */
final class BaremeLookup {
    /** The envelope line by line, the lines ready to schedule, and the lines still missing. */
    record Envelope(List<AnnualLine> annual, List<ResolvedLine> scheduled, List<LineKey> missing) {
    }

    /**
     * What decides which structural lines a contract has.
     *
     * @param signature       the contract's signature (the operating line starts there)
     * @param letterValidated the letter of intent's validation (null: no such payment)
     * @param complementFrom  the date the operating complement starts (null: none)
     */
    record Scope(LocalDate signature, LocalDate letterValidated, LocalDate complementFrom) {
    }

    private BaremeLookup() {
    }

    /**
     * @param starts the chosen missions with their effective start dates, in any order
     */
    static Envelope envelope(RulesVersion rules, SizeClass size, Scope scope, List<MissionChoice> starts,
            Map<LineKey, ContractAmount> contractAmounts) {
        List<AnnualLine> annual = new ArrayList<>();
        List<ResolvedLine> scheduled = new ArrayList<>();
        List<LineKey> missing = new ArrayList<>();
        for (BaremeLine line : rules.lines()) {
            Optional<LocalDate> start = start(line.key(), scope, starts);
            if (start.isEmpty()) {
                continue;
            }
            BaremeCell cell = line.cell(size);
            ContractAmount own = contractAmounts.get(line.key());
            AmountStatus status = own != null ? AmountStatus.CONTRACT : AmountStatus.of(cell.status());
            Optional<java.math.BigDecimal> amount = own != null ? Optional.of(Money.round(own.amount()))
                    : Optional.ofNullable(cell.amount());
            annual.add(new AnnualLine(line.key(), amount.orElse(null), status, cell.source().citation(), line.note(),
                    own == null && status == AmountStatus.PROPOSED ? cell.confidence() : "", own));
            if (amount.isPresent()) {
                scheduled.add(new ResolvedLine(line.key(), amount.get(), start.get(), status));
            } else {
                missing.add(line.key());
            }
        }
        return new Envelope(annual, scheduled, missing);
    }

    /** When the line starts for this contract; empty when the contract does not have it. */
    private static Optional<LocalDate> start(LineKey key, Scope scope, List<MissionChoice> starts) {
        return switch (key.component()) {
            case OPERATING -> Optional.of(scope.signature());
            case LETTER_OF_INTENT -> Optional.ofNullable(scope.letterValidated());
            case OPERATING_COMPLEMENT -> Optional.ofNullable(scope.complementFrom());
            default -> missionStart(key, starts);
        };
    }

    private static Optional<LocalDate> missionStart(LineKey key, List<MissionChoice> starts) {
        for (MissionChoice choice : starts) {
            if (choice.mission() == key.mission()
                    && (key.component() != Component.SNP_ORIENTATION || choice.snpOrientation())) {
                return Optional.ofNullable(choice.startDate());
            }
        }
        return Optional.empty();
    }
}
