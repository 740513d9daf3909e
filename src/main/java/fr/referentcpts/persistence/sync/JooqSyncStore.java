package fr.referentcpts.persistence.sync;

import static fr.referentcpts.persistence.generated.Tables.CASE_FILE;
import static fr.referentcpts.persistence.generated.Tables.SYNC_BASE;
import static fr.referentcpts.persistence.generated.Tables.SYNC_CONFLICT;

import fr.referentcpts.core.sync.SyncBase;
import fr.referentcpts.core.sync.SyncConflict;
import fr.referentcpts.core.sync.SyncStore;
import fr.referentcpts.persistence.JooqTransactions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The laptop's agreements with the server ({@code sync_base}) and pending conflicts ({@code sync_conflict}). */
public final class JooqSyncStore implements SyncStore {
    private final JooqTransactions transactions;

    public JooqSyncStore(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Map<UUID, SyncBase> bases() {
        Map<UUID, SyncBase> bases = new HashMap<>();
        transactions.dsl().selectFrom(SYNC_BASE).forEach(r -> bases.put(r.getCaseId(), new SyncBase(r.getCaseId(),
                r.getServerRevision(), instant(r.getLocalUpdatedAt()), instant(r.getSyncedAt()))));
        return bases;
    }

    @Override
    public void saveBase(SyncBase base) {
        var dsl = transactions.dsl();
        dsl.deleteFrom(SYNC_BASE).where(SYNC_BASE.CASE_ID.eq(base.caseId())).execute();
        dsl.insertInto(SYNC_BASE).set(SYNC_BASE.CASE_ID, base.caseId())
                .set(SYNC_BASE.SERVER_REVISION, base.serverRevision())
                .set(SYNC_BASE.LOCAL_UPDATED_AT, db(base.localUpdatedAt())).set(SYNC_BASE.SYNCED_AT, db(base.syncedAt()))
                .execute();
    }

    @Override
    public void removeBase(UUID caseId) {
        transactions.dsl().deleteFrom(SYNC_BASE).where(SYNC_BASE.CASE_ID.eq(caseId)).execute();
    }

    @Override
    public List<SyncConflict> conflicts() {
        return conflicts(DSL.trueCondition());
    }

    @Override
    public Optional<SyncConflict> conflict(UUID caseId) {
        return conflicts(SYNC_CONFLICT.CASE_ID.eq(caseId)).stream().findFirst();
    }

    @Override
    public Optional<byte[]> serverCopy(UUID caseId) {
        return transactions.dsl().select(SYNC_CONFLICT.SERVER_COPY).from(SYNC_CONFLICT)
                .where(SYNC_CONFLICT.CASE_ID.eq(caseId)).fetchOptional(SYNC_CONFLICT.SERVER_COPY);
    }

    @Override
    public void saveConflict(SyncConflict conflict, byte[] serverCopy) {
        clearConflict(conflict.caseId());
        transactions.dsl().insertInto(SYNC_CONFLICT).set(SYNC_CONFLICT.CASE_ID, conflict.caseId())
                .set(SYNC_CONFLICT.SERVER_REVISION, conflict.serverRevision())
                .set(SYNC_CONFLICT.SERVER_COPY, serverCopy).set(SYNC_CONFLICT.DETECTED_AT, db(conflict.detectedAt()))
                .execute();
    }

    @Override
    public void clearConflict(UUID caseId) {
        transactions.dsl().deleteFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.CASE_ID.eq(caseId)).execute();
    }

    /** A conflict's case is named as the laptop holds it (the laptop's version is never deleted by a sync). */
    private List<SyncConflict> conflicts(Condition where) {
        return transactions.dsl().select(SYNC_CONFLICT.CASE_ID, SYNC_CONFLICT.SERVER_REVISION,
                SYNC_CONFLICT.DETECTED_AT, CASE_FILE.NAME).from(SYNC_CONFLICT).leftJoin(CASE_FILE)
                .on(CASE_FILE.ID.eq(SYNC_CONFLICT.CASE_ID)).where(where)
                .orderBy(CASE_FILE.NAME, SYNC_CONFLICT.CASE_ID).fetch(JooqSyncStore::conflict);
    }

    private static SyncConflict conflict(Record r) {
        String name = r.get(CASE_FILE.NAME);
        return new SyncConflict(r.get(SYNC_CONFLICT.CASE_ID), name == null ? "" : name,
                r.get(SYNC_CONFLICT.SERVER_REVISION), instant(r.get(SYNC_CONFLICT.DETECTED_AT)));
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime db(Instant value) {
        return value == null ? null : value.atOffset(ZoneOffset.UTC);
    }
}
