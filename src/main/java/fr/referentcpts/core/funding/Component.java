package fr.referentcpts.core.funding;

import fr.referentcpts.core.common.Keyed;
import java.util.Locale;

/** A line of the barème: the structure's own money, or one part of a mission's funding. */
public enum Component implements Keyed {
    /** Fonctionnement de la communauté (no mission). */
    OPERATING,
    /** Complément de fonctionnement de l'avenant 2 (+75 %) for contracts signed before 31/12/2021 (no mission). */
    OPERATING_COMPLEMENT,
    /** Versement à la validation de la lettre d'intention (avenant 2; no mission, once, before the contract). */
    LETTER_OF_INTENT,
    /** Volet fixe (moyens). */
    FIXED,
    /** Volet variable (actions et résultats). */
    VARIABLE,
    /** Compensation des professionnels pour l'organisation des soins non programmés. */
    SNP_COMPENSATION,
    /** Volet supplémentaire SNP : traitement et orientation des demandes (enveloppe fléchée). */
    SNP_ORIENTATION,
    /** Part conditionnelle de la mission crises : versée seulement quand l'ARS reconnaît une crise sanitaire grave. */
    CONDITIONAL;

    @Override
    public String messageKey() {
        return "component." + name().toLowerCase(Locale.ROOT);
    }

    /** The structure's own lines, outside any mission. */
    public boolean structural() {
        return this == OPERATING || this == OPERATING_COMPLEMENT || this == LETTER_OF_INTENT;
    }

    /**
     * Part of the annual envelope: false for the letter-of-intent payment (once, before the
     * contract) and the crisis conditional part (only when a crisis is recognised).
     */
    public boolean annual() {
        return this != LETTER_OF_INTENT && this != CONDITIONAL;
    }
}
