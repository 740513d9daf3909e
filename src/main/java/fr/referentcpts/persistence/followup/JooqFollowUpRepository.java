package fr.referentcpts.persistence.followup;

import static fr.referentcpts.persistence.generated.Tables.ANNUAL_REVIEW;
import static fr.referentcpts.persistence.generated.Tables.PAYMENT_RECEIVED;

import fr.referentcpts.core.followup.AnnualReview;
import fr.referentcpts.core.followup.FollowUpRepository;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.persistence.CaseRows;
import fr.referentcpts.persistence.JooqTransactions;
import fr.referentcpts.persistence.workflow.JooqWorkflowRepository;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Dialogues de gestion ({@code annual_review}, versioned) and payments received. */
public final class JooqFollowUpRepository implements FollowUpRepository {
    private final JooqTransactions transactions;

    public JooqFollowUpRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<AnnualReview> reviews(UUID caseId) {
        return CaseRows.of(reviewsWhere(ANNUAL_REVIEW.CASE_ID.eq(caseId)), caseId);
    }

    @Override
    public Map<UUID, List<AnnualReview>> allReviews() {
        return reviewsWhere(DSL.noCondition());
    }

    @Override
    public Map<UUID, List<AnnualReview>> reviews(Collection<UUID> caseIds) {
        return reviewsWhere(ANNUAL_REVIEW.CASE_ID.in(caseIds));
    }

    private Map<UUID, List<AnnualReview>> reviewsWhere(Condition condition) {
        return CaseRows.grouped(transactions.dsl().selectFrom(ANNUAL_REVIEW).where(condition)
                .orderBy(ANNUAL_REVIEW.CONTRACT_YEAR).fetch(), r -> r.getCaseId(),
                r -> new AnnualReview(r.getContractYear(), r.getReviewDate(), r.getComments(), r.getVersion()));
    }

    @Override
    public boolean saveReview(UUID caseId, AnnualReview review) {
        DSLContext dsl = transactions.dsl();
        var key = ANNUAL_REVIEW.CASE_ID.eq(caseId).and(ANNUAL_REVIEW.CONTRACT_YEAR.eq(review.contractYear()));
        if (review.version() == 0) {
            if (dsl.fetchExists(ANNUAL_REVIEW, key)) {
                return false;
            }
            dsl.insertInto(ANNUAL_REVIEW)
                    .set(ANNUAL_REVIEW.CASE_ID, caseId)
                    .set(ANNUAL_REVIEW.CONTRACT_YEAR, review.contractYear())
                    .set(ANNUAL_REVIEW.REVIEW_DATE, review.date())
                    .set(ANNUAL_REVIEW.COMMENTS, review.comments())
                    .set(ANNUAL_REVIEW.VERSION, 1)
                    .execute();
            return true;
        }
        return dsl.update(ANNUAL_REVIEW)
                .set(ANNUAL_REVIEW.REVIEW_DATE, review.date())
                .set(ANNUAL_REVIEW.COMMENTS, review.comments())
                .set(ANNUAL_REVIEW.VERSION, review.version() + 1)
                .where(key.and(ANNUAL_REVIEW.VERSION.eq(review.version())))
                .execute() == 1;
    }

    @Override
    public void deleteReview(UUID caseId, int contractYear) {
        transactions.dsl().deleteFrom(ANNUAL_REVIEW)
                .where(ANNUAL_REVIEW.CASE_ID.eq(caseId).and(ANNUAL_REVIEW.CONTRACT_YEAR.eq(contractYear))).execute();
    }

    @Override
    public List<PaymentReceived> payments(UUID caseId) {
        return CaseRows.of(paymentsWhere(PAYMENT_RECEIVED.CASE_ID.eq(caseId)), caseId);
    }

    @Override
    public Map<UUID, List<PaymentReceived>> allPayments() {
        return paymentsWhere(DSL.noCondition());
    }

    @Override
    public Map<UUID, List<PaymentReceived>> payments(Collection<UUID> caseIds) {
        return paymentsWhere(PAYMENT_RECEIVED.CASE_ID.in(caseIds));
    }

    private Map<UUID, List<PaymentReceived>> paymentsWhere(Condition condition) {
        return CaseRows.grouped(transactions.dsl().selectFrom(PAYMENT_RECEIVED).where(condition)
                .orderBy(PAYMENT_RECEIVED.RECEIVED_ON, PAYMENT_RECEIVED.ID).fetch(), r -> r.getCaseId(),
                r -> new PaymentReceived(r.getId(), r.getCaseId(), r.getReceivedOn(), r.getAmount(),
                        r.getLine().isEmpty() ? null : JooqWorkflowRepository.lineKey(r.getLine()), r.getNote()));
    }

    @Override
    public void savePayment(PaymentReceived p) {
        DSLContext dsl = transactions.dsl();
        dsl.deleteFrom(PAYMENT_RECEIVED).where(PAYMENT_RECEIVED.ID.eq(p.id())).execute();
        dsl.insertInto(PAYMENT_RECEIVED)
                .set(PAYMENT_RECEIVED.ID, p.id())
                .set(PAYMENT_RECEIVED.CASE_ID, p.caseId())
                .set(PAYMENT_RECEIVED.RECEIVED_ON, p.date())
                .set(PAYMENT_RECEIVED.AMOUNT, p.amount())
                .set(PAYMENT_RECEIVED.LINE, p.line() == null ? "" : p.line().code())
                .set(PAYMENT_RECEIVED.NOTE, p.note())
                .execute();
    }

    @Override
    public void deletePayment(UUID paymentId) {
        transactions.dsl().deleteFrom(PAYMENT_RECEIVED).where(PAYMENT_RECEIVED.ID.eq(paymentId)).execute();
    }
}
