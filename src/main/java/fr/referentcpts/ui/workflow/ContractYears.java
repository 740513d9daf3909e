package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.workflow.CaseSnapshot;
import java.time.LocalDate;
import java.util.Optional;

/** The contract years and the crisis mission of a signed contract, as the contract follow-up forms read them. */
final class ContractYears {
    static final int YEARS = 5;

    private ContractYears() {
    }

    /** The contract year (1–5) {@code date} falls in, 0 outside the contract or before signature. */
    static int yearOf(LocalDate signature, LocalDate date) {
        if (signature == null || date == null || date.isBefore(signature)) {
            return 0;
        }
        for (int k = 1; k <= YEARS; k++) {
            if (date.isBefore(signature.plusYears(k))) {
                return k;
            }
        }
        return 0;
    }

    /**
     * When the crisis mission starts in this contract: chosen at signature (its start date, else the
     * signature), or added by an amendment (the mission's date, else the amendment's); empty without it.
     */
    static Optional<LocalDate> crisisStart(CaseSnapshot snapshot) {
        return fr.referentcpts.core.workflow.ContractChecks.crisisStart(snapshot, snapshot.signatureDate());
    }

    /** The contract has the crisis mission, from the start or by an amendment. */
    static boolean hasCrisisMission(CaseSnapshot snapshot) {
        return snapshot.missions().mission(Mission.CRISIS).chosen() || snapshot.contract().amendments().stream()
                .anyMatch(a -> a.terms().addMissions().stream().anyMatch(m -> m.mission() == Mission.CRISIS));
    }
}
