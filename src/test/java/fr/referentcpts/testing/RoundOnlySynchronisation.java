package fr.referentcpts.testing;

import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.sync.RulesSharing;
import fr.referentcpts.core.sync.SyncConflict;
import fr.referentcpts.core.sync.SyncProgress;
import fr.referentcpts.core.sync.SyncReport;
import fr.referentcpts.core.sync.Synchronisation;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** A server whose rounds report what {@code round} says: no conflict to read or resolve, no rules to share. */
public final class RoundOnlySynchronisation implements Synchronisation {
    private final Function<SyncProgress, SyncReport> round;

    public RoundOnlySynchronisation(Function<SyncProgress, SyncReport> round) {
        this.round = round;
    }

    @Override
    public SyncReport sync(SyncProgress progress) {
        return round.apply(progress);
    }

    @Override
    public List<SyncConflict> conflicts() {
        return List.of();
    }

    @Override
    public CaseBundle serverVersion(UUID caseId) {
        throw new AssertionError("no conflict here");
    }

    @Override
    public SyncReport resolve(UUID caseId, CaseBundle merged) {
        throw new AssertionError("no conflict here");
    }

    @Override
    public RulesSharing.Shared shareRules() {
        return new RulesSharing.Shared(0, 0, List.of());
    }
}
