package fr.referentcpts.core.workflow;

/** Who signs the contract for one party, and as what (« Présidente de l’association »). */
public record Signatory(String name, String quality) {
    public static final Signatory NONE = new Signatory("", "");

    public Signatory {
        name = name == null ? "" : name.strip();
        quality = quality == null ? "" : quality.strip();
    }

    public boolean complete() {
        return !name.isEmpty() && !quality.isEmpty();
    }
}
