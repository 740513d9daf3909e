package fr.referentcpts.core.annex;

import fr.referentcpts.core.funding.LineKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Port: what the signature stage of the guided workflow knows about a case, for its annexes.
 * {@link CaseDataAnnexSources} derives what it can from the data held today; the workflow
 * replaces it with the parties, dates and requirements the referent records at that stage.
 */
public interface AnnexSources {
    /** The parties, signatories, place and date of signature, pinned rules and population of the case. */
    ContractParties parties(UUID caseId);

    /**
     * The blocking requirements of the signature stage still missing for this case, in the
     * order to show them; empty when a final annex may be printed. The annex adds its own
     * (empty territory, no mission, amounts to confirm).
     */
    List<DraftReason> signatureBlockers(UUID caseId);

    /**
     * The annual amounts negotiated for the lines « à confirmer » of the rules version (the
     * {@code enteredAmounts} of the funding engine); none by default.
     */
    default Map<LineKey, BigDecimal> enteredAmounts(UUID caseId) {
        return Map.of();
    }
}
