package fr.referentcpts.core.annex;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything the « Annexes au contrat tripartite » of a case print, as values and message keys
 * (no French sentence): identity, rules version, territory, missions, finances, the three
 * signature blocks, the generation date, and whether it is a draft and why. Immutable; built by
 * {@link AnnexReportBuilder}, laid out by the {@code pdf.annex} package.
 */
public record AnnexReport(UUID caseId, AnnexIdentity identity, RulesReference rules, TerritoryAnnex territory,
        List<MissionAnnex> missions, FinancialAnnex finance, List<SignatureBlock> signatures,
        LocalDate generatedOn, boolean draft, List<DraftReason> draftReasons) {

    public AnnexReport {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(finance, "finance");
        Objects.requireNonNull(generatedOn, "generatedOn");
        missions = List.copyOf(missions);
        signatures = List.copyOf(signatures);
        draftReasons = List.copyOf(draftReasons);
        if (!draft && !draftReasons.isEmpty()) {
            throw new IllegalArgumentException("a final annex has no draft reason: " + draftReasons);
        }
    }

    /** The short identifier printed in every footer: the first 8 hex digits of {@link #fingerprint()}. */
    public String documentId() {
        return documentId(fingerprint());
    }

    /** The short identifier of a fingerprint already computed. */
    public static String documentId(String fingerprint) {
        return fingerprint.substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    /** SHA-256 (hex) of the canonical content: same content, same fingerprint. */
    public String fingerprint() {
        return AnnexCanonical.sha256(this);
    }
}
