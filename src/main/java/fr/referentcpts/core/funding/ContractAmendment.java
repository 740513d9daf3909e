package fr.referentcpts.core.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An amendment to a running contract (« avenant au contrat »), effective on {@code effectiveDate}:
 * payments due before it never change; from it, the calendar is recomputed with the changes.
 *
 * @param number              n° of the amendment (1, 2…)
 * @param rulesVersionId      the version whose amounts apply from the effective date (null: the
 *                            contract's own), e.g. a confirmed avenant-2 version for the crisis mission
 * @param addMissions         missions added, each starting on its date (null: the effective date)
 * @param missionStarts       new start dates of missions already in the contract
 * @param operatingComplement the avenant-2 operating complement for contracts signed before 31/12/2021
 * @param sizeClass           a new size class from the effective date (null: unchanged)
 * @param reason              why (printed in the amendment)
 */
public record ContractAmendment(int number, LocalDate effectiveDate, String rulesVersionId,
        List<MissionChoice> addMissions, List<MissionChoice> missionStarts, boolean operatingComplement,
        SizeClass sizeClass, String reason) {
    public ContractAmendment {
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        rulesVersionId = rulesVersionId == null || rulesVersionId.isBlank() ? null : rulesVersionId.strip();
        addMissions = List.copyOf(addMissions);
        missionStarts = List.copyOf(missionStarts);
        reason = reason == null ? "" : reason.strip();
    }

    /** True when it changes nothing the calendar depends on. */
    public boolean empty() {
        return rulesVersionId == null && addMissions.isEmpty() && missionStarts.isEmpty() && !operatingComplement
                && sizeClass == null;
    }
}
