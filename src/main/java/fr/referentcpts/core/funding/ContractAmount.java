package fr.referentcpts.core.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An annual amount this contract states for one line, instead of the barème's: a genuinely
 * contract-specific figure, with who entered it, when and why. It counts as confirmed for this
 * contract only.
 */
public record ContractAmount(BigDecimal amount, String enteredBy, LocalDate enteredOn, String reason) {
    public ContractAmount {
        Objects.requireNonNull(amount, "amount");
        enteredBy = enteredBy == null ? "" : enteredBy.strip();
        reason = reason == null ? "" : reason.strip();
    }

    public static ContractAmount of(BigDecimal amount) {
        return new ContractAmount(amount, "", null, "");
    }
}
