package fr.referentcpts.core.casefile;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: where case files are kept. */
public interface CaseFileRepository {
    List<CaseFile> findAll();

    Optional<CaseFile> find(UUID id);

    void insert(CaseFile caseFile);

    /**
     * Saves {@code caseFile} if its row still has {@code caseFile.version()}; returns it with the
     * next version.
     *
     * @throws fr.referentcpts.core.common.StaleEditException when the row changed meanwhile
     */
    CaseFile update(CaseFile caseFile);

    void delete(UUID id);

    /** Records that the content of a case file changed (its « dernière modification »). */
    void touch(UUID id, java.time.Instant at);
}
