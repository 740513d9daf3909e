package fr.referentcpts.core.agenda;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The home screen's figures of each case file, kept from one start to the next (inside the
 * caller's transaction). Derived data: what is kept is used only while the case file has not
 * changed since: its change mark, a new value at each of its changes whatever the clock says, is
 * still the one read <em>before</em> its figures were computed (figures computed from a case file
 * changed meanwhile are then never used); and only for the same {@code basis} (settings and
 * rules) and on a day of the window they were computed for.
 */
public interface FiguresStore {

    /** The figures of one case file as kept: encoded by {@link FiguresCodec}. */
    record Kept(UUID caseId, long mark, String basis, LocalDate validFrom, LocalDate validUntil, String figures) {
    }

    /** What is kept and still usable, and the case files that have nothing usable with their change marks. */
    record Usable(Map<UUID, String> figures, Map<UUID, Long> missing) {
    }

    /**
     * The figures kept for {@code basis}, valid on {@code day}, of the case files not changed
     * since; every other case file is missing.
     */
    Usable usable(String basis, LocalDate day);

    /** The change marks of these case files now (a deleted one has none). */
    Map<UUID, Long> marks(Collection<UUID> caseIds);

    /**
     * Keeps these figures in place of what was kept for their case files; nothing for a case file
     * whose mark is no longer {@link Kept#mark()}, or deleted.
     */
    void keep(Collection<Kept> figures);
}
