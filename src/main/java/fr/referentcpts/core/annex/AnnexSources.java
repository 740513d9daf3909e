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
     * The blocking requirements of the signature stage still missing for this case, in the
     * order to show them; empty when a final annex may be printed. The annex adds its own
     * (empty territory, no mission, amounts to confirm).
     */
    List<DraftReason> signatureBlockers(UUID caseId);

    /**
     * The funding engine's input for the contract's terms as the annexes state them (variable
     * parts at their maximum), on the signature date or, while it is not fixed, a provisional
     * one as of {@code generatedOn}.
     */
    FundingInput fundingInput(UUID caseId, LocalDate generatedOn);

    /**
     * The three at once, for one report: an implementation that reads the case for each (the
     * default) may read it once instead.
     */
    default Inputs inputs(UUID caseId, LocalDate generatedOn) {
        return new Inputs(parties(caseId), fundingInput(caseId, generatedOn), signatureBlockers(caseId));
    }

    /** What a report takes from the workflow: {@link #parties}, {@link #fundingInput}, {@link #signatureBlockers}. */
    record Inputs(ContractParties parties, FundingInput fundingInput, List<DraftReason> signatureBlockers) {
    }
}
