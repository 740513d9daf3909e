package fr.referentcpts.core.followup;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Port: the yearly dialogues de gestion and the payments received of signed contracts. */
public interface FollowUpRepository {
    List<AnnualReview> reviews(UUID caseId);

    Map<UUID, List<AnnualReview>> allReviews();

    /** The reviews of the case files {@code caseIds}, by case, each list as {@link #reviews(UUID)} gives it. */
    Map<UUID, List<AnnualReview>> reviews(Collection<UUID> caseIds);

    /** Inserts a review of version 0 or updates it at its version; false when it changed meanwhile. */
    boolean saveReview(UUID caseId, AnnualReview review);

    void deleteReview(UUID caseId, int contractYear);

    /** The payments received, oldest first. */
    List<PaymentReceived> payments(UUID caseId);

    Map<UUID, List<PaymentReceived>> allPayments();

    /** The payments of the case files {@code caseIds}, by case, each list as {@link #payments(UUID)} gives it. */
    Map<UUID, List<PaymentReceived>> payments(Collection<UUID> caseIds);

    void savePayment(PaymentReceived payment);

    void deletePayment(UUID paymentId);
}
