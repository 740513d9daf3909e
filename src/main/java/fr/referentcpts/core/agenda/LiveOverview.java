package fr.referentcpts.core.agenda;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The home screen's figures kept up to date case by case: the figures of each case file are
 * kept, and after a change only the case files said to have changed are read and computed again
 * before the figures are added up ({@link AgendaService#overview(java.util.Collection, java.time.LocalDate)}),
 * with the same result as {@link AgendaService#overview()} over the whole portfolio. Every case file
 * is taken again at the first call, after {@link #reset()}, and when the day, the settings or the
 * rules known change. Changes may be reported from any thread while figures are computed: a change
 * reported during a computation is taken by the next one. The figures computed are kept in the
 * database ({@link AgendaService#everyCase}): a start computes only the case files changed since
 * the last session, or whose figures the new day may change.
 */
public final class LiveOverview {
    private final AgendaService agenda;
    private final Object marks = new Object();
    /** Guarded by {@link #marks}. */
    private final Set<UUID> changed = new HashSet<>();
    /** Guarded by {@link #marks}. */
    private boolean everything = true;
    /** Guarded by this. */
    private final Map<UUID, CaseAgenda> cases = new HashMap<>();
    /** Guarded by this. */
    private AgendaService.Basis basis;

    public LiveOverview(AgendaService agenda) {
        this.agenda = agenda;
    }

    /** This case file was created, changed or deleted: the next figures read it again. */
    public void changed(UUID caseId) {
        synchronized (marks) {
            changed.add(caseId);
        }
    }

    /** Any number of case files may have changed (a reload, an import): the next figures read them all. */
    public void reset() {
        synchronized (marks) {
            everything = true;
            changed.clear();
        }
    }

    /** The figures, computing again only what changed since the last call. */
    public synchronized PortfolioOverview overview() {
        Set<UUID> ids;
        boolean all;
        synchronized (marks) {
            ids = Set.copyOf(changed);
            all = everything;
            changed.clear();
            everything = false;
        }
        try {
            AgendaService.Basis now = agenda.basis();
            if (all || !now.sameAs(basis)) {
                cases.clear();
                basis = null;
                cases.putAll(agenda.everyCase(now));
            } else if (!ids.isEmpty()) {
                Map<UUID, CaseAgenda> again = agenda.recompute(ids, now);
                for (UUID id : ids) {
                    CaseAgenda figures = again.get(id);
                    if (figures != null) {
                        cases.put(id, figures);
                    } else {
                        cases.remove(id);
                    }
                }
            }
            basis = now;
            return AgendaService.overview(cases.values(), now.today());
        } catch (RuntimeException | Error e) {
            reset();
            throw e;
        }
    }
}
