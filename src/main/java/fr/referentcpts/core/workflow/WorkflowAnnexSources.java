package fr.referentcpts.core.workflow;

import fr.referentcpts.core.annex.AnnexSources;
import fr.referentcpts.core.annex.ContractParties;
import fr.referentcpts.core.annex.DraftReason;
import fr.referentcpts.core.annex.PopulationFigure;
import fr.referentcpts.core.annex.Signatory;
import fr.referentcpts.core.annex.SignatoryQuality;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.Keyed;
import fr.referentcpts.core.funding.FundingInput;
import fr.referentcpts.core.people.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The annexes' sources from the guided workflow: the association of the projet de santé, the
 * CPAM, ARS, signatories, place and date of the négociation et signature stage, the pinned rules
 * version and confirmed population, the amounts entered « à confirmer »; and, as blockers, the
 * signature stage's blocking requirements still missing.
 */
public final class WorkflowAnnexSources implements AnnexSources {
    private final WorkflowService workflow;

    public WorkflowAnnexSources(WorkflowService workflow) {
        this.workflow = workflow;
    }

    @Override
    public ContractParties parties(UUID caseId) {
        return parties(workflow.snapshot(caseId));
    }

    /** The case read once for the three (it was read five times per annex, the first time cold). */
    @Override
    public Inputs inputs(UUID caseId, LocalDate generatedOn) {
        CaseSnapshot snapshot = workflow.snapshot(caseId);
        ContractParties parties = parties(snapshot);
        return new Inputs(parties, fundingInput(snapshot, generatedOn), signatureBlockers(snapshot, parties));
    }

    private static ContractParties parties(CaseSnapshot snapshot) {
        HealthProject association = snapshot.healthProject();
        Negotiation negotiation = snapshot.negotiation();
        String president = snapshot.person(association.presidentId()).map(Person::name).orElse("");
        Signatory cpts = signatory(negotiation.cpts().name().isEmpty() ? president : negotiation.cpts().name(),
                negotiation.cpts().quality(), SignatoryQuality.CPTS_PRESIDENT);
        Signatory cpam = signatory(negotiation.cpam().name(), negotiation.cpam().quality(),
                SignatoryQuality.CPAM_DIRECTOR);
        String arsQuality = negotiation.ars().quality().toLowerCase(Locale.ROOT);
        Signatory ars = signatory(negotiation.ars().name(), negotiation.ars().quality(),
                arsQuality.contains("délégu") || arsQuality.contains("delegu")
                        ? SignatoryQuality.ARS_DEPARTMENTAL_DELEGATE : SignatoryQuality.ARS_DIRECTOR_GENERAL);
        PopulationFigure population = negotiation.confirmedPopulation() == null ? null
                : new PopulationFigure(negotiation.confirmedPopulation(), negotiation.populationSource(),
                        negotiation.populationVintage());
        String name = association.associationName().isEmpty() ? snapshot.caseFile().name()
                : association.associationName();
        return new ContractParties(name, association.rna(), association.seat(), negotiation.cpamName(),
                negotiation.arsName(), cpts, cpam, ars, negotiation.signaturePlace(), negotiation.signatureDate(),
                negotiation.rulesVersionId(), population);
    }

    private List<DraftReason> signatureBlockers(CaseSnapshot snapshot, ContractParties parties) {
        WorkflowStatus status = workflow.status(snapshot);
        WorkflowStage stage = status.caseFile().stage();
        List<DraftReason> blockers = new ArrayList<>();
        if (stage == WorkflowStage.SIGNATURE) {
            status.requirements().stream().filter(Requirement::missingBlocking)
                    .forEach(r -> blockers.add(reason(r.label())));
        } else if (stage.ordinal() < WorkflowStage.SIGNATURE.ordinal() || stage == WorkflowStage.ABANDONED) {
            blockers.add(DraftReason.of("annex.reason.stage", stage));
        } else {
            ContractChecks.rulesProblem(snapshot, workflow.engine().catalog(), status.rules())
                    .ifPresent(problem -> blockers.add(reason(problem)));
        }
        for (DraftReason missing : parties.missingItems()) {
            if (!blockers.contains(missing)) {
                blockers.add(missing);
            }
        }
        return blockers;
    }

    private FundingInput fundingInput(CaseSnapshot snapshot, LocalDate generatedOn) {
        return ContractFunding.signedTerms(snapshot, workflow.engine().catalog(), generatedOn);
    }

    /** The typed quality is kept as a complement when it says « intérim » or « délégation ». */
    private static Signatory signatory(String name, String typedQuality, SignatoryQuality quality) {
        String lower = typedQuality.toLowerCase(Locale.ROOT);
        String complement = lower.contains("intérim") || lower.contains("interim") || lower.contains("délégation")
                ? typedQuality : "";
        return new Signatory(name, quality, complement);
    }

    private static DraftReason reason(Phrase phrase) {
        List<Object> arguments = new ArrayList<>();
        for (Object argument : phrase.arguments()) {
            arguments.add(argument instanceof Keyed || argument instanceof String ? argument : String.valueOf(argument));
        }
        return new DraftReason(phrase.key(), arguments);
    }
}
