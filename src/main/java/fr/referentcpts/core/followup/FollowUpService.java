package fr.referentcpts.core.followup;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseFileRepository;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.common.NotFoundException;
import fr.referentcpts.core.common.StaleEditException;
import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.core.missions.Indicator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Use cases of a signed contract's follow-up: the yearly dialogue de gestion and the payments received. */
public final class FollowUpService {
    public static final String FIELD_YEAR = "contractYear";
    public static final String FIELD_DATE = "date";
    public static final String FIELD_AMOUNT = "amount";

    private final FollowUpRepository repository;
    private final CaseFileRepository caseFiles;
    private final Transactions transactions;
    private final Clock clock;

    public FollowUpService(FollowUpRepository repository, CaseFileRepository caseFiles, Transactions transactions,
            Clock clock) {
        this.repository = repository;
        this.caseFiles = caseFiles;
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<AnnualReview> reviews(UUID caseId) {
        return transactions.inTransaction(() -> repository.reviews(caseId));
    }

    /** Records the dialogue de gestion of a contract year; returns it at its new version. */
    public AnnualReview saveReview(UUID caseId, AnnualReview review) {
        if (review.contractYear() < 1 || review.contractYear() > Indicator.YEARS) {
            throw new ValidationException(FIELD_YEAR, "indicator.error.year", review.contractYear());
        }
        notFuture(review.date());
        if (review.comments().length() > fr.referentcpts.core.common.Text.MAX_TEXT) {
            throw new ValidationException("comments", "workflow.error.tooLong", fr.referentcpts.core.common.Text.MAX_TEXT);
        }
        return transactions.inTransaction(() -> {
            CaseFile caseFile = load(caseId);
            if (!repository.saveReview(caseId, review)) {
                throw new StaleEditException(caseFile.name());
            }
            caseFiles.touch(caseId, clock.instant());
            return new AnnualReview(review.contractYear(), review.date(), review.comments(), review.version() + 1);
        });
    }

    public List<PaymentReceived> payments(UUID caseId) {
        return transactions.inTransaction(() -> repository.payments(caseId));
    }

    /** Records a payment received: a date not in the future, an amount above zero. */
    public PaymentReceived addPayment(PaymentReceived payment) {
        if (payment.date() == null) {
            throw new ValidationException(FIELD_DATE, "workflow.error.dateRequired");
        }
        notFuture(payment.date());
        if (payment.amount() == null || payment.amount().signum() <= 0) {
            throw new ValidationException(FIELD_AMOUNT, "workflow.error.amountPositive");
        }
        transactions.inTransaction(() -> {
            load(payment.caseId());
            repository.savePayment(payment);
            caseFiles.touch(payment.caseId(), clock.instant());
        });
        return payment;
    }

    public void deletePayment(PaymentReceived payment) {
        transactions.inTransaction(() -> {
            repository.deletePayment(payment.id());
            caseFiles.touch(payment.caseId(), clock.instant());
        });
    }

    private void notFuture(LocalDate date) {
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            throw new ValidationException(FIELD_DATE, "workflow.error.dateInFuture", FrenchFormat.date(date));
        }
    }

    private CaseFile load(UUID caseId) {
        return caseFiles.find(caseId).orElseThrow(() -> new NotFoundException(caseId.toString()));
    }
}
