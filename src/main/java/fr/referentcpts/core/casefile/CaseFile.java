package fr.referentcpts.core.casefile;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/**
 * One CPTS project followed by the referent (a « dossier »). Immutable; {@code version} is the
 * optimistic-locking counter of its row.
 */
public record CaseFile(
        UUID id,
        String name,
        String departement,
        String referent,
        String notes,
        WorkflowStage stage,
        boolean archived,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    /**
     * The order of the portfolio: the most recently changed first (ties in the order they came).
     * A lambda of its own, not {@code Comparator.comparing}: the JDK's is serializable, and the JVM
     * makes its class at the first call, ≈ 10 ms cold, on the way of the list kept at the last close.
     */
    public static final Comparator<CaseFile> MOST_RECENT_FIRST = (a, b) -> b.updatedAt().compareTo(a.updatedAt());

    public CaseFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(departement, "departement");
        referent = referent == null ? "" : referent;
        notes = notes == null ? "" : notes;
        Objects.requireNonNull(stage, "stage");
    }

    public CaseFile withIdentity(CaseIdentity identity) {
        return new CaseFile(id, identity.name(), identity.departement(), identity.referent(),
                identity.notes(), stage, archived, createdAt, updatedAt, version);
    }

    public CaseFile withArchived(boolean value) {
        return new CaseFile(id, name, departement, referent, notes, stage, value, createdAt, updatedAt, version);
    }

    public CaseFile withStage(WorkflowStage value) {
        return new CaseFile(id, name, departement, referent, notes, value, archived, createdAt, updatedAt, version);
    }

    public CaseFile touched(Instant now) {
        return new CaseFile(id, name, departement, referent, notes, stage, archived, createdAt, now, version);
    }

    public CaseIdentity identity() {
        return new CaseIdentity(name, departement, referent, notes);
    }
}
