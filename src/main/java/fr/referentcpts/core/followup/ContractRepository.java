package fr.referentcpts.core.followup;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Port: the records of signed contracts (crises, crisis plan, amendments, first payment's file). */
public interface ContractRepository {
    ContractRecords records(UUID caseId);

    /** The records of every case file, by case (one query per table). */
    Map<UUID, ContractRecords> allRecords();

    /** The records of the case files {@code caseIds} that hold any, by case (one query per table). */
    Map<UUID, ContractRecords> records(Collection<UUID> caseIds);

    void addCrisis(UUID caseId, RecordedCrisis crisis);

    void deleteCrisis(UUID crisisId);

    void savePlan(UUID caseId, CrisisPlanUpdate update);

    void deletePlan(UUID caseId, int contractYear);

    void addAmendment(UUID caseId, RecordedAmendment amendment);

    void deleteAmendment(UUID amendmentId);

    /** Inserts a file of version 0 or updates it at its version; false when it changed meanwhile. */
    boolean savePaymentFile(UUID caseId, FirstPaymentFile file);
}
