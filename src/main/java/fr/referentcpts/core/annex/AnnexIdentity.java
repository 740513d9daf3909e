package fr.referentcpts.core.annex;

/** Who the contract binds: the CPTS association (name, RNA number, seat), the CPAM and the ARS. */
public record AnnexIdentity(String associationName, String rnaNumber, String seat, String cpamName,
        String arsName) {
}
