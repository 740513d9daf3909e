package fr.referentcpts.persistence.casefile;

import static fr.referentcpts.persistence.generated.Tables.CASE_FILE;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseFileRepository;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.StaleEditException;
import fr.referentcpts.persistence.ChangeMarks;
import fr.referentcpts.persistence.JooqTransactions;
import fr.referentcpts.persistence.generated.tables.records.CaseFileRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Case files in the {@code case_file} table, with optimistic locking on {@code version}. */
public final class JooqCaseFileRepository implements CaseFileRepository {
    private final JooqTransactions transactions;

    public JooqCaseFileRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<CaseFile> findAll() {
        return transactions.dsl().selectFrom(CASE_FILE).fetch(JooqCaseFileRepository::toCaseFile);
    }

    /** One query that reads the matching rows only (a command names a case file by a prefix). */
    @Override
    public List<CaseFile> findByIdPrefix(String prefix) {
        return transactions.dsl().selectFrom(CASE_FILE).where(CASE_FILE.ID.cast(String.class).startsWith(prefix))
                .fetch(JooqCaseFileRepository::toCaseFile);
    }

    @Override
    public Optional<CaseFile> find(UUID id) {
        return transactions.dsl().selectFrom(CASE_FILE).where(CASE_FILE.ID.eq(id))
                .fetchOptional(JooqCaseFileRepository::toCaseFile);
    }

    @Override
    public List<CaseFile> findAll(Collection<UUID> ids) {
        return transactions.dsl().selectFrom(CASE_FILE).where(CASE_FILE.ID.in(ids))
                .fetch(JooqCaseFileRepository::toCaseFile);
    }

    @Override
    public void insert(CaseFile c) {
        transactions.dsl().insertInto(CASE_FILE)
                .set(CASE_FILE.ID, c.id())
                .set(CASE_FILE.NAME, c.name())
                .set(CASE_FILE.DEPARTEMENT, c.departement())
                .set(CASE_FILE.REFERENT, c.referent())
                .set(CASE_FILE.NOTES, c.notes())
                .set(CASE_FILE.STAGE, c.stage().name())
                .set(CASE_FILE.ARCHIVED, c.archived())
                .set(CASE_FILE.CREATED_AT, toDb(c.createdAt()))
                .set(CASE_FILE.UPDATED_AT, toDb(c.updatedAt()))
                .set(CASE_FILE.VERSION, c.version())
                .set(CASE_FILE.CHANGE_MARK, ChangeMarks.next())
                .execute();
    }

    @Override
    public CaseFile update(CaseFile c) {
        int next = c.version() + 1;
        int rows = transactions.dsl().update(CASE_FILE)
                .set(CASE_FILE.NAME, c.name())
                .set(CASE_FILE.DEPARTEMENT, c.departement())
                .set(CASE_FILE.REFERENT, c.referent())
                .set(CASE_FILE.NOTES, c.notes())
                .set(CASE_FILE.STAGE, c.stage().name())
                .set(CASE_FILE.ARCHIVED, c.archived())
                .set(CASE_FILE.UPDATED_AT, toDb(c.updatedAt()))
                .set(CASE_FILE.VERSION, next)
                .set(CASE_FILE.CHANGE_MARK, ChangeMarks.next())
                .where(CASE_FILE.ID.eq(c.id()).and(CASE_FILE.VERSION.eq(c.version())))
                .execute();
        if (rows != 1) {
            throw new StaleEditException(c.name());
        }
        return new CaseFile(c.id(), c.name(), c.departement(), c.referent(), c.notes(), c.stage(),
                c.archived(), c.createdAt(), c.updatedAt(), next);
    }

    @Override
    public void delete(UUID id) {
        transactions.dsl().deleteFrom(CASE_FILE).where(CASE_FILE.ID.eq(id)).execute();
    }

    @Override
    public void touch(UUID id, Instant at) {
        transactions.dsl().update(CASE_FILE).set(CASE_FILE.UPDATED_AT, toDb(at.truncatedTo(ChronoUnit.MILLIS)))
                .set(CASE_FILE.CHANGE_MARK, ChangeMarks.next()).where(CASE_FILE.ID.eq(id)).execute();
    }

    /** A row of {@code case_file} as a case file (also what a clean close keeps of the list: {@code CaseListSnapshot}). */
    public static CaseFile toCaseFile(CaseFileRecord r) {
        return new CaseFile(r.getId(), r.getName(), r.getDepartement(), r.getReferent(), r.getNotes(),
                WorkflowStage.valueOf(r.getStage()), r.getArchived(), r.getCreatedAt().toInstant(),
                r.getUpdatedAt().toInstant(), r.getVersion());
    }

    private static OffsetDateTime toDb(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
