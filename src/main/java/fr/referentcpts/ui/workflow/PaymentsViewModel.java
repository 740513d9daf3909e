package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.followup.FollowUpService;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.funding.AnnualLine;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Payment;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.ContractFunding;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The payments the CPTS received, against those the funding calendar expects to date; quick entry of a new one. */
public final class PaymentsViewModel extends FormViewModel {
    /** A barème line to attribute a payment to; null key: not broken down. */
    public record LineChoice(LineKey key, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A payment of the list. */
    public record PaymentRow(PaymentReceived payment, String date, String amount, String line, String note) {
    }

    private final FollowUpService followUp;
    private final FundingEngine engine;
    private final Supplier<LocalDate> today;
    private final ObservableList<PaymentRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PaymentRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<LineChoice> lines = FXCollections.observableArrayList();
    private final ObservableList<LineChoice> readOnlyLines = FXCollections.unmodifiableObservableList(lines);
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<LineChoice> line = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public PaymentsViewModel(FollowUpService followUp, FundingEngine engine, Supplier<LocalDate> today,
            TaskRunner tasks, DialogService dialogs, Messages messages, Runnable onSaved) {
        super(tasks, dialogs, messages, onSaved);
        this.followUp = followUp;
        this.engine = engine;
        this.today = today;
        watch(date, amount, line, note);
    }

    public ObservableList<PaymentRow> rows() {
        return readOnlyRows;
    }

    public ObservableList<LineChoice> lines() {
        return readOnlyLines;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<LineChoice> lineProperty() {
        return line;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** « Reçu : 574 981,84 € ; attendu au 22/11/2026 : 574 981,84 € ». */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    @Override
    protected void load(CaseSnapshot snapshot) {
        LocalDate now = today.get();
        rows.setAll(snapshot.payments().reversed().stream().map(p -> new PaymentRow(p, FrenchFormat.date(p.date()),
                FrenchFormat.amount(p.amount()), p.line() == null ? messages.get("workflow.payment.notBrokenDown")
                : label(p.line()), p.note())).toList());
        List<LineChoice> choices = new ArrayList<>();
        choices.add(new LineChoice(null, messages.get("workflow.payment.notBrokenDown")));
        BigDecimal received = snapshot.payments().stream().filter(p -> !p.date().isAfter(now))
                .map(PaymentReceived::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        var outcome = ContractFunding.compute(snapshot, engine).filter(ContractFunding.Outcome::computed);
        if (outcome.isPresent()) {
            outcome.get().result().annual().stream().map(AnnualLine::key)
                    .forEach(key -> choices.add(new LineChoice(key, label(key))));
            BigDecimal expected = outcome.get().result().payments().stream().filter(p -> !p.date().isAfter(now))
                    .map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            summary.set(messages.get("workflow.payment.summary", FrenchFormat.amount(received),
                    FrenchFormat.date(now), FrenchFormat.amount(expected)));
        } else {
            summary.set(messages.get("workflow.payment.received", FrenchFormat.amount(received)));
        }
        lines.setAll(choices);
        date.set(text(now));
        amount.set("");
        line.set(choices.getFirst());
        note.set("");
    }

    /** Records the payment typed: a date not in the future, an amount above zero. */
    public void add() {
        begin();
        LocalDate on = date("date", date);
        BigDecimal value = amount("amount", messages.get("workflow.payment.amount"), amount);
        if (on == null && valid()) {
            error("date", messages.get("workflow.error.dateRequired"));
        }
        if (value == null && valid()) {
            error("amount", messages.get("workflow.error.amountPositive"));
        }
        if (!valid()) {
            return;
        }
        PaymentReceived payment = new PaymentReceived(UUID.randomUUID(), caseId, on, value,
                line.get() == null ? null : line.get().key(), note.get());
        save(() -> followUp.addPayment(payment), saved -> { });
    }

    public void delete(PaymentRow row) {
        if (dialogs.confirm(messages.get("workflow.payment.delete.title"), messages.get("workflow.payment.delete.question",
                row.amount(), row.date()), messages.get("workflow.payment.delete.confirm"))) {
            save(() -> {
                followUp.deletePayment(row.payment());
                return row;
            }, deleted -> { });
        }
    }

    private String label(LineKey key) {
        return key.mission() == null ? messages.get(key.component())
                : messages.get(key.mission()) + " – " + messages.get(key.component());
    }
}
