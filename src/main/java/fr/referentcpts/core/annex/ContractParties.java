package fr.referentcpts.core.annex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who signs the tripartite contract, where and when, as the signature stage records it: the
 * CPTS association (name, RNA number, seat), the CPAM and the ARS, the three signatories,
 * « Fait à …, le … », the pinned rules version and the population figure retained.
 *
 * @param rnaNumber      the association's number in the Répertoire national des associations
 *                       (« W141234567 »)
 * @param signatureDate  null while not fixed: a draft annex is then computed on a provisional date
 * @param rulesVersionId the pinned rules version, null for the version in force at signature
 * @param population     the population figure retained at signature, null to take the total of
 *                       the territory's communes
 */
public record ContractParties(String associationName, String rnaNumber, String seat, String cpamName,
        String arsName, Signatory cptsSignatory, Signatory cpamSignatory, Signatory arsSignatory,
        String signaturePlace, LocalDate signatureDate, String rulesVersionId, PopulationFigure population) {

    private static final Pattern RNA = Pattern.compile("W\\d{9}");

    public ContractParties {
        associationName = clean(associationName);
        rnaNumber = clean(rnaNumber).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        seat = clean(seat);
        cpamName = clean(cpamName);
        arsName = clean(arsName);
        cptsSignatory = cptsSignatory == null ? Signatory.unknown(SignatoryQuality.CPTS_PRESIDENT) : cptsSignatory;
        cpamSignatory = cpamSignatory == null ? Signatory.unknown(SignatoryQuality.CPAM_DIRECTOR) : cpamSignatory;
        arsSignatory = arsSignatory == null ? Signatory.unknown(SignatoryQuality.ARS_DIRECTOR_GENERAL) : arsSignatory;
        signaturePlace = clean(signaturePlace);
        rulesVersionId = rulesVersionId == null || rulesVersionId.isBlank() ? null : rulesVersionId.strip();
    }

    /** The signatory of {@code party}. */
    public Signatory signatory(Party party) {
        return switch (party) {
            case CPTS -> cptsSignatory;
            case CPAM -> cpamSignatory;
            case ARS -> arsSignatory;
        };
    }

    /** The name of {@code party} as the contract writes it. */
    public String organisation(Party party) {
        return switch (party) {
            case CPTS -> associationName;
            case CPAM -> cpamName;
            case ARS -> arsName;
        };
    }

    /** « W » followed by nine digits. */
    public static boolean isValidRna(String rna) {
        return rna != null && RNA.matcher(rna).matches();
    }

    /**
     * What is still missing for a final annex among these fields, in the order of the document:
     * a ready-made list for {@link AnnexSources.Inputs#signatureBlockers} of an implementation.
     */
    public List<DraftReason> missingItems() {
        List<DraftReason> missing = new ArrayList<>();
        if (associationName.isEmpty()) {
            missing.add(DraftReason.of("annex.reason.associationName"));
        }
        if (rnaNumber.isEmpty()) {
            missing.add(DraftReason.of("annex.reason.rna"));
        } else if (!isValidRna(rnaNumber)) {
            missing.add(DraftReason.of("annex.reason.rnaInvalid", rnaNumber));
        }
        if (seat.isEmpty()) {
            missing.add(DraftReason.of("annex.reason.seat"));
        }
        if (cpamName.isEmpty()) {
            missing.add(DraftReason.of("annex.reason.cpamName"));
        }
        if (arsName.isEmpty()) {
            missing.add(DraftReason.of("annex.reason.arsName"));
        }
        for (Party party : Party.values()) {
            Signatory signatory = signatory(party);
            if (!signatory.isKnown()) {
                missing.add(DraftReason.of("annex.reason.signatory", party));
            } else if (signatory.quality().party() != party) {
                missing.add(DraftReason.of("annex.reason.signatoryQuality", party, signatory.quality()));
            }
        }
        if (signaturePlace.isEmpty()) {
            missing.add(DraftReason.of("annex.reason.signaturePlace"));
        }
        if (signatureDate == null) {
            missing.add(DraftReason.of("annex.reason.signatureDate"));
        }
        return missing;
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
