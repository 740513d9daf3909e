package fr.referentcpts.core.exchange;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What importing one case will do: create it, or update the existing one with these changes.
 *
 * @param currentUpdatedAt the last change of the case in the database (null for a new case)
 */
public record CaseImport(CaseBundle bundle, boolean exists, List<Change> changes, Instant currentUpdatedAt) {
    public CaseImport {
        changes = List.copyOf(changes);
    }

    public boolean changesSomething() {
        return !exists || !changes.isEmpty();
    }

    /**
     * True when the file's version of the case was last changed before the database's: importing
     * it would replace newer data by older, which needs the referent's explicit consent.
     */
    public boolean replacesNewer() {
        return exists && !changes.isEmpty() && currentUpdatedAt != null
                && bundle.caseFile().updatedAt().isBefore(currentUpdatedAt);
    }

    /** What the import would remove, kind by kind (message key of the item or form → how many). */
    public Map<String, Integer> losses() {
        Map<String, Integer> losses = new LinkedHashMap<>();
        changes.stream().filter(c -> c.kind() == Change.Kind.REMOVED)
                .forEach(c -> losses.merge(c.what(), 1, Integer::sum));
        return losses;
    }
}
