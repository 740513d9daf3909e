package fr.referentcpts.ui.rules;

/**
 * One rules version in the list, as the referent reads it: its id, label, date of entry into
 * force, its state (« complet » or « 3 montants à confirmer ») and, for a cellule's confirmation,
 * who confirmed it, when, against which text, and which version it completes.
 */
public record VersionRow(String id, String label, String inForce, String state, boolean complete, String confirmation,
        String relation) {
    @Override
    public String toString() {
        return id;
    }
}
