package fr.referentcpts.persistence.exchange;

import static fr.referentcpts.persistence.exchange.JooqCaseInserts.utc;
import static fr.referentcpts.persistence.generated.Tables.ANNUAL_REVIEW;
import static fr.referentcpts.persistence.generated.Tables.CONTRACT_AMENDMENT;
import static fr.referentcpts.persistence.generated.Tables.CONTRACT_AMENDMENT_MISSION;
import static fr.referentcpts.persistence.generated.Tables.CONTRACT_ENTERED_AMOUNT;
import static fr.referentcpts.persistence.generated.Tables.CRISIS_PLAN;
import static fr.referentcpts.persistence.generated.Tables.CRISIS_RECOGNITION;
import static fr.referentcpts.persistence.generated.Tables.FIRST_PAYMENT_FILE;
import static fr.referentcpts.persistence.generated.Tables.MEETING;
import static fr.referentcpts.persistence.generated.Tables.MEETING_ACTION;
import static fr.referentcpts.persistence.generated.Tables.MEETING_PARTICIPANT;
import static fr.referentcpts.persistence.generated.Tables.PAYMENT_RECEIVED;
import static fr.referentcpts.persistence.generated.Tables.STAGE_HEALTH_PROJECT;
import static fr.referentcpts.persistence.generated.Tables.STAGE_HISTORY;
import static fr.referentcpts.persistence.generated.Tables.STAGE_LETTER_OF_INTENT;
import static fr.referentcpts.persistence.generated.Tables.STAGE_NEGOTIATION;
import static fr.referentcpts.persistence.generated.Tables.STAGE_PRE_PROJECT;

import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.WorkflowData;
import fr.referentcpts.core.followup.AnnualReview;
import fr.referentcpts.core.followup.CrisisPlanUpdate;
import fr.referentcpts.core.followup.FirstPaymentFile;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.followup.RecordedAmendment;
import fr.referentcpts.core.followup.RecordedCrisis;
import fr.referentcpts.core.funding.ContractAmendment;
import fr.referentcpts.core.funding.MissionChoice;
import fr.referentcpts.core.history.HistoryChain;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.NextAction;
import fr.referentcpts.core.workflow.HealthProject;
import fr.referentcpts.core.workflow.HistoryEntry;
import fr.referentcpts.core.workflow.LetterOfIntent;
import fr.referentcpts.core.workflow.Negotiation;
import fr.referentcpts.core.workflow.PreProject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The workflow's rows of whole case files ({@link JooqCaseInserts}): forms, contract records, history, meetings. */
final class WorkflowRows {
    private WorkflowRows() {
    }

    static void add(JooqCaseInserts.Rows rows, List<CaseBundle> bundles) {
        for (CaseBundle bundle : bundles) {
            UUID id = bundle.caseFile().id();
            WorkflowData w = bundle.workflow();
            forms(rows, id, w);
            Map<String, WorkflowData.EnteredAmount> amounts = new LinkedHashMap<>();
            w.enteredAmounts().forEach(a -> amounts.put(a.line().code(), a));
            amounts.values().forEach(a -> rows.row(CONTRACT_ENTERED_AMOUNT).v(CONTRACT_ENTERED_AMOUNT.CASE_ID, id)
                    .v(CONTRACT_ENTERED_AMOUNT.LINE, a.line().code()).v(CONTRACT_ENTERED_AMOUNT.AMOUNT, a.amount())
                    .v(CONTRACT_ENTERED_AMOUNT.ENTERED_BY, a.enteredBy())
                    .v(CONTRACT_ENTERED_AMOUNT.ENTERED_ON, a.enteredOn()).v(CONTRACT_ENTERED_AMOUNT.REASON, a.reason()));
            contract(rows, id, w);
            history(rows, w.history());
            w.meetings().forEach(m -> meeting(rows, id, m));
            for (AnnualReview r : w.reviews()) {
                rows.row(ANNUAL_REVIEW).v(ANNUAL_REVIEW.CASE_ID, id).v(ANNUAL_REVIEW.CONTRACT_YEAR, r.contractYear())
                        .v(ANNUAL_REVIEW.REVIEW_DATE, r.date()).v(ANNUAL_REVIEW.COMMENTS, r.comments())
                        .v(ANNUAL_REVIEW.VERSION, 1);
            }
            for (PaymentReceived p : w.payments()) {
                rows.row(PAYMENT_RECEIVED).v(PAYMENT_RECEIVED.ID, p.id()).v(PAYMENT_RECEIVED.CASE_ID, id)
                        .v(PAYMENT_RECEIVED.RECEIVED_ON, p.date()).v(PAYMENT_RECEIVED.AMOUNT, p.amount())
                        .v(PAYMENT_RECEIVED.LINE, p.line() == null ? "" : p.line().code())
                        .v(PAYMENT_RECEIVED.NOTE, p.note());
            }
        }
    }

