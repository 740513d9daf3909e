package fr.referentcpts.core.annex;

/**
 * Who signs for a party: the name, the quality, and an optional complement as the person
 * writes it under the quality (« par intérim », « par délégation »). An empty name means not
 * known yet.
 */
public record Signatory(String name, SignatoryQuality quality, String complement) {
    public Signatory {
        name = name == null ? "" : name.strip();
        complement = complement == null ? "" : complement.strip();
    }

    /** Nobody named yet, with the usual quality of {@code party}. */
    public static Signatory unknown(SignatoryQuality quality) {
        return new Signatory("", quality, "");
    }

    public boolean isKnown() {
        return !name.isEmpty() && quality != null;
    }
}
