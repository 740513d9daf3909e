package fr.referentcpts.persistence.exchange;

import static fr.referentcpts.persistence.generated.Tables.CASE_DOCUMENT;
import static fr.referentcpts.persistence.generated.Tables.CONTRACT_AMENDMENT;
import static fr.referentcpts.persistence.generated.Tables.CONTRACT_ANNEX;
import static fr.referentcpts.persistence.generated.Tables.CRISIS_RECOGNITION;
import static fr.referentcpts.persistence.generated.Tables.INDICATOR;
import static fr.referentcpts.persistence.generated.Tables.MEETING;
import static fr.referentcpts.persistence.generated.Tables.MEETING_ACTION;
import static fr.referentcpts.persistence.generated.Tables.MISSION_ACTION;
import static fr.referentcpts.persistence.generated.Tables.PAYMENT_RECEIVED;
import static fr.referentcpts.persistence.generated.Tables.PERSON;
import static fr.referentcpts.persistence.generated.Tables.STAGE_HISTORY;

import fr.referentcpts.core.exchange.RecordOwners;
import fr.referentcpts.persistence.JooqTransactions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.Record2;
import org.jooq.SelectConditionStep;

/** The case owning rows by id, table by table (in chunks: an import may carry thousands of ids). */
public final class JooqRecordOwners implements RecordOwners {
    private static final int CHUNK = 500;
    private final JooqTransactions transactions;

    public JooqRecordOwners(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Map<UUID, UUID> owners(Kind kind, Collection<UUID> ids) {
        Map<UUID, UUID> owners = new HashMap<>();
        List<UUID> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            query(transactions.dsl(), kind, chunk).forEach(r -> owners.put(r.value1(), r.value2()));
        }
        return owners;
    }

    private static SelectConditionStep<Record2<UUID, UUID>> query(DSLContext dsl, Kind kind, List<UUID> ids) {
        return switch (kind) {
            case PERSON -> simple(dsl, PERSON.ID, PERSON.CASE_ID, ids);
            case ACTION -> simple(dsl, MISSION_ACTION.ID, MISSION_ACTION.CASE_ID, ids);
            case INDICATOR -> simple(dsl, INDICATOR.ID, INDICATOR.CASE_ID, ids);
            case DOCUMENT -> simple(dsl, CASE_DOCUMENT.ID, CASE_DOCUMENT.CASE_ID, ids);
            case HISTORY -> simple(dsl, STAGE_HISTORY.ID, STAGE_HISTORY.CASE_ID, ids);
            case MEETING -> simple(dsl, MEETING.ID, MEETING.CASE_ID, ids);
            case PAYMENT -> simple(dsl, PAYMENT_RECEIVED.ID, PAYMENT_RECEIVED.CASE_ID, ids);
            case ANNEX -> simple(dsl, CONTRACT_ANNEX.ID, CONTRACT_ANNEX.CASE_ID, ids);
            case CRISIS -> simple(dsl, CRISIS_RECOGNITION.ID, CRISIS_RECOGNITION.CASE_ID, ids);
            case AMENDMENT -> simple(dsl, CONTRACT_AMENDMENT.ID, CONTRACT_AMENDMENT.CASE_ID, ids);
            case MEETING_ACTION -> dsl.select(MEETING_ACTION.ID, MEETING.CASE_ID).from(MEETING_ACTION)
                    .join(MEETING).on(MEETING.ID.eq(MEETING_ACTION.MEETING_ID)).where(MEETING_ACTION.ID.in(ids));
        };
    }

    private static SelectConditionStep<Record2<UUID, UUID>> simple(DSLContext dsl, TableField<?, UUID> id, TableField<?, UUID> caseId,
            List<UUID> ids) {
        return dsl.select(id, caseId).from(id.getTable()).where(id.in(ids));
    }
}
