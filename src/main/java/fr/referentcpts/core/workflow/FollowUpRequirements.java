package fr.referentcpts.core.workflow;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.followup.AnnualReview;
import fr.referentcpts.core.followup.CrisisPlanUpdate;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.funding.FundingResult;
import fr.referentcpts.core.funding.Payment;
import fr.referentcpts.core.funding.PaymentKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a contract in force asks for: each year already ended its dialogue de gestion and its
 * indicator values, the crisis plan of each year begun, the first payment's file, the payments
 * due by today. Its end is not due before the last anniversary: until then it is « à venir ».
 */
final class FollowUpRequirements {
    private final Requirements r;
    private final CaseSnapshot s;
    private final LocalDate today;

    FollowUpRequirements(Requirements requirements) {
        this.r = requirements;
        this.s = requirements.s;
        this.today = requirements.today;
    }

    void add() {
        LocalDate signature = s.signatureDate();
        r.fundingChecks(RequirementKind.FOLLOW_START, RequirementKind.FOLLOW_FUNDING);
        if (signature == null) {
            r.add(RequirementKind.FOLLOW_CONTRACT_END, false, Phrase.of("workflow.detail.noSignature"));
            return;
        }
        int years = r.funding.filter(ContractFunding.Outcome::computed)
                .map(o -> o.result().rules().schedule().years()).orElse(r.rules.schedule().years());
        for (int year = 1; year <= years; year++) {
            int k = year;
            LocalDate anniversary = signature.plusYears(k);
            if (anniversary.isAfter(today)) {
                break;
            }
            Optional<AnnualReview> review = s.review(k);
            boolean held = review.map(a -> a.date() != null).orElse(false);
            r.add(RequirementKind.FOLLOW_REVIEW, held, held ? Phrase.of("workflow.detail.heldOn",
                    FrenchFormat.date(review.get().date())) : Phrase.of("workflow.detail.dueOn",
                    FrenchFormat.date(anniversary)), k);
            long unmeasured = s.missions().chosen().stream()
                    .flatMap(m -> s.missions().indicatorsOf(m.mission()).stream())
                    .filter(i -> i.target(k) != null && i.measured(k) == null).count();
            r.add(RequirementKind.FOLLOW_MEASURES, unmeasured == 0, Phrase.of("workflow.detail.unmeasured", unmeasured),
                    k);
        }
        crisisPlan(signature, years);
        r.paymentFile(RequirementKind.FOLLOW_PAYMENT_FILE);
        r.funding.filter(ContractFunding.Outcome::computed).ifPresent(o -> payments(o.result()));
        LocalDate end = signature.plusYears(years);
        if (end.isAfter(today)) {
            r.pending(RequirementKind.FOLLOW_CONTRACT_END, end, Phrase.of("consist.detail.upcoming",
                    FrenchFormat.date(end)), FrenchFormat.date(end));
        } else {
            r.add(RequirementKind.FOLLOW_CONTRACT_END, true, Phrase.of("workflow.detail.endsOn", FrenchFormat.date(end)),
                    FrenchFormat.date(end));
        }
    }

    /**
     * The crisis plan: written in the contract year the crisis mission starts, updated in each
     * later year already begun; due by the last day of that year, so not yet due while it runs.
     */
    private void crisisPlan(LocalDate signature, int years) {
        Optional<LocalDate> start = ContractChecks.crisisStart(s, signature);
        if (start.isEmpty()) {
            return;
        }
        for (int k = 1; k <= years; k++) {
            LocalDate yearStart = signature.plusYears(k - 1L);
            LocalDate yearEnd = signature.plusYears(k);
            if (yearStart.isAfter(today) || !start.get().isBefore(yearEnd)) {
                continue;
            }
            boolean first = !start.get().isBefore(yearStart);
            LocalDate lastDay = yearEnd.minusDays(1);
            Optional<CrisisPlanUpdate> done = s.contract().plan(k);
            Phrase detail = done.map(p -> Phrase.of(first ? "workflow.detail.planWritten" : "workflow.detail.planUpdated",
                    FrenchFormat.date(p.date()))).orElse(Phrase.of(first ? "workflow.detail.planToWrite"
                    : "workflow.detail.planToUpdate", FrenchFormat.date(lastDay)));
            if (done.isEmpty() && lastDay.isAfter(today)) {
                r.pending(RequirementKind.FOLLOW_CRISIS_PLAN, lastDay, detail, k);
            } else {
                r.add(RequirementKind.FOLLOW_CRISIS_PLAN, done.isPresent(), detail, k);
            }
        }
    }

    /**
     * What should have been received by today: the payments due, except the balances and variable
     * parts of a year whose dialogue de gestion has not been held yet (paid after it).
     */
    private void payments(FundingResult result) {
        BigDecimal expected = result.payments().stream().filter(p -> !p.date().isAfter(today))
                .filter(p -> !awaitsReview(p)).map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal received = s.payments().stream().filter(p -> !p.date().isAfter(today))
                .map(PaymentReceived::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        r.add(RequirementKind.FOLLOW_PAYMENTS, received.compareTo(expected) >= 0, Phrase.of("workflow.detail.payments",
                FrenchFormat.amount(received), FrenchFormat.amount(expected), FrenchFormat.date(today)));
    }

    /** A year's balance or variable part is paid once that year's dialogue de gestion is held. */
    private boolean awaitsReview(Payment payment) {
        boolean afterReview = payment.kind() == PaymentKind.BALANCE || payment.kind() == PaymentKind.VARIABLE;
        return afterReview && payment.contractYear() >= 1
                && s.review(payment.contractYear()).map(a -> a.date() == null).orElse(true);
    }
}
