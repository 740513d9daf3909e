package fr.referentcpts.core.amendment;

import fr.referentcpts.core.funding.AnnualLine;
import fr.referentcpts.core.funding.LineKey;

/**
 * A line of the annual envelope before the amendment and as amended: either side is null when the
 * line does not exist there (a mission added, a complement granted).
 */
public record EnvelopeChange(LineKey key, AnnualLine before, AnnualLine after) {
}
