package fr.referentcpts.core.amendment;

import fr.referentcpts.core.annex.AnnexIdentity;
import fr.referentcpts.core.annex.DraftReason;
import fr.referentcpts.core.annex.RulesReference;
import fr.referentcpts.core.annex.SignatureBlock;
import fr.referentcpts.core.funding.Source;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything « Avenant n° N au contrat tripartite » prints, as values and message keys (no French
 * sentence): the parties, the contract it amends (signature date, rules version), the articles it
 * changes from its effective date, the envelope before and after, the legal references, the three
 * signature blocks; a draft (« PROJET ») while an amount it uses is not confirmed or a party is
 * incomplete. Immutable; built by {@link AmendmentService}, laid out by the {@code pdf.annex} package.
 *
 * @param contractRules the rules version the contract was signed with
 * @param appliedRules  the rules version applied from the effective date
 */
public record AmendmentReport(UUID caseId, int number, AnnexIdentity identity, LocalDate signatureDate,
        LocalDate contractEnd, RulesReference contractRules, RulesReference appliedRules, LocalDate effectiveDate,
        String reason, List<AmendmentChange> changes, AmendmentEffect effect, List<Source> legalReferences,
        List<SignatureBlock> signatures, LocalDate generatedOn, boolean draft, List<DraftReason> draftReasons) {

    public AmendmentReport {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(generatedOn, "generatedOn");
        changes = List.copyOf(changes);
        legalReferences = List.copyOf(legalReferences);
        signatures = List.copyOf(signatures);
        draftReasons = List.copyOf(draftReasons);
        if (!draft && !draftReasons.isEmpty()) {
            throw new IllegalArgumentException("a final amendment has no draft reason: " + draftReasons);
        }
    }

    /** SHA-256 (hex) of the content: same content, same fingerprint (the document's ID and PDF ID). */
    public String fingerprint() {
        return fr.referentcpts.core.annex.AnnexService.sha256(toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The short identifier printed in every footer: the first 8 hex digits of the fingerprint. */
    public String documentId() {
        return fingerprint().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