    /** The stage forms filled, each at version 1. */
    private static void forms(JooqCaseInserts.Rows rows, UUID id, WorkflowData w) {
        PreProject pre = w.preProject();
        if (pre != null) {
            rows.row(STAGE_PRE_PROJECT).v(STAGE_PRE_PROJECT.FIRST_CONTACT_DATE, pre.firstContact())
                    .v(STAGE_PRE_PROJECT.FIRST_CONTACT_WITH, name(pre.contactedParty()))
                    .v(STAGE_PRE_PROJECT.PROBLEMS, pre.problems()).v(STAGE_PRE_PROJECT.CASE_ID, id)
                    .v(STAGE_PRE_PROJECT.VERSION, 1);
        }
        LetterOfIntent l = w.letterOfIntent();
        if (l != null) {
            var t = STAGE_LETTER_OF_INTENT;
            rows.row(t).v(t.RECEIVED_DATE, l.received()).v(t.CONTENT_ITEMS, join(l.content()))
                    .v(t.SENT_TO_ARS_DATE, l.sentToArs()).v(t.DECISION, name(l.decision()))
                    .v(t.DECISION_DATE, l.decisionDate()).v(t.DECISION_COMMENTS, l.decisionComments())
                    .v(t.SEED_GRANT_AMOUNT, l.seedGrantAmount()).v(t.SEED_GRANT_DATE, l.seedGrantDate())
                    .v(t.CASE_ID, id).v(t.VERSION, 1);
        }
        HealthProject h = w.healthProject();
        if (h != null) {
            var t = STAGE_HEALTH_PROJECT;
            rows.row(t).v(t.ASSOCIATION_NAME, h.associationName()).v(t.RNA, h.rna())
                    .v(t.STATUTES_DATE, h.statutesDate()).v(t.CONSTITUTIVE_ASSEMBLY_DATE, h.constitutiveAssembly())
                    .v(t.SEAT, h.seat()).v(t.PRESIDENT_ID, h.presidentId()).v(t.COORDINATOR_ID, h.coordinatorId())
                    .v(t.DIAGNOSIS_ITEMS, join(h.diagnosis())).v(t.RECEIVED_DATE, h.received())
                    .v(t.ARS_VALIDATION_DATE, h.arsValidation()).v(t.AM_VALIDATION_DATE, h.amValidation())
                    .v(t.CASE_ID, id).v(t.VERSION, 1);
        }
        Negotiation d = w.negotiation();
        if (d != null) {
            var n = STAGE_NEGOTIATION;
            rows.row(n).v(n.CONFIRMED_POPULATION, d.confirmedPopulation()).v(n.POPULATION_SOURCE, d.populationSource())
                    .v(n.POPULATION_VINTAGE, d.populationVintage()).v(n.SIZE_CLASS_CONFIRMED, d.sizeClassConfirmed())
                    .v(n.RULES_VERSION_ID, d.rulesVersionId())
                    .v(n.SIZE_CLASS_OVERRIDE, d.sizeClassOverride() == null ? null : d.sizeClassOverride().number())
                    .v(n.SIZE_CLASS_OVERRIDE_REASON, d.overrideReason()).v(n.CPTS_SIGNATORY_NAME, d.cpts().name())
                    .v(n.CPTS_SIGNATORY_QUALITY, d.cpts().quality()).v(n.CPAM_SIGNATORY_NAME, d.cpam().name())
                    .v(n.CPAM_SIGNATORY_QUALITY, d.cpam().quality()).v(n.ARS_SIGNATORY_NAME, d.ars().name())
                    .v(n.ARS_SIGNATORY_QUALITY, d.ars().quality()).v(n.CPAM_NAME, d.cpamName())
                    .v(n.ARS_NAME, d.arsName()).v(n.SIGNATURE_DATE, d.signatureDate())
                    .v(n.SIGNATURE_PLACE, d.signaturePlace()).v(n.CASE_ID, id).v(n.VERSION, 1);
        }
    }

