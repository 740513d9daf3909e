package fr.referentcpts.core.territory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Port: the communes of case files' territories. */
public interface TerritoryRepository {
    List<TerritoryCommune> communes(UUID caseId);

    /** The communes of every case file, by case (for reading a whole portfolio at once). */
    Map<UUID, List<TerritoryCommune>> allCommunes();

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
