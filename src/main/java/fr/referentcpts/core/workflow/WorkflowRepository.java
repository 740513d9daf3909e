package fr.referentcpts.core.workflow;

import fr.referentcpts.core.funding.ContractAmount;
import fr.referentcpts.core.funding.LineKey;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the stage forms of case files and their history. A form saved with version 0 is
 * inserted; otherwise it is updated only if its row still has that version. The save methods
 * return false when the row changed meanwhile (optimistic locking).
 */
public interface WorkflowRepository {
    Optional<PreProject> preProject(UUID caseId);

    boolean savePreProject(UUID caseId, PreProject data);

    Optional<LetterOfIntent> letterOfIntent(UUID caseId);

    boolean saveLetterOfIntent(UUID caseId, LetterOfIntent data);

    Optional<HealthProject> healthProject(UUID caseId);

    boolean saveHealthProject(UUID caseId, HealthProject data);

    Optional<Negotiation> negotiation(UUID caseId);

    boolean saveNegotiation(UUID caseId, Negotiation data);

    /** The annual amounts the contract states itself, line by line, with who entered them and why. */
    Map<LineKey, ContractAmount> contractAmounts(UUID caseId);

    void replaceContractAmounts(UUID caseId, Map<LineKey, ContractAmount> amounts);

    /** The history by date of decision, then in the order it was recorded. */
    List<HistoryEntry> history(UUID caseId);

    void addHistory(HistoryEntry entry);

    /** The forms, entered amounts and history of every case file, by case (one query each). */
    Map<UUID, PreProject> allPreProjects();

    Map<UUID, LetterOfIntent> allLettersOfIntent();

    Map<UUID, HealthProject> allHealthProjects();

    Map<UUID, Negotiation> allNegotiations();

    Map<UUID, Map<LineKey, ContractAmount>> allContractAmounts();

    Map<UUID, List<HistoryEntry>> allHistory();

    /** The same, for the case files {@code caseIds} only: each as the method for one case gives it. */
    Map<UUID, PreProject> preProjects(Collection<UUID> caseIds);

    Map<UUID, LetterOfIntent> lettersOfIntent(Collection<UUID> caseIds);

    Map<UUID, HealthProject> healthProjects(Collection<UUID> caseIds);

    Map<UUID, Negotiation> negotiations(Collection<UUID> caseIds);

    Map<UUID, Map<LineKey, ContractAmount>> contractAmounts(Collection<UUID> caseIds);

    Map<UUID, List<HistoryEntry>> history(Collection<UUID> caseIds);
}
