package fr.referentcpts;

import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesService;
import fr.referentcpts.io.funding.ImportedRules;
import fr.referentcpts.io.funding.JsonRulesCodec;
import fr.referentcpts.persistence.JooqTransactions;
import fr.referentcpts.persistence.funding.JooqRulesStore;
import java.time.Clock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules versions of a data folder, read when first asked for: the shipped files (a few
 * hundred milliseconds of JSON at a cold start), those imported into the folder's {@code rules/},
 * then those stored in its database. The case list and the commands that compute no money never
 * pay for them; a stored version that no longer reads is reported in the log at that first use.
 */
final class RulesLoader implements Supplier<RulesService> {
    private static final Logger LOG = LoggerFactory.getLogger(RulesLoader.class);
    private final Lazy<RulesService> service;

    /**
     * {@code files}: the shipped versions and those imported into the folder
     * ({@link ImportedRules#catalog}), perhaps read ahead ({@link ReadAhead}).
     */
    RulesLoader(Supplier<RulesCatalog> files, JooqTransactions transactions, Clock clock) {
        this.service = new Lazy<>(() -> load(files, transactions, clock));
    }

    private static RulesService load(Supplier<RulesCatalog> files, JooqTransactions transactions, Clock clock) {
        RulesService rules = new RulesService(files.get(), new JooqRulesStore(transactions),
                new JsonRulesCodec(), transactions, clock);
        rules.skipped().forEach(e -> LOG.warn("Version des règles enregistrée illisible, ignorée : {}",
                e.getMessage()));
        return rules;
    }

    @Override
    public RulesService get() {
        return service.get();
    }
}
