package fr.referentcpts;

import fr.referentcpts.core.common.Awaited;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.io.funding.ImportedRules;
import fr.referentcpts.persistence.CaseListSnapshot;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.LoggerFactory;

/**
 * What the window needs soon after its database is open and that does not need it, read on a
 * thread of its own while the database opens: the case list its last clean close kept
 * ({@link AppContext#keptCaseList}: shown before the database is open), the journal set up
 * (logback, ≈ 40 ms cold; the opening's message would set it up on the way to the list), then the
 * rules versions' files, shipped and imported (JSON read cold: ≈ 0.3 s in a JVM without the AOT
 * cache), which the home screen asks for first.
 */
public final class ReadAhead {
    private final CompletableFuture<Optional<CaseListSnapshot.Kept>> caseList = new CompletableFuture<>();
    private final CompletableFuture<RulesCatalog> rules = new CompletableFuture<>();

    private ReadAhead() {
    }

    /** Starts reading ahead for the data folder {@code dataDir}. */
    public static ReadAhead start(Path dataDir) {
        ReadAhead ahead = new ReadAhead();
        Thread.ofPlatform().daemon().name("referent-cpts-ahead").start(() -> {
            try {
                ahead.caseList.complete(CaseListSnapshot.read(dataDir));
            } catch (RuntimeException | Error e) {
                ahead.caseList.complete(Optional.empty());
            }
            LoggerFactory.getILoggerFactory();
            try {
                ahead.rules.complete(ImportedRules.catalog(dataDir));
            } catch (RuntimeException | Error e) {
                ahead.rules.completeExceptionally(e);
            }
        });
        return ahead;
    }

    /**
     * The case list kept by the last clean close, waited for (read first: a few milliseconds).
     * The database's opening waits for it too — it marks the folder « open », after which
     * nothing kept is trusted any more.
     */
    public Optional<CaseListSnapshot.Kept> keptCaseList() {
        return caseList.join();
    }

    /** The rules versions' files, waited for; a failure as reading them at first use would have thrown it. */
    RulesCatalog rulesFiles() {
        return Awaited.result(rules);
    }
}
