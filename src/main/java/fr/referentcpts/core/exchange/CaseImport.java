package fr.referentcpts.core.exchange;

import java.util.List;

/** What importing one case will do: create it, or update the existing one with these changes. */
public record CaseImport(CaseBundle bundle, boolean exists, List<Change> changes) {
    public CaseImport {
        changes = List.copyOf(changes);
    }

    public boolean changesSomething() {
        return !exists || !changes.isEmpty();
    }
}
