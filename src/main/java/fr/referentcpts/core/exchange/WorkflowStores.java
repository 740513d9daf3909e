package fr.referentcpts.core.exchange;

import fr.referentcpts.core.annex.AnnexRepository;
import fr.referentcpts.core.followup.AnnualReview;
import fr.referentcpts.core.followup.ContractRecords;
import fr.referentcpts.core.followup.ContractRepository;
import fr.referentcpts.core.followup.FollowUpRepository;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.funding.ContractAmount;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingRepository;
import fr.referentcpts.core.workflow.HealthProject;
import fr.referentcpts.core.workflow.HistoryEntry;
import fr.referentcpts.core.workflow.LetterOfIntent;
import fr.referentcpts.core.workflow.Negotiation;
import fr.referentcpts.core.workflow.PreProject;
import fr.referentcpts.core.workflow.WorkflowRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The workflow's and the annexes' stores, read as one part of a case bundle (written whole by {@link CaseInserts}). */
public record WorkflowStores(WorkflowRepository forms, MeetingRepository meetings, FollowUpRepository followUp,
        ContractRepository contracts, AnnexRepository annexes) {

    WorkflowData read(UUID caseId) {
        return data(forms.preProject(caseId).orElse(null), forms.letterOfIntent(caseId).orElse(null),
                forms.healthProject(caseId).orElse(null), forms.negotiation(caseId).orElse(null),
                forms.contractAmounts(caseId), forms.history(caseId), meetings.meetings(caseId),
                followUp.reviews(caseId), followUp.payments(caseId), contracts.records(caseId));
    }

    /** The workflow of each of the cases {@code caseIds}, each table read once for all of them. */
    Map<UUID, WorkflowData> read(Collection<UUID> caseIds) {
        Map<UUID, PreProject> pre = forms.preProjects(caseIds);
        Map<UUID, LetterOfIntent> letters = forms.lettersOfIntent(caseIds);
        Map<UUID, HealthProject> projects = forms.healthProjects(caseIds);
        Map<UUID, Negotiation> negotiations = forms.negotiations(caseIds);
        Map<UUID, Map<LineKey, ContractAmount>> amounts = forms.contractAmounts(caseIds);
        Map<UUID, List<HistoryEntry>> history = forms.history(caseIds);
        Map<UUID, List<Meeting>> held = meetings.meetings(caseIds);
        Map<UUID, List<AnnualReview>> reviews = followUp.reviews(caseIds);
        Map<UUID, List<PaymentReceived>> payments = followUp.payments(caseIds);
        Map<UUID, ContractRecords> records = contracts.records(caseIds);
        Map<UUID, WorkflowData> read = new HashMap<>();
        for (UUID id : caseIds) {
            read.put(id, data(pre.get(id), letters.get(id), projects.get(id), negotiations.get(id),
                    amounts.getOrDefault(id, Map.of()), history.getOrDefault(id, List.of()),
                    held.getOrDefault(id, List.of()), reviews.getOrDefault(id, List.of()),
                    payments.getOrDefault(id, List.of()), records.getOrDefault(id, ContractRecords.EMPTY)));
        }
        return read;
    }

    private static WorkflowData data(PreProject pre, LetterOfIntent letter, HealthProject project,
            Negotiation negotiation, Map<LineKey, ContractAmount> amounts, List<HistoryEntry> history,
            List<Meeting> meetings, List<AnnualReview> reviews, List<PaymentReceived> payments,
            ContractRecords records) {
        return new WorkflowData(pre, letter, project, negotiation, amounts.entrySet().stream()
                .map(e -> new WorkflowData.EnteredAmount(e.getKey(), e.getValue().amount(), e.getValue().enteredBy(),
                        e.getValue().enteredOn(), e.getValue().reason())).toList(),
                history, meetings, reviews, payments, records.crises(), records.crisisPlan(), records.amendments(),
                records.paymentFile().version() == 0 ? null : records.paymentFile());
    }
}
