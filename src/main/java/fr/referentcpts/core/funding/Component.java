package fr.referentcpts.core.funding;

import fr.referentcpts.core.common.Keyed;
import java.util.Locale;

/** A line of the barème: the structure’s operating budget, or one part of a mission’s funding. */
public enum Component implements Keyed {
    /** Fonctionnement de la communauté (no mission). */
    OPERATING,
    /** Volet fixe (moyens). */
    FIXED,
    /** Volet variable (actions et résultats). */
    VARIABLE,
    /** Compensation des professionnels pour l’organisation des soins non programmés. */
    SNP_COMPENSATION,
    /** Volet supplémentaire SNP : traitement et orientation des demandes (enveloppe fléchée). */
    SNP_ORIENTATION;

    @Override
    public String messageKey() {
        return "component." + name().toLowerCase(Locale.ROOT);
    }
}
