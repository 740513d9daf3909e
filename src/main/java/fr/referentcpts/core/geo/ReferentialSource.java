package fr.referentcpts.core.geo;

import java.util.Map;
import java.util.Objects;

/**
 * Where the commune referential comes from: the package and its version, the data licence,
 * the population vintage, and the départements whose figures are of another vintage (Mayotte:
 * 2017 census in {@code @etalab/decoupage-administratif} 6.0.0).
 *
 * @param vintageNote a sentence on the vintage, for the about box and the README
 */
public record ReferentialSource(String packageName, String packageVersion, String dataLicence,
        PopulationVintage vintage, String vintageNote, Map<String, PopulationVintage> departementVintages) {
    public ReferentialSource {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(packageVersion, "packageVersion");
        Objects.requireNonNull(vintage, "vintage");
        dataLicence = dataLicence == null ? "" : dataLicence;
        vintageNote = vintageNote == null ? "" : vintageNote;
        departementVintages = Map.copyOf(departementVintages);
    }

    /** The vintage of the figures of a département. */
    public PopulationVintage vintageOf(String departement) {
        return departementVintages.getOrDefault(departement, vintage);
    }

    /** « @etalab/decoupage-administratif 6.0.0 ». */
    public String label() {
        return packageName + " " + packageVersion;
    }
}
