package fr.referentcpts.ui;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The data of a case's tabs is read when a tab is shown, not when the case opens: opening a case
 * (at start, or from the list) reads what its « Parcours » shows, and the other tabs read theirs
 * the first time the referent goes there. A tab left out of date by a change elsewhere reads
 * again when it is shown; the tab on screen reads again at once.
 */
final class TabData {
    private record Entry(ObservableBooleanValue onScreen, Consumer<UUID> loader) {
    }

    private final Map<String, Entry> tabs = new LinkedHashMap<>();
    /** Tabs showing the current case as it is now. */
    private final Set<String> fresh = new HashSet<>();
    /** Tabs whose ViewModel holds a case's data (maybe another's), emptied when another case opens. */
    private final Set<String> filled = new HashSet<>();
    private UUID shown;

    /** {@code loader} reads the data of tab {@code id} for a case (null: empties it). */
    void add(String id, ObservableBooleanValue onScreen, Consumer<UUID> loader) {
        tabs.put(id, new Entry(onScreen, loader));
        onScreen.addListener((obs, was, now) -> {
            if (now) {
                readIfNeeded(id);
            }
        });
    }

    /**
     * Case {@code caseId} opens (none: null): the tab on screen reads it; the others are emptied
     * (never another case's data under this one's title) and read it when shown.
     */
    void show(UUID caseId) {
        shown = caseId;
        fresh.clear();
        tabs.forEach((id, tab) -> {
            if (tab.onScreen().get() && caseId != null) {
                readIfNeeded(id);
            } else if (filled.remove(id)) {
                tab.loader().accept(null);
            }
        });
    }

    /** What tab {@code id} shows changed: read again now if it is on screen, else when it is shown. */
    void changed(String id) {
        changed(id, () -> tabs.get(id).loader().accept(shown));
    }

    /** As {@link #changed(String)}, {@code onScreen} bringing the tab on screen up to date. */
    void changed(String id, Runnable onScreen) {
        if (tabs.get(id).onScreen().get() && fresh.contains(id)) {
            onScreen.run();
        } else {
            fresh.remove(id);
        }
    }

    private void readIfNeeded(String id) {
        if (shown == null || fresh.contains(id)) {
            return;
        }
        fresh.add(id);
        filled.add(id);
        tabs.get(id).loader().accept(shown);
    }
}
