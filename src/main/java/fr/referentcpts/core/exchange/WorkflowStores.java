package fr.referentcpts.core.exchange;

import fr.referentcpts.core.annex.AnnexRepository;
import fr.referentcpts.core.followup.AnnualReview;
import fr.referentcpts.core.followup.ContractRecords;
import fr.referentcpts.core.followup.ContractRepository;
import fr.referentcpts.core.followup.FirstPaymentFile;
import fr.referentcpts.core.followup.FollowUpRepository;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.funding.ContractAmount;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingRepository;
import fr.referentcpts.core.workflow.HealthProject;
import fr.referentcpts.core.workflow.LetterOfIntent;
import fr.referentcpts.core.workflow.Negotiation;
import fr.referentcpts.core.workflow.PreProject;
import fr.referentcpts.core.workflow.WorkflowRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The workflow's and the annexes' stores, read and written as one part of a case bundle. */
public record WorkflowStores(WorkflowRepository forms, MeetingRepository meetings, FollowUpRepository followUp,
        ContractRepository contracts, AnnexRepository annexes) {

    WorkflowData read(UUID caseId) {
        ContractRecords records = contracts.records(caseId);
        return new WorkflowData(forms.preProject(caseId).orElse(null), forms.letterOfIntent(caseId).orElse(null),
                forms.healthProject(caseId).orElse(null), forms.negotiation(caseId).orElse(null),
                forms.contractAmounts(caseId).entrySet().stream()
                        .map(e -> new WorkflowData.EnteredAmount(e.getKey(), e.getValue().amount(),
                                e.getValue().enteredBy(), e.getValue().enteredOn(), e.getValue().reason())).toList(),
                forms.history(caseId), meetings.meetings(caseId), followUp.reviews(caseId), followUp.payments(caseId),
                records.crises(), records.crisisPlan(), records.amendments(),
                records.paymentFile().version() == 0 ? null : records.paymentFile());
    }

    /**
     * Inserts the workflow data of a case that has none yet (forms at version 0 are inserted);
     * every record already carries {@code caseId} ({@link ImportedIds}).
     */
    void write(UUID caseId, WorkflowData written) {
        WorkflowData data = unsaved(written);
        if (data.preProject() != null) {
            forms.savePreProject(caseId, data.preProject());
        }
        if (data.letterOfIntent() != null) {
            forms.saveLetterOfIntent(caseId, data.letterOfIntent());
        }
        if (data.healthProject() != null) {
            forms.saveHealthProject(caseId, data.healthProject());
        }
        if (data.negotiation() != null) {
            forms.saveNegotiation(caseId, data.negotiation());
        }
        Map<fr.referentcpts.core.funding.LineKey, ContractAmount> amounts = new LinkedHashMap<>();
        data.enteredAmounts().forEach(a -> amounts.put(a.line(), a.contractAmount()));
        forms.replaceContractAmounts(caseId, amounts);
        data.crises().forEach(c -> contracts.addCrisis(caseId, c));
        data.crisisPlan().forEach(p -> contracts.savePlan(caseId, p));
        data.amendments().forEach(a -> contracts.addAmendment(caseId, a));
        if (data.paymentFile() != null) {
            contracts.savePaymentFile(caseId, data.paymentFile());
        }
        data.history().forEach(forms::addHistory);
        for (Meeting meeting : data.meetings()) {
            if (!meetings.save(meeting)) {
                throw new IllegalStateException("meeting " + meeting.id() + " already exists");
            }
        }
        for (AnnualReview review : data.reviews()) {
            if (!followUp.saveReview(caseId, review)) {
                throw new IllegalStateException("review " + review.contractYear() + " already exists");
            }
        }
        for (PaymentReceived payment : data.payments()) {
            followUp.savePayment(payment);
        }
    }

    /**
     * The same data as never saved (every row counter at 0): the case is inserted anew, so a
     * bundle read from a database (a deleted case brought back, a merged case) is written whole,
     * as a file's is.
     */
    private static WorkflowData unsaved(WorkflowData d) {
        PreProject pre = d.preProject();
        LetterOfIntent l = d.letterOfIntent();
        HealthProject h = d.healthProject();
        Negotiation n = d.negotiation();
        FirstPaymentFile f = d.paymentFile();
        return new WorkflowData(pre == null ? null : new PreProject(pre.firstContact(), pre.contactedParty(),
                pre.problems(), 0),
                l == null ? null : new LetterOfIntent(l.received(), l.content(), l.sentToArs(), l.decision(),
                        l.decisionDate(), l.decisionComments(), l.seedGrantAmount(), l.seedGrantDate(), 0),
                h == null ? null : new HealthProject(h.associationName(), h.rna(), h.statutesDate(),
                        h.constitutiveAssembly(), h.seat(), h.presidentId(), h.coordinatorId(), h.diagnosis(),
                        h.received(), h.arsValidation(), h.amValidation(), 0),
                n == null ? null : new Negotiation(n.confirmedPopulation(), n.populationSource(),
                        n.populationVintage(), n.sizeClassConfirmed(), n.rulesVersionId(), n.sizeClassOverride(),
                        n.overrideReason(), n.cpts(), n.cpam(), n.ars(), n.cpamName(), n.arsName(),
                        n.signatureDate(), n.signaturePlace(), 0),
                d.enteredAmounts(), d.history(),
                d.meetings().stream().map(m -> new Meeting(m.id(), m.caseId(), m.date(), m.time(), m.place(),
                        m.kind(), m.participants(), m.otherParticipants(), m.agenda(), m.decisions(), m.actions(), 0))
                        .toList(),
                d.reviews().stream().map(r -> new AnnualReview(r.contractYear(), r.date(), r.comments(), 0)).toList(),
                d.payments(), d.crises(), d.crisisPlan(), d.amendments(),
                f == null ? null : new FirstPaymentFile(f.ribReceived(), f.siret(), f.finess(), 0));
    }
}
