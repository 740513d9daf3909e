package fr.referentcpts.core.exchange;

import fr.referentcpts.core.annex.AnnexRepository;
import fr.referentcpts.core.followup.AnnualReview;
import fr.referentcpts.core.followup.ContractRecords;
import fr.referentcpts.core.followup.ContractRepository;
import fr.referentcpts.core.followup.FollowUpRepository;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.funding.ContractAmount;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingRepository;
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
    void write(UUID caseId, WorkflowData data) {
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
}
