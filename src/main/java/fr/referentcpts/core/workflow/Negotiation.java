package fr.referentcpts.core.workflow;

import fr.referentcpts.core.funding.SizeClass;
import java.time.LocalDate;

/**
 * The négociation et signature stage: the population figure the contract pays on (null: not
 * confirmed yet, the territory's total is used meanwhile) and its size class, the rules version
 * the contract is pinned to (null: the one in force at signature), an imposed size class with
 * its reason, the signatories of the three parties and the CPAM and ARS names, the signature
 * date and place. {@code version} 0: never saved.
 */
public record Negotiation(Long confirmedPopulation, String populationSource, String populationVintage,
        boolean sizeClassConfirmed, String rulesVersionId, SizeClass sizeClassOverride, String overrideReason,
        Signatory cpts, Signatory cpam, Signatory ars, String cpamName, String arsName, LocalDate signatureDate,
        String signaturePlace, int version) {

    public static final Negotiation EMPTY = new Negotiation(null, "", "", false, null, null, "", Signatory.NONE,
            Signatory.NONE, Signatory.NONE, "", "", null, "", 0);

    public Negotiation {
        populationSource = clean(populationSource);
        populationVintage = clean(populationVintage);
        rulesVersionId = rulesVersionId == null || rulesVersionId.isBlank() ? null : rulesVersionId.strip();
        overrideReason = clean(overrideReason);
        cpts = cpts == null ? Signatory.NONE : cpts;
        cpam = cpam == null ? Signatory.NONE : cpam;
        ars = ars == null ? Signatory.NONE : ars;
        cpamName = clean(cpamName);
        arsName = clean(arsName);
        signaturePlace = clean(signaturePlace);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
