package fr.referentcpts.core.sync;

import java.util.List;

/**
 * What one synchronisation did: cases sent to the server, received from it, left unchanged, and
 * the names of the cases in conflict (pending ones included) and of those the server refused —
 * then what became of deleted cases: deleted here because deleted elsewhere ({@code deletedHere},
 * with who deleted them), deleted on the server because deleted here ({@code deletedOnServer}),
 * deleted elsewhere but changed here, so kept and sent back ({@code kept}), deleted here but changed
 * on the server since, so brought back ({@code broughtBack}), deleted here but not this login's to
 * delete on the server, so brought back too ({@code deletionRefused}).
 */
public record SyncReport(int sent, int received, int unchanged, List<String> conflicts, List<String> refused,
        List<DeletedCase> deletedHere, List<String> deletedOnServer, List<String> kept, List<String> broughtBack,
        List<String> deletionRefused) {
    public SyncReport {
        conflicts = List.copyOf(conflicts);
        refused = List.copyOf(refused);
        deletedHere = List.copyOf(deletedHere);
        deletedOnServer = List.copyOf(deletedOnServer);
        kept = List.copyOf(kept);
        broughtBack = List.copyOf(broughtBack);
        deletionRefused = List.copyOf(deletionRefused);
    }

    /** A synchronisation in which no deleted case travelled. */
    public SyncReport(int sent, int received, int unchanged, List<String> conflicts, List<String> refused) {
        this(sent, received, unchanged, conflicts, refused, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** A case deleted on this laptop because {@code deletedBy} (a server login) deleted it elsewhere. */
    public record DeletedCase(String name, String deletedBy) {
    }
}
