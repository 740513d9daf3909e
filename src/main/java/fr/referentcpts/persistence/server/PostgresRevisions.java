package fr.referentcpts.persistence.server;

import static fr.referentcpts.persistence.generated.Tables.CASE_FILE;
import static fr.referentcpts.persistence.generated.Tables.CASE_REVISION;

import fr.referentcpts.core.sync.Revision;
import fr.referentcpts.core.sync.ServerRefusedException;
import fr.referentcpts.core.sync.ServerRevisions;
import fr.referentcpts.persistence.JooqTransactions;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The cases' revisions on the server ({@code case_revision}). A case the server holds without a
 * revision (written there by other means) is at revision 0. A case deleted by a synchronisation
 * keeps its row as a tombstone ({@code deleted_at}, {@code deleted_by}).
 */
final class PostgresRevisions implements ServerRevisions {
    private final JooqTransactions transactions;

    PostgresRevisions(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Map<UUID, Revision> all() {
        Map<UUID, Revision> all = new HashMap<>();
        dsl().select(CASE_FILE.ID, CASE_REVISION.REVISION, CASE_REVISION.CHANGED_BY, CASE_REVISION.CHANGED_AT)
                .from(CASE_FILE).leftJoin(CASE_REVISION).on(CASE_REVISION.CASE_ID.eq(CASE_FILE.ID))
                .forEach(r -> all.put(r.value1(), r.value2() == null ? new Revision(0, "", Instant.EPOCH)
                        : new Revision(r.value2(), r.value3(), r.value4().toInstant())));
        return all;
    }

    @Override
    public Map<UUID, Revision> deleted() {
        Map<UUID, Revision> deleted = new HashMap<>();
        dsl().select(CASE_REVISION.CASE_ID, CASE_REVISION.REVISION, CASE_REVISION.DELETED_BY, CASE_REVISION.DELETED_AT)
                .from(CASE_REVISION).where(CASE_REVISION.DELETED_AT.isNotNull())
                .forEach(r -> deleted.put(r.value1(), new Revision(r.value2(), r.value3(), r.value4().toInstant())));
        return deleted;
    }

    @Override
    public OptionalLong current(UUID caseId) {
        Long revision = dsl().select(CASE_REVISION.REVISION).from(CASE_REVISION)
                .where(CASE_REVISION.CASE_ID.eq(caseId)).fetchOne(CASE_REVISION.REVISION);
        return revision == null ? OptionalLong.empty() : OptionalLong.of(revision);
    }

    @Override
    public Map<UUID, Long> current(Collection<UUID> caseIds) {
        Map<UUID, Long> current = new HashMap<>();
        dsl().select(CASE_REVISION.CASE_ID, CASE_REVISION.REVISION).from(CASE_REVISION)
                .where(CASE_REVISION.CASE_ID.in(caseIds)).forEach(r -> current.put(r.value1(), r.value2()));
        return current;
    }

    /**
     * {@code FOR UPDATE} sees only the rows the login may change (row-level security): a revision
     * seen but not locked is a case the server's rules keep this login from changing.
     */
    @Override
    public OptionalLong lock(UUID caseId) {
        Long revision = dsl().select(CASE_REVISION.REVISION).from(CASE_REVISION)
                .where(CASE_REVISION.CASE_ID.eq(caseId)).forUpdate().fetchOne(CASE_REVISION.REVISION);
        if (revision != null) {
            return OptionalLong.of(revision);
        }
        if (current(caseId).isPresent()) {
            throw new ServerRefusedException(null);
        }
        return OptionalLong.empty();
    }

    @Override
    public Locks lock(Collection<UUID> caseIds) {
        Map<UUID, Long> locked = new HashMap<>();
        dsl().select(CASE_REVISION.CASE_ID, CASE_REVISION.REVISION).from(CASE_REVISION)
                .where(CASE_REVISION.CASE_ID.in(caseIds)).forUpdate().forEach(r -> locked.put(r.value1(), r.value2()));
        List<UUID> rest = caseIds.stream().filter(id -> !locked.containsKey(id)).toList();
        return new Locks(locked, rest.isEmpty() ? Set.of() : Set.copyOf(current(rest).keySet()));
    }

    @Override
    public long bump(UUID caseId, OptionalLong previous) {
        DSLContext dsl = dsl();
        if (previous.isPresent()) {
            long next = previous.getAsLong() + 1;
            int rows = dsl.update(CASE_REVISION).set(CASE_REVISION.REVISION, next)
                    .set(CASE_REVISION.CHANGED_BY, DSL.currentUser()).set(CASE_REVISION.CHANGED_AT, DSL.currentOffsetDateTime())
                    .setNull(CASE_REVISION.DELETED_AT).setNull(CASE_REVISION.DELETED_BY)
                    .where(CASE_REVISION.CASE_ID.eq(caseId)).execute();
            if (rows != 1) {
                throw new ServerRefusedException(null);
            }
            return next;
        }
        dsl.insertInto(CASE_REVISION).set(CASE_REVISION.CASE_ID, caseId).set(CASE_REVISION.REVISION, 1L)
                .set(CASE_REVISION.CHANGED_BY, DSL.currentUser()).set(CASE_REVISION.CHANGED_AT, DSL.currentOffsetDateTime())
                .execute();
        return 1;
    }

    @Override
    public void created(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return;
        }
        var insert = dsl().insertInto(CASE_REVISION, CASE_REVISION.CASE_ID, CASE_REVISION.REVISION,
                CASE_REVISION.CHANGED_BY, CASE_REVISION.CHANGED_AT);
        for (UUID id : caseIds) {
            insert = insert.values(DSL.val(id), DSL.val(1L), DSL.currentUser(), DSL.currentOffsetDateTime());
        }
        insert.execute();
    }

