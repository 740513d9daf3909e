package fr.referentcpts.core.annex;

import fr.referentcpts.core.funding.FundingInput;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Port: what the signature stage of the guided workflow knows about a case, for its annexes.
 * The workflow implements it with the parties, dates, requirements and funding the referent
 * records.
 */
public interface AnnexSources {
    /** The parties, signatories, place and date of signature, pinned rules and population of the case. */
    ContractParties parties(UUID caseId);

    /**
     * What one report takes from the workflow, the case read once: its parties, the funding
     * input of the contract's terms on {@code generatedOn} and the signature's blockers.
     */
    Inputs inputs(UUID caseId, LocalDate generatedOn);

    /**
     * What a report takes from the workflow.
     *
     * @param parties           as {@link #parties}
     * @param fundingInput      the funding engine's input for the contract's terms as the annexes
     *                          state them (variable parts at their maximum), on the signature date
     *                          or, while it is not fixed, a provisional one as of the report's date
     * @param signatureBlockers the blocking requirements of the signature stage still missing, in
     *                          the order to show them; empty when a final annex may be printed (the
     *                          annex adds its own: empty territory, no mission, amounts to confirm)
     */
    record Inputs(ContractParties parties, FundingInput fundingInput, List<DraftReason> signatureBlockers) {
    }
}
