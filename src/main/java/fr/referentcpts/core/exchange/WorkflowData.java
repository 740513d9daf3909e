package fr.referentcpts.core.exchange;

import fr.referentcpts.core.followup.AnnualReview;
import fr.referentcpts.core.followup.CrisisPlanUpdate;
import fr.referentcpts.core.followup.FirstPaymentFile;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.followup.RecordedAmendment;
import fr.referentcpts.core.followup.RecordedCrisis;
import fr.referentcpts.core.funding.ContractAmount;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.workflow.HealthProject;
import fr.referentcpts.core.workflow.HistoryEntry;
import fr.referentcpts.core.workflow.LetterOfIntent;
import fr.referentcpts.core.workflow.Negotiation;
import fr.referentcpts.core.workflow.PreProject;
import java.math.BigDecimal;
import java.util.List;

/**
 * The guided workflow's part of a case file: the stage forms (null when never filled), the
 * contract's own amounts, the history, the meetings, the yearly reviews, the payments received,
 * and the signed contract's records (crises recognised, crisis plan, amendments, the first
 * payment's file). Lists absent from an older file read as empty.
 */
public record WorkflowData(PreProject preProject, LetterOfIntent letterOfIntent, HealthProject healthProject,
        Negotiation negotiation, List<EnteredAmount> enteredAmounts, List<HistoryEntry> history,
        List<Meeting> meetings, List<AnnualReview> reviews, List<PaymentReceived> payments,
        List<RecordedCrisis> crises, List<CrisisPlanUpdate> crisisPlan, List<RecordedAmendment> amendments,
        FirstPaymentFile paymentFile) {

    /** An annual amount the contract states itself, with who entered it, when and why. */
    public record EnteredAmount(LineKey line, BigDecimal amount, String enteredBy, java.time.LocalDate enteredOn,
            String reason) {
        ContractAmount contractAmount() {
            return new ContractAmount(amount, enteredBy, enteredOn, reason);
        }
    }

    public static final WorkflowData EMPTY = new WorkflowData(null, null, null, null, List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), null);

    public WorkflowData {
        crises = List.copyOf(crises);
        crisisPlan = List.copyOf(crisisPlan);
        amendments = List.copyOf(amendments);
        enteredAmounts = List.copyOf(enteredAmounts);
        history = List.copyOf(history);
        meetings = List.copyOf(meetings);
        reviews = List.copyOf(reviews);
        payments = List.copyOf(payments);
    }
}
