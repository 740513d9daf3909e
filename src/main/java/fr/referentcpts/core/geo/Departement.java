package fr.referentcpts.core.geo;

/** A French département that has a CPAM: « 14 Calvados », « 2A Corse-du-Sud », « 974 La Réunion ». */
public record Departement(String code, String name, String region) {
    public String label() {
        return code + " – " + name;
    }
}
