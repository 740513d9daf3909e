package fr.referentcpts.core.exchange;

import fr.referentcpts.core.annex.AnnexRepository;
import fr.referentcpts.core.followup.ContractRecords;
import fr.referentcpts.core.followup.ContractRepository;
import fr.referentcpts.core.followup.FollowUpRepository;
import fr.referentcpts.core.meetings.MeetingRepository;
import fr.referentcpts.core.workflow.WorkflowRepository;
import java.util.UUID;

/** The workflow's and the annexes' stores, read as one part of a case bundle (written whole by {@link CaseInserts}). */
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
}