    /**
     * Updated (or inserted) while the case still exists: the server's rules check, for this login,
     * the case it deletes.
     */
    @Override
    public long markDeleted(UUID caseId, OptionalLong previous) {
        DSLContext dsl = dsl();
        long next = previous.orElse(0) + 1;
        if (previous.isPresent()) {
            int rows = dsl.update(CASE_REVISION).set(CASE_REVISION.REVISION, next)
                    .set(CASE_REVISION.CHANGED_BY, DSL.currentUser()).set(CASE_REVISION.CHANGED_AT, DSL.currentOffsetDateTime())
                    .set(CASE_REVISION.DELETED_BY, DSL.currentUser()).set(CASE_REVISION.DELETED_AT, DSL.currentOffsetDateTime())
                    .where(CASE_REVISION.CASE_ID.eq(caseId)).execute();
            if (rows != 1) {
                throw new ServerRefusedException(null);
            }
            return next;
        }
        dsl.insertInto(CASE_REVISION).set(CASE_REVISION.CASE_ID, caseId).set(CASE_REVISION.REVISION, next)
                .set(CASE_REVISION.CHANGED_BY, DSL.currentUser()).set(CASE_REVISION.CHANGED_AT, DSL.currentOffsetDateTime())
                .set(CASE_REVISION.DELETED_BY, DSL.currentUser()).set(CASE_REVISION.DELETED_AT, DSL.currentOffsetDateTime())
                .execute();
        return next;
    }

    @Override
    public Optional<String> assignee(UUID caseId) {
        return dsl().select(CASE_FILE.ASSIGNED_TO).from(CASE_FILE).where(CASE_FILE.ID.eq(caseId))
                .fetchOptional(CASE_FILE.ASSIGNED_TO);
    }

    @Override
    public Map<UUID, String> assignees(Collection<UUID> caseIds) {
        Map<UUID, String> assignees = new HashMap<>();
        dsl().select(CASE_FILE.ID, CASE_FILE.ASSIGNED_TO).from(CASE_FILE).where(CASE_FILE.ID.in(caseIds))
                .and(CASE_FILE.ASSIGNED_TO.isNotNull()).forEach(r -> assignees.put(r.value1(), r.value2()));
        return assignees;
    }

    @Override
    public void assign(UUID caseId, String user) {
        dsl().update(CASE_FILE).set(CASE_FILE.ASSIGNED_TO, user).where(CASE_FILE.ID.eq(caseId)).execute();
    }

    private DSLContext dsl() {
        return transactions.dsl();
    }
}
