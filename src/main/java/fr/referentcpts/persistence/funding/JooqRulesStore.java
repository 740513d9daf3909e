package fr.referentcpts.persistence.funding;

import static fr.referentcpts.persistence.generated.Tables.RULES_VERSION;

import fr.referentcpts.core.funding.RulesStore;
import fr.referentcpts.persistence.JooqTransactions;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The rules versions confirmed or imported, as their rules files ({@code rules_version}), in the order added. */
public final class JooqRulesStore implements RulesStore {
    private final JooqTransactions transactions;

    public JooqRulesStore(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<byte[]> all() {
        return transactions.dsl().select(RULES_VERSION.CONTENT).from(RULES_VERSION).orderBy(RULES_VERSION.POSITION)
                .fetch(r -> r.value1().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void add(String id, byte[] content, Instant addedAt) {
        DSLContext dsl = transactions.dsl();
        Integer last = dsl.select(DSL.max(RULES_VERSION.POSITION)).from(RULES_VERSION).fetchOne(0, Integer.class);
        dsl.insertInto(RULES_VERSION)
                .set(RULES_VERSION.ID, id)
                .set(RULES_VERSION.CONTENT, new String(content, StandardCharsets.UTF_8))
                .set(RULES_VERSION.ADDED_AT, addedAt.atOffset(ZoneOffset.UTC))
                .set(RULES_VERSION.POSITION, last == null ? 1 : last + 1)
                .execute();
    }
}
