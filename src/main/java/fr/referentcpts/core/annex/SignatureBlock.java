package fr.referentcpts.core.annex;

import java.time.LocalDate;

/**
 * A signature block: the party, its organisation's name, who signs and in what capacity, and
 * « Fait à {place}, le {date} » (empty place or null date: left blank to fill in by hand).
 */
public record SignatureBlock(Party party, String organisation, Signatory signatory, String place, LocalDate date) {
}
