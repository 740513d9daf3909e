package fr.referentcpts.core.annex;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the annexes generated for case files, with their content. */
public interface AnnexRepository {
    void insert(Annex annex);

    /** The annexes of a case, the most recent first. */
    List<Annex> annexes(UUID caseId);

    Optional<Annex> find(UUID annexId);
}
