package fr.referentcpts.core.sync;

import java.util.List;

/**
 * What one synchronisation did: cases sent to the server, received from it, left unchanged, and
 * the names of the cases in conflict (pending ones included) and of those the server refused.
 */
public record SyncReport(int sent, int received, int unchanged, List<String> conflicts, List<String> refused) {
    public SyncReport {
        conflicts = List.copyOf(conflicts);
        refused = List.copyOf(refused);
    }
}
