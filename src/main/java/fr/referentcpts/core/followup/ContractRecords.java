package fr.referentcpts.core.followup;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a signed contract's follow-up adds to a case: the crises the ARS recognised, the crisis
 * plan's yearly updates, the amendments, the first payment's file, and the rules version the case
 * was signed with (the version of its first final annex; null before).
 */
public record ContractRecords(List<RecordedCrisis> crises, List<CrisisPlanUpdate> crisisPlan,
        List<RecordedAmendment> amendments, FirstPaymentFile paymentFile, String signedRulesVersionId) {
    public static final ContractRecords EMPTY = new ContractRecords(List.of(), List.of(), List.of(),
            FirstPaymentFile.EMPTY, null);

    public ContractRecords {
        crises = crises.stream().sorted(Comparator.comparing(c -> c.recognition().date())).toList();
        crisisPlan = crisisPlan.stream().sorted(Comparator.comparingInt(CrisisPlanUpdate::contractYear)).toList();
        amendments = amendments.stream().sorted(Comparator.comparingInt(a -> a.terms().number())).toList();
        Objects.requireNonNull(paymentFile, "paymentFile");
    }

    public Optional<CrisisPlanUpdate> plan(int contractYear) {
        return crisisPlan.stream().filter(p -> p.contractYear() == contractYear).findFirst();
    }

    /** The number the next amendment takes: one more than the last. */
    public int nextAmendmentNumber() {
        return amendments.stream().mapToInt(a -> a.terms().number()).max().orElse(0) + 1;
    }
}
