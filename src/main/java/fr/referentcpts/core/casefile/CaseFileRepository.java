package fr.referentcpts.core.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: where case files are kept. */
public interface CaseFileRepository {
    List<CaseFile> findAll();

    Optional<CaseFile> find(UUID id);

    /**
     * The case files whose identifier, written as {@code cases list} prints it, starts with
     * {@code prefix} (lower case), in no particular order.
     */
    default List<CaseFile> findByIdPrefix(String prefix) {
        return findAll().stream().filter(c -> c.id().toString().startsWith(prefix)).toList();
    }

    /** Those of the case files {@code ids} this database holds, in no particular order (one query). */
    List<CaseFile> findAll(Collection<UUID> ids);

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
