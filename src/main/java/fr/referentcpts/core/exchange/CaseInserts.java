package fr.referentcpts.core.exchange;

import java.util.List;

/**
 * Port: writes whole case files into a database that holds none of their rows (a new case, or
 * one deleted just before in the same transaction) — table by table, many rows a statement,
 * rather than row by row: against the cellule's server each statement is a network round trip.
 * The rows are those the repositories write for the same records one by one: each list in its
 * order (a person's, an action's, an indicator's position), forms and meetings at version 1,
 * the history chained in its order.
 */
public interface CaseInserts {
    /**
     * @param bundles cases whose records all carry their case's id ({@link ImportedIds}), ids
     *                unique across the bundles, the case file's own fields as they are to be stored
     */
    void insert(List<CaseBundle> bundles);
}
