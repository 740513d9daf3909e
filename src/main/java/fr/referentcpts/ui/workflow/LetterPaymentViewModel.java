package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.funding.AnnualLine;
import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.funding.FundingResult;
import fr.referentcpts.core.funding.Payment;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.ContractFunding;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Assurance Maladie's payment at the validation of the lettre d'intention (avenant 2): its
 * amount as the funding computes it (proposed or confirmed), when it is due, and what the
 * payments received record against it. Nothing to type: empty when the rules have no such payment.
 */
public final class LetterPaymentViewModel extends FormViewModel {
    private final FundingEngine engine;
    private final Supplier<LocalDate> today;
    private final ReadOnlyStringWrapper amount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");

    public LetterPaymentViewModel(FundingEngine engine, Supplier<LocalDate> today, TaskRunner tasks,
            DialogService dialogs, Messages messages) {
        super(tasks, dialogs, messages, () -> { });
        this.engine = engine;
        this.today = today;
    }

    /** « Versement Assurance Maladie à la validation de la lettre d’intention : 15 000,00 € (confirmé) »; empty: none. */
    public ReadOnlyStringProperty amountProperty() {
        return amount.getReadOnlyProperty();
    }

    /** When it is due, then on a second line what was received against it (or where to record it). */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    @Override
    protected void load(CaseSnapshot snapshot) {
        amount.set("");
        detail.set("");
        Optional<FundingResult> result = funding(snapshot);
        Optional<AnnualLine> line = result.flatMap(r -> r.annual().stream()
                .filter(l -> l.component() == Component.LETTER_OF_INTENT).findFirst());
        if (line.isEmpty()) {
            return;
        }
        String value = line.get().amount() == null ? messages.get("funding.amount.unknown")
                : FrenchFormat.amount(line.get().amount());
        amount.set(messages.get("contractUi.letter.amount", value, messages.get(line.get().status().finalCapable()
                ? "contractUi.letter.confirmed" : "contractUi.letter.proposed")));
        Optional<Payment> payment = result.get().payments().stream()
                .filter(p -> p.component() == Component.LETTER_OF_INTENT).findFirst();
        BigDecimal received = snapshot.payments().stream()
                .filter(p -> p.line() != null && p.line().component() == Component.LETTER_OF_INTENT)
                .map(PaymentReceived::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        String due = payment.map(p -> messages.get("contractUi.letter.due", FrenchFormat.date(p.date())))
                .orElse(messages.get("contractUi.letter.notValidated"));
        String got = received.signum() > 0 ? messages.get("contractUi.letter.received", FrenchFormat.amount(received))
                : payment.isPresent() ? messages.get("contractUi.letter.toRecord") : "";
        detail.set(got.isEmpty() ? due : due + "\n" + got);
    }

    /** The contract as it runs once signed; before, projected from today as Financement does. */
    private Optional<FundingResult> funding(CaseSnapshot snapshot) {
        if (snapshot.signatureDate() != null) {
            return ContractFunding.compute(snapshot, engine).filter(ContractFunding.Outcome::computed)
                    .map(ContractFunding.Outcome::result);
        }
        if (snapshot.territory().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(engine.compute(ContractFunding.input(snapshot, ContractFunding.Purpose.FOLLOW_UP,
                    engine.catalog(), today.get())));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }
}
