package fr.referentcpts.core.funding;

import fr.referentcpts.core.common.Keyed;
import java.util.Locale;

/**
 * A mission of the ACI a CPTS can take on. Whether it is mandatory (socle) or optional, and
 * from when it exists, depends on the rules version ({@link MissionRule}).
 */
public enum Mission implements Keyed {
    /** Améliorer l’accès aux soins (médecin traitant, soins non programmés). */
    ACCESS,
    /** Organiser des parcours pluriprofessionnels autour du patient. */
    PATHWAYS,
    /** Développer des actions territoriales de prévention. */
    PREVENTION,
    /** Réponse aux crises sanitaires graves (avenant 2). */
    CRISIS,
    /** Développer la qualité et la pertinence des soins. */
    QUALITY,
    /** Accompagner les professionnels de santé sur le territoire. */
    SUPPORT;

    @Override
    public String messageKey() {
        return "mission." + name().toLowerCase(Locale.ROOT);
    }
}
