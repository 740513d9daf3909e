package fr.referentcpts.core.agenda;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.funding.FundingResult;
import fr.referentcpts.core.funding.MissionDeadline;
import fr.referentcpts.core.funding.Payment;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.NextAction;
import fr.referentcpts.core.settings.WorkflowSettings;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.ContractFunding;
import fr.referentcpts.core.workflow.LetterOfIntent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The deadlines of one case file, computed — never typed: the letter-of-intent decision
 * awaited for more than N weeks; for a contract in force, the missions' start and
 * full-deployment deadlines (per its rules version), the payments and anniversaries (with their
 * dialogue de gestion) of the funding engine's calendar, and the contract's end; the meetings
 * planned and the next actions decided. Archived and closed case files have none.
 */
public final class DeadlineCalculator {
    /**
     * Deadlines sorted by date, then case name, then kind; a total order (two case files may have
     * the same name; a key is unique within its case), so the deadlines of a portfolio come in the
     * same order however its case files were read.
     */
    public static final Comparator<Deadline> ORDER = DeadlineCalculator::compare;

    private DeadlineCalculator() {
    }

    /**
     * {@link #ORDER} written out: the home screen sorts the 8 000 deadlines of a portfolio of
     * 1 000 case files at each recomputation, and a chain of {@code thenComparing} calls a key
     * extractor and a comparator per criterion — a tenth of the home's time under the quick
     * compiler the application runs with.
     */
    private static int compare(Deadline a, Deadline b) {
        int order = a.date().compareTo(b.date());
        if (order == 0) {
            order = a.caseName().compareTo(b.caseName());
        }
        if (order == 0) {
            order = a.kind().compareTo(b.kind());
        }
        if (order == 0) {
            order = a.key().compareTo(b.key());
        }
        return order != 0 ? order : a.caseId().compareTo(b.caseId());
    }

    public static List<Deadline> of(CaseSnapshot s, Optional<ContractFunding.Outcome> funding,
            WorkflowSettings settings, LocalDate today) {
        WorkflowStage stage = s.caseFile().stage();
        if (s.caseFile().archived() || stage.isEndState()) {
            return List.of();
        }
        List<Deadline> list = new ArrayList<>();
        LetterOfIntent letter = s.letter();
        if (stage == WorkflowStage.LETTER_OF_INTENT && letter.sentToArs() != null && letter.decision() == null) {
            list.add(deadline(s, letter.sentToArs().plusWeeks(settings.letterDecisionWeeks()),
                    DeadlineKind.LETTER_DECISION, "letter-decision", false, FrenchFormat.date(letter.sentToArs()),
                    settings.letterDecisionWeeks()));
        }
        if (stage == WorkflowStage.FOLLOW_UP) {
            funding.filter(ContractFunding.Outcome::computed).ifPresent(o -> contract(s, o.result(), today, list));
        }
        for (Meeting meeting : s.meetings()) {
            if (!meeting.date().isBefore(today)) {
                list.add(deadline(s, meeting.date(), DeadlineKind.MEETING, "meeting-" + meeting.id(), false,
                        meeting.kind(), suffix(meeting.place())));
            }
            for (NextAction action : meeting.actions()) {
                if (action.due() != null) {
                    list.add(deadline(s, action.due(), DeadlineKind.NEXT_ACTION, "action-" + action.id(),
                            action.done(), action.text(), suffix(action.owner())));
                }
            }
        }
        list.sort(ORDER);
        return List.copyOf(list);
    }

    private static void contract(CaseSnapshot s, FundingResult result, LocalDate today, List<Deadline> list) {
        for (MissionDeadline deadline : result.deadlines()) {
            if (deadline.start() == null) {
                continue;
            }
            LocalDate start = s.missions().mission(deadline.mission()).startOn(result.signatureDate());
            String code = deadline.mission().name();
            list.add(deadline(s, deadline.start(), DeadlineKind.MISSION_START, "start-" + code,
                    !start.isAfter(today) && !start.isAfter(deadline.start()), deadline.mission()));
            list.add(deadline(s, deadline.deployed(), DeadlineKind.MISSION_DEPLOYED, "deployed-" + code, false,
                    deadline.mission()));
        }
        int years = result.rules().schedule().years();
        for (int k = 1; k <= years; k++) {
            LocalDate anniversary = result.signatureDate().plusYears(k);
            boolean held = s.review(k).map(r -> r.date() != null).orElse(false);
            list.add(deadline(s, anniversary, DeadlineKind.ANNUAL_REVIEW, "review-" + k, held, k));
        }
        Map<LocalDate, BigDecimal> byDate = new TreeMap<>();
        Map<LocalDate, Integer> counts = new TreeMap<>();
        for (Payment payment : result.payments()) {
            byDate.merge(payment.date(), payment.amount(), BigDecimal::add);
            counts.merge(payment.date(), 1, Integer::sum);
        }
        byDate.forEach((date, amount) -> list.add(deadline(s, date, DeadlineKind.PAYMENT, "payment-" + date, false,
                FrenchFormat.amount(amount), counts.get(date))));
        list.add(deadline(s, result.contractEnd(), DeadlineKind.CONTRACT_END, "contract-end", false,
                FrenchFormat.date(result.signatureDate())));
    }

    /** « – Mairie de Vire » after a label, or nothing. */
    private static String suffix(String text) {
        return text.isEmpty() ? "" : " – " + text;
    }

    private static Deadline deadline(CaseSnapshot s, LocalDate date, DeadlineKind kind, String key, boolean done,
            Object... arguments) {
        return new Deadline(s.id(), s.caseFile().name(), date, kind, List.of(arguments), key, done);
    }
}
