package fr.referentcpts.core.territory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Port: the communes of case files' territories. */
public interface TerritoryRepository {
    List<TerritoryCommune> communes(UUID caseId);

    /**
     * The summary of every case file's territory, by case (for reading a whole portfolio at once:
     * a few rows per case where its communes are tens); a case without communes is absent.
     */
    Map<UUID, TerritorySummary> allSummaries();

    /** The communes of the case files {@code caseIds}, by case, each list as {@link #communes(UUID)} gives it. */
    Map<UUID, List<TerritoryCommune>> communes(Collection<UUID> caseIds);

    /** Replaces the whole territory of a case (order kept). */
    void replace(UUID caseId, List<TerritoryCommune> communes);

    /**
     * The communes among {@code inseeCodes} that belong to the territory of another case file
     * that is not abandoned.
     */
    List<Overlap> overlaps(UUID caseId, List<String> inseeCodes);
}
