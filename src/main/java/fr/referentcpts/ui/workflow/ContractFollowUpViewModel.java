package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.workflow.ContractService;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The follow-up of a signed contract beyond the yearly review: the crises the ARS recognised, the
 * crisis plan year by year, the first payment's file, and the payment at the validation of the
 * lettre d'intention. Each part is its own form; this only builds them together.
 */
public final class ContractFollowUpViewModel {
    private final CrisesViewModel crises;
    private final CrisisPlanViewModel plan;
    private final PaymentFileViewModel paymentFile;
    private final LetterPaymentViewModel letterPayment;

    public ContractFollowUpViewModel(ContractService contracts, FundingEngine engine, Supplier<LocalDate> today,
            TaskRunner tasks, DialogService dialogs, Messages messages, Runnable onSaved) {
        this.crises = new CrisesViewModel(contracts, engine, tasks, dialogs, messages, onSaved);
        this.plan = new CrisisPlanViewModel(contracts, engine, today, tasks, dialogs, messages, onSaved);
        this.paymentFile = new PaymentFileViewModel(contracts, tasks, dialogs, messages, onSaved);
        this.letterPayment = new LetterPaymentViewModel(engine, today, tasks, dialogs, messages);
    }

    public CrisesViewModel crises() {
        return crises;
    }

    public CrisisPlanViewModel plan() {
        return plan;
    }

    public PaymentFileViewModel paymentFile() {
        return paymentFile;
    }

    public LetterPaymentViewModel letterPayment() {
        return letterPayment;
    }

    /** The forms to show each loaded case in ({@link WorkflowViewModel#attach}). */
    public FormViewModel[] forms() {
        return new FormViewModel[] {crises, plan, paymentFile, letterPayment};
    }
}
