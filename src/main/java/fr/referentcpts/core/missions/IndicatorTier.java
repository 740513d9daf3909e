package fr.referentcpts.core.missions;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One tier (palier) of an indicator as a real annex writes it: reaching {@code threshold} earns
 * {@code amount} euros (« 50 et moins → 9 000 € » when lower is better, « ≥ 72,40 % → 2 500 € »
 * when higher is better). The label is the contract's own name of the tier, if any (« socle »,
 * « intermédiaire », « objectif »).
 */
public record IndicatorTier(BigDecimal threshold, BigDecimal amount, String label) {
    public IndicatorTier {
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(amount, "amount");
        label = label == null ? "" : label.strip();
    }
}