    /** The signed contract's records: crises, crisis plan (one a year, the last given), amendments, payment file. */
    private static void contract(JooqCaseInserts.Rows rows, UUID id, WorkflowData w) {
        for (RecordedCrisis c : w.crises()) {
            rows.row(CRISIS_RECOGNITION).v(CRISIS_RECOGNITION.ID, c.id()).v(CRISIS_RECOGNITION.CASE_ID, id)
                    .v(CRISIS_RECOGNITION.RECOGNISED_ON, c.recognition().date())
                    .v(CRISIS_RECOGNITION.REFERENCE, c.recognition().reference())
                    .v(CRISIS_RECOGNITION.COMMENT, c.recognition().comment());
        }
        Map<Integer, CrisisPlanUpdate> plan = new LinkedHashMap<>();
        w.crisisPlan().forEach(p -> plan.put(p.contractYear(), p));
        plan.values().forEach(p -> rows.row(CRISIS_PLAN).v(CRISIS_PLAN.CASE_ID, id)
                .v(CRISIS_PLAN.CONTRACT_YEAR, p.contractYear()).v(CRISIS_PLAN.DONE_ON, p.date())
                .v(CRISIS_PLAN.COMMENT, p.comment()));
        for (RecordedAmendment a : w.amendments()) {
            ContractAmendment terms = a.terms();
            var t = CONTRACT_AMENDMENT;
            rows.row(t).v(t.ID, a.id()).v(t.CASE_ID, id).v(t.NUMBER, terms.number())
                    .v(t.EFFECTIVE_DATE, terms.effectiveDate()).v(t.RULES_VERSION_ID, terms.rulesVersionId())
                    .v(t.OPERATING_COMPLEMENT, terms.operatingComplement())
                    .v(t.SIZE_CLASS, terms.sizeClass() == null ? null : terms.sizeClass().number())
                    .v(t.REASON, terms.reason()).v(t.RECORDED_AT, utc(a.recordedAt()));
            amendmentMissions(rows, a.id(), "ADD", terms.addMissions());
            amendmentMissions(rows, a.id(), "START", terms.missionStarts());
        }
        FirstPaymentFile f = w.paymentFile();
        if (f != null) {
            rows.row(FIRST_PAYMENT_FILE).v(FIRST_PAYMENT_FILE.CASE_ID, id)
                    .v(FIRST_PAYMENT_FILE.RIB_RECEIVED, f.ribReceived()).v(FIRST_PAYMENT_FILE.SIRET, f.siret())
                    .v(FIRST_PAYMENT_FILE.FINESS, f.finess()).v(FIRST_PAYMENT_FILE.VERSION, 1);
        }
    }

    private static void amendmentMissions(JooqCaseInserts.Rows rows, UUID amendmentId, String change,
            List<MissionChoice> missions) {
        for (MissionChoice m : missions) {
            rows.row(CONTRACT_AMENDMENT_MISSION).v(CONTRACT_AMENDMENT_MISSION.AMENDMENT_ID, amendmentId)
                    .v(CONTRACT_AMENDMENT_MISSION.CHANGE, change)
                    .v(CONTRACT_AMENDMENT_MISSION.MISSION, m.mission().name())
                    .v(CONTRACT_AMENDMENT_MISSION.START_DATE, m.startDate());
        }
    }

    /** The history in its order, each entry chained to the one before ({@link HistoryChain}). */
    private static void history(JooqCaseInserts.Rows rows, List<HistoryEntry> history) {
        String previous = "";
        for (int sequence = 0; sequence < history.size(); sequence++) {
            HistoryEntry e = HistoryChain.stored(history.get(sequence));
            String hash = HistoryChain.hash(previous, e, sequence);
            var t = STAGE_HISTORY;
            rows.row(t).v(t.ID, e.id()).v(t.CASE_ID, e.caseId()).v(t.DECIDED_ON, e.date())
                    .v(t.RECORDED_AT, utc(e.recordedAt())).v(t.KIND, e.kind().name()).v(t.FROM_STAGE, name(e.from()))
                    .v(t.TO_STAGE, name(e.to())).v(t.DECIDED_BY, name(e.decidedBy())).v(t.REASON, e.reason())
                    .v(t.AUTHOR, e.author()).v(t.SEQUENCE, sequence).v(t.CHAIN_HASH, hash);
            previous = hash;
        }
    }

    private static void meeting(JooqCaseInserts.Rows rows, UUID caseId, Meeting m) {
        rows.row(MEETING).v(MEETING.ID, m.id()).v(MEETING.CASE_ID, caseId).v(MEETING.MEETING_DATE, m.date())
                .v(MEETING.MEETING_TIME, m.time()).v(MEETING.PLACE, m.place()).v(MEETING.KIND, m.kind().name())
                .v(MEETING.OTHER_PARTICIPANTS, m.otherParticipants()).v(MEETING.AGENDA, m.agenda())
                .v(MEETING.DECISIONS, m.decisions()).v(MEETING.VERSION, 1);
        for (UUID person : m.participants().stream().distinct().toList()) {
            rows.row(MEETING_PARTICIPANT).v(MEETING_PARTICIPANT.MEETING_ID, m.id())
                    .v(MEETING_PARTICIPANT.PERSON_ID, person);
        }
        int position = 0;
        for (NextAction a : m.actions()) {
            rows.row(MEETING_ACTION).v(MEETING_ACTION.ID, a.id()).v(MEETING_ACTION.MEETING_ID, m.id())
                    .v(MEETING_ACTION.TEXT, a.text()).v(MEETING_ACTION.OWNER, a.owner())
                    .v(MEETING_ACTION.DUE_DATE, a.due()).v(MEETING_ACTION.DONE, a.done())
                    .v(MEETING_ACTION.POSITION, position++);
        }
    }

    private static <E extends Enum<E>> String join(Set<E> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
