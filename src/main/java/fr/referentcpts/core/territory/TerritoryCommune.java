package fr.referentcpts.core.territory;

/**
 * One commune of a case's territory, with the population figure used and where it comes from
 * (« INSEE, populations légales 2023 »). {@code overrideReason} explains a figure typed over the
 * referential's.
 */
public record TerritoryCommune(
        String inseeCode,
        String name,
        String departement,
        long population,
        String populationSource,
        String populationVintage,
        String overrideReason) {

    public TerritoryCommune {
        inseeCode = inseeCode == null ? "" : inseeCode.strip().toUpperCase(java.util.Locale.ROOT);
        name = name == null ? "" : name.strip();
        departement = departement == null ? "" : departement.strip();
        populationSource = populationSource == null ? "" : populationSource.strip();
        populationVintage = populationVintage == null ? "" : populationVintage.strip();
        overrideReason = overrideReason == null ? "" : overrideReason.strip();
    }

    /** The département of an INSEE code: « 14118 » → « 14 », « 2A004 » → « 2A », « 97411 » → « 974 ». */
    public static String departementOf(String inseeCode) {
        if (inseeCode.startsWith("97") && inseeCode.length() == 5) {
            return inseeCode.substring(0, 3);
        }
        return inseeCode.length() >= 2 ? inseeCode.substring(0, 2) : inseeCode;
    }
}
