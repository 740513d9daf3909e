package fr.referentcpts.core.annex;

/** A stored annex with the result of re-verifying it: the SHA-256 of its bytes now, and whether it matches. */
public record AnnexCheck(Annex annex, String actualSha256, boolean intact) {
}
