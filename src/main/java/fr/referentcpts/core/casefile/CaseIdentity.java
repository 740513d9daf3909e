package fr.referentcpts.core.casefile;

/** The identity fields of a case file, as the referent edits them. */
public record CaseIdentity(String name, String departement, String referent, String notes) {
    public CaseIdentity {
        name = name == null ? "" : name.strip();
        departement = departement == null ? "" : departement.strip();
        referent = referent == null ? "" : referent.strip();
        notes = notes == null ? "" : notes;
    }
}
