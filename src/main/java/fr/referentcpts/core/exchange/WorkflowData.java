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

    /** The same data as never saved: every row counter at 0 (a counter belongs to the database the data was read from). */
    public WorkflowData unsaved() {
        PreProject pre = preProject;
        LetterOfIntent l = letterOfIntent;
        HealthProject h = healthProject;
        Negotiation n = negotiation;
        FirstPaymentFile f = paymentFile;
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
                enteredAmounts, history,
                meetings.stream().map(m -> new Meeting(m.id(), m.caseId(), m.date(), m.time(), m.place(), m.kind(),
                        m.participants(), m.otherParticipants(), m.agenda(), m.decisions(), m.actions(), 0)).toList(),
                reviews.stream().map(r -> new AnnualReview(r.contractYear(), r.date(), r.comments(), 0)).toList(),
                payments, crises, crisisPlan, amendments,
                f == null ? null : new FirstPaymentFile(f.ribReceived(), f.siret(), f.finess(), 0));
    }
}
