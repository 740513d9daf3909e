package fr.referentcpts.core.annex;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Port: the annexes generated for case files, with their content. */
public interface AnnexRepository {
    void insert(Annex annex);

    /** The annexes of a case, the most recent first. */
    List<Annex> annexes(UUID caseId);

    /** The annexes of the case files {@code caseIds}, by case, each list as {@link #annexes(UUID)} gives it. */
    Map<UUID, List<Annex>> annexes(Collection<UUID> caseIds);

    Optional<Annex> find(UUID annexId);
}
