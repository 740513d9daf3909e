package fr.referentcpts.core.workflow;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.followup.FirstPaymentFile;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.missions.CaseMission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a signed contract needs, read from a case: its rules version, its first payment's file, its crisis mission. */
public final class ContractChecks {
    private ContractChecks() {
    }

    /**
     * Why the case's rules version is not acceptable for a contract: none pinned, an unknown one,
     * one not yet in force at signature, or one a later text replaced without a reason recorded
     * in the history; empty when it is acceptable.
     */
    public static Optional<Phrase> rulesProblem(CaseSnapshot s, RulesCatalog catalog, RulesVersion rules) {
        Negotiation negotiation = s.negotiation();
        String pinned = negotiation.rulesVersionId();
        if (pinned == null) {
            return Optional.of(Phrase.of("workflow.detail.rulesDefault", rules.title()));
        }
        Optional<RulesVersion> version = catalog.find(pinned);
        if (version.isEmpty()) {
            return Optional.of(Phrase.of("workflow.detail.rulesUnknown", pinned));
        }
        LocalDate signature = negotiation.signatureDate();
        if (signature != null && rules.inForce().isAfter(signature)) {
            return Optional.of(Phrase.of("workflow.detail.rulesNotInForce", rules.title(),
                    FrenchFormat.date(rules.inForce())));
        }
        if (signature != null && catalog.supersededAt(version.get(), signature)
                && !StageFormService.pinnedWithReason(s.history(), pinned)) {
            return Optional.of(Phrase.of("workflow.detail.rulesSuperseded", pinned, FrenchFormat.date(signature),
                    catalog.versionInForceAt(signature).title()));
        }
        return Optional.empty();
    }

    /** When the crisis mission starts in this contract: chosen at signature, or added by an amendment. */
    public static Optional<LocalDate> crisisStart(CaseSnapshot s, LocalDate signature) {
        CaseMission chosen = s.missions().mission(Mission.CRISIS);
        if (chosen.chosen()) {
            return Optional.ofNullable(chosen.startOn(signature));
        }
        return s.contract().amendments().stream().flatMap(a -> a.terms().addMissions().stream()
                .filter(m -> m.mission() == Mission.CRISIS)
                .map(m -> m.startDate() != null ? m.startDate() : a.terms().effectiveDate()))
                .min(LocalDate::compareTo);
    }

    /** What the first payment's file lacks: the statutes, the RIB, a valid SIRET, a valid FINESS number where given. */
    public static List<Phrase> paymentFileMissing(CaseSnapshot s) {
        FirstPaymentFile file = s.contract().paymentFile();
        List<Phrase> missing = new ArrayList<>();
        if (s.healthProject().statutesDate() == null) {
            missing.add(Phrase.of("workflow.detail.fileStatutes"));
        }
        if (file.ribReceived() == null) {
            missing.add(Phrase.of("workflow.detail.fileRib"));
        }
        if (!FirstPaymentFile.validSiret(file.siret())) {
            missing.add(Phrase.of("workflow.detail.fileSiret"));
        }
        if (!file.finess().isEmpty() && !FirstPaymentFile.validFiness(file.finess())) {
            missing.add(Phrase.of("workflow.detail.fileFiness"));
        }
        return missing;
    }

    /** « Fonctionnement », « Crises sanitaires graves – Volet fixe ». */
    static Object line(LineKey key) {
        return key.mission() == null ? key.component() : Phrase.of("workflow.detail.line", key.mission(),
                key.component());
    }
}
