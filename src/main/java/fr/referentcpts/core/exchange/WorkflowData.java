package fr.referentcpts.core.exchange;

import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.workflow.AnnualReview;
import fr.referentcpts.core.workflow.HealthProject;
import fr.referentcpts.core.workflow.HistoryEntry;
import fr.referentcpts.core.workflow.LetterOfIntent;
import fr.referentcpts.core.workflow.Meeting;
import fr.referentcpts.core.workflow.Negotiation;
import fr.referentcpts.core.workflow.PaymentReceived;
import fr.referentcpts.core.workflow.PreProject;
import java.math.BigDecimal;
import java.util.List;

/**
 * The guided workflow's part of a case file: the stage forms (null when never filled), the
 * amounts entered for lines « à confirmer », the history, the meetings, the yearly reviews and
 * the payments received.
 */
public record WorkflowData(PreProject preProject, LetterOfIntent letterOfIntent, HealthProject healthProject,
        Negotiation negotiation, List<EnteredAmount> enteredAmounts, List<HistoryEntry> history,
        List<Meeting> meetings, List<AnnualReview> reviews, List<PaymentReceived> payments) {

    /** An annual amount entered for a line « à confirmer » of the contract's rules version. */
    public record EnteredAmount(LineKey line, BigDecimal amount) {
    }

    public static final WorkflowData EMPTY = new WorkflowData(null, null, null, null, List.of(), List.of(), List.of(),
            List.of(), List.of());

    public WorkflowData {
        enteredAmounts = List.copyOf(enteredAmounts);
        history = List.copyOf(history);
        meetings = List.copyOf(meetings);
        reviews = List.copyOf(reviews);
        payments = List.copyOf(payments);
    }
}
