package fr.referentcpts.core.geo;

/** What the referential says of a commune typed by hand (INSEE code and name). */
public enum TypedCommune {
    /** A current commune of that name. */
    KNOWN,
    /** A current commune, under another name: the code or the name is wrong. */
    OTHER_NAME,
    /** A municipal arrondissement of Paris, Lyon or Marseille: real, but not a commune of the referential. */
    ARRONDISSEMENT,
    /** No commune has this code: mistyped, or a commune created after the referential's vintage. */
    UNKNOWN;

    /**
     * Paris 75101–75120, Marseille 13201–13216 and Lyon 69381–69389: the codes INSEE gives to
     * the municipal arrondissements, which the referential of communes does not list.
     */
    static boolean isArrondissement(String code) {
        if (code == null || code.length() != 5 || !code.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int n = Integer.parseInt(code);
        return n >= 75101 && n <= 75120 || n >= 13201 && n <= 13216 || n >= 69381 && n <= 69389;
    }
}
