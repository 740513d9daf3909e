package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.LetterDecision;
import fr.referentcpts.core.workflow.LetterItem;
import fr.referentcpts.core.workflow.LetterOfIntent;
import fr.referentcpts.core.workflow.StageFormService;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The lettre d'intention form: received, content checklist, sent to the ARS, the joint ARS /
 * Assurance Maladie decision, the optional FIR start-up grant.
 */
public final class LetterFormViewModel extends FormViewModel {
    private final StageFormService forms;
    private final StringProperty received = new SimpleStringProperty("");
    private final Map<LetterItem, BooleanProperty> content = new EnumMap<>(LetterItem.class);
    private final StringProperty sentToArs = new SimpleStringProperty("");
    private final ObjectProperty<LetterDecision> decision = new SimpleObjectProperty<>();
    private final StringProperty decisionDate = new SimpleStringProperty("");
    private final StringProperty decisionComments = new SimpleStringProperty("");
    private final StringProperty seedGrantAmount = new SimpleStringProperty("");
    private final StringProperty seedGrantDate = new SimpleStringProperty("");
    private int version;

    public LetterFormViewModel(StageFormService forms, TaskRunner tasks, DialogService dialogs, Messages messages,
            Runnable onSaved) {
        super(tasks, dialogs, messages, onSaved);
        this.forms = forms;
        for (LetterItem item : LetterItem.values()) {
            content.put(item, new SimpleBooleanProperty(false));
            watch(content.get(item));
        }
        watch(received, sentToArs, decision, decisionDate, decisionComments, seedGrantAmount, seedGrantDate);
    }

    public StringProperty receivedProperty() {
        return received;
    }

    public BooleanProperty contentProperty(LetterItem item) {
        return content.get(item);
    }

    public StringProperty sentToArsProperty() {
        return sentToArs;
    }

    public ObjectProperty<LetterDecision> decisionProperty() {
        return decision;
    }

    public StringProperty decisionDateProperty() {
        return decisionDate;
    }

    public StringProperty decisionCommentsProperty() {
        return decisionComments;
    }

    public StringProperty seedGrantAmountProperty() {
        return seedGrantAmount;
    }

    public StringProperty seedGrantDateProperty() {
        return seedGrantDate;
    }

    @Override
    protected void load(CaseSnapshot snapshot) {
        LetterOfIntent data = snapshot.letter();
        received.set(text(data.received()));
        content.forEach((item, box) -> box.set(data.content().contains(item)));
        sentToArs.set(text(data.sentToArs()));
        decision.set(data.decision());
        decisionDate.set(text(data.decisionDate()));
        decisionComments.set(data.decisionComments());
        seedGrantAmount.set(data.seedGrantAmount() == null ? "" : data.seedGrantAmount().toPlainString()
                .replace('.', ','));
        seedGrantDate.set(text(data.seedGrantDate()));
        version = data.version();
    }

    public void save() {
        begin();
        LocalDate receivedOn = date("received", received);
        LocalDate sentOn = date("sentToArs", sentToArs);
        LocalDate decidedOn = date("decisionDate", decisionDate);
        BigDecimal grant = amount("seedGrantAmount", messages.get("workflow.field.seedGrant"), seedGrantAmount);
        LocalDate grantOn = date("seedGrantDate", seedGrantDate);
        Set<LetterItem> items = EnumSet.noneOf(LetterItem.class);
        content.forEach((item, box) -> {
            if (box.get()) {
                items.add(item);
            }
        });
        LetterOfIntent data = new LetterOfIntent(receivedOn, items, sentOn, decision.get(), decidedOn,
                decisionComments.get(), grant, grantOn, version);
        if (!valid() | !show(forms.check(data))) {
            return;
        }
        UUID id = caseId;
        save(() -> forms.save(id, data), saved -> version = saved.version());
    }
}
