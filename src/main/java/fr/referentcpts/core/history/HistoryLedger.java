package fr.referentcpts.core.history;

import java.util.List;
import java.util.UUID;

/** The stored history of a case with its hashes, in sequence order (port). */
public interface HistoryLedger {
    List<HistoryChain.Link> links(UUID caseId);
}
