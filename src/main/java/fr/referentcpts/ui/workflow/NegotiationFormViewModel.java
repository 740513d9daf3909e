package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.common.FrenchNumbers;
import fr.referentcpts.core.funding.BaremeLine;
import fr.referentcpts.core.funding.ContractAmount;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.funding.SizeClass;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.Negotiation;
import fr.referentcpts.core.workflow.Signatory;
import fr.referentcpts.core.workflow.SignatoryParty;
import fr.referentcpts.core.workflow.StageFormService;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The négociation et signature form: the population and size class the contract pays on, the
 * rules version (with the reason for an older one), an imposed size class with its reason, the
 * amounts the contract states itself (with their reason) where the barème is not confirmed or
 * the contract says otherwise, the signatories of the three parties, the signature date and place.
 */
public final class NegotiationFormViewModel extends FormViewModel {
    private final StageFormService forms;
    private final Supplier<RulesCatalog> catalog;
    private final Supplier<LocalDate> today;
    private final StringProperty population = new SimpleStringProperty("");
    private final StringProperty populationSource = new SimpleStringProperty("");
    private final StringProperty populationVintage = new SimpleStringProperty("");
    private final BooleanProperty sizeClassConfirmed = new SimpleBooleanProperty(false);
    private final ObjectProperty<RulesVersion> rules = new SimpleObjectProperty<>();
    private final ObjectProperty<SizeClass> sizeClassOverride = new SimpleObjectProperty<>();
    private final StringProperty overrideReason = new SimpleStringProperty("");
    private final StringProperty rulesReason = new SimpleStringProperty("");
    private final ObjectProperty<LineKey> lineToAdd = new SimpleObjectProperty<>();
    private final Map<SignatoryParty, StringProperty> names = new EnumMap<>(SignatoryParty.class);
    private final Map<SignatoryParty, StringProperty> qualities = new EnumMap<>(SignatoryParty.class);
    private final StringProperty cpamName = new SimpleStringProperty("");
    private final StringProperty arsName = new SimpleStringProperty("");
    private final StringProperty signatureDate = new SimpleStringProperty("");
    private final StringProperty signaturePlace = new SimpleStringProperty("");
    private final ObservableList<AmountRow> amounts = FXCollections.observableArrayList();
    private final ObservableList<AmountRow> readOnlyAmounts = FXCollections.unmodifiableObservableList(amounts);
    private final ReadOnlyStringWrapper territoryHint = new ReadOnlyStringWrapper("");
    private final StringBinding sizeClassLabel;
    private CaseSnapshot snapshot;
    private int version;

    public NegotiationFormViewModel(StageFormService forms, Supplier<RulesCatalog> catalog, Supplier<LocalDate> today,
            TaskRunner tasks, DialogService dialogs, Messages messages, Runnable onSaved) {
        super(tasks, dialogs, messages, onSaved);
        this.forms = forms;
        this.catalog = catalog;
        this.today = today;
        for (SignatoryParty party : SignatoryParty.values()) {
            names.put(party, new SimpleStringProperty(""));
            qualities.put(party, new SimpleStringProperty(""));
            watch(names.get(party), qualities.get(party));
        }
        watch(population, populationSource, populationVintage, sizeClassConfirmed, rules, sizeClassOverride,
                overrideReason, rulesReason, cpamName, arsName, signatureDate, signaturePlace, amounts);
        sizeClassLabel = Bindings.createStringBinding(this::describeSizeClass, population, rules, sizeClassOverride,
                signatureDate);
        rules.addListener((obs, old, value) -> refreshAmounts());
        sizeClassOverride.addListener((obs, old, value) -> refreshAmounts());
        lineToAdd.addListener((obs, old, value) -> {
            if (value != null) {
                addAmountRow(value);
                lineToAdd.set(null);
            }
        });
    }

    public StringProperty populationProperty() {
        return population;
    }

    public StringProperty populationSourceProperty() {
        return populationSource;
    }

    public StringProperty populationVintageProperty() {
        return populationVintage;
    }

    public BooleanProperty sizeClassConfirmedProperty() {
        return sizeClassConfirmed;
    }

    /** The rules version the contract is pinned to; null: the one in force at signature. */
    public ObjectProperty<RulesVersion> rulesProperty() {
        return rules;
    }

    public List<RulesVersion> rulesChoices() {
        return catalog.get().versions();
    }

    /** Why the contract is pinned to a version a later text replaced (required then, kept in the history). */
    public StringProperty rulesReasonProperty() {
        return rulesReason;
    }

    /** Choosing a line here adds a row to state the contract's own amount for it. */
    public ObjectProperty<LineKey> lineToAddProperty() {
        return lineToAdd;
    }

    /** The lines of the version for this contract that have no row yet. */
    public List<LineKey> linesToAdd() {
        if (snapshot == null) {
            return List.of();
        }
        return ContractLines.relevant(effectiveRules(), snapshot).stream().map(BaremeLine::key)
                .filter(key -> amounts.stream().noneMatch(row -> row.key().equals(key))).toList();
    }

    /** « Fonctionnement », « Accès aux soins – Volet fixe ». */
    public String lineLabel(LineKey key) {
        return ContractLines.label(messages, key);
    }

    public ObjectProperty<SizeClass> sizeClassOverrideProperty() {
        return sizeClassOverride;
    }

    public StringProperty overrideReasonProperty() {
        return overrideReason;
    }

    public StringProperty nameProperty(SignatoryParty party) {
        return names.get(party);
    }

    public StringProperty qualityProperty(SignatoryParty party) {
        return qualities.get(party);
    }

    public StringProperty cpamNameProperty() {
        return cpamName;
    }

    public StringProperty arsNameProperty() {
        return arsName;
    }

    public StringProperty signatureDateProperty() {
        return signatureDate;
    }

    public StringProperty signaturePlaceProperty() {
        return signaturePlace;
    }

    /** The lines whose barème is not confirmed for this contract, or that it states itself, with their amounts. */
    public ObservableList<AmountRow> amounts() {
        return readOnlyAmounts;
    }

    /** « Total du territoire : 49 375 habitants (INSEE… 2023) ». */
    public ReadOnlyStringProperty territoryHintProperty() {
        return territoryHint.getReadOnlyProperty();
    }

    /** « Taille 2 » from the population typed (or imposed). */
    public StringBinding sizeClassLabelProperty() {
        return sizeClassLabel;
    }

    /** Takes the territory's total and its source as the population figure. */
    public void useTerritoryTotal() {
        if (snapshot == null) {
            return;
        }
        population.set(Long.toString(snapshot.territory().totalPopulation()));
        populationSource.set(String.join(" ; ", snapshot.territory().sources()));
        populationVintage.set(String.join(", ", snapshot.territory().vintages()));
    }

    @Override
    protected void load(CaseSnapshot data) {
        snapshot = data;
        Negotiation n = data.negotiation();
        population.set(n.confirmedPopulation() == null ? "" : Long.toString(n.confirmedPopulation()));
        populationSource.set(n.populationSource());
        populationVintage.set(n.populationVintage());
        sizeClassConfirmed.set(n.sizeClassConfirmed());
        sizeClassOverride.set(n.sizeClassOverride());
        overrideReason.set(n.overrideReason());
        Map<SignatoryParty, Signatory> signatories = Map.of(SignatoryParty.CPTS, n.cpts(), SignatoryParty.CPAM, n.cpam(),
                SignatoryParty.ARS, n.ars());
        signatories.forEach((party, s) -> {
            names.get(party).set(s.name());
            qualities.get(party).set(s.quality());
        });
        if (n.cpts().name().isEmpty()) {
            data.president().ifPresent(p -> names.get(SignatoryParty.CPTS).set(p.name()));
        }
        cpamName.set(n.cpamName());
        arsName.set(n.arsName());
        signatureDate.set(text(n.signatureDate()));
        signaturePlace.set(n.signaturePlace());
        territoryHint.set(messages.get("workflow.form.territoryTotal",
                FrenchFormat.integer(data.territory().totalPopulation()), data.territory().communes().size()));
        rules.set(n.rulesVersionId() == null ? null : catalog.get().find(n.rulesVersionId()).orElse(null));
        rulesReason.set("");
        version = n.version();
        amounts.clear();
        refreshAmounts();
        amounts.forEach(row -> {
            ContractAmount stored = data.contractAmounts().get(row.key());
            row.amount().set(stored == null ? "" : stored.amount().toPlainString().replace('.', ','));
            row.reason().set(stored == null ? "" : stored.reason());
        });
    }

    public void save() {
        begin();
        Long figure = whole("confirmedPopulation", messages.get("workflow.field.population"), population);
        LocalDate signature = date("signatureDate", signatureDate);
        Map<LineKey, ContractAmount> entered = new LinkedHashMap<>();
        for (AmountRow row : amounts) {
            BigDecimal amount = amount(row.key().code(), ContractLines.label(messages, row.key()), row.amount());
            if (amount != null) {
                if (row.reason().get() == null || row.reason().get().isBlank()) {
                    error(row.key().code(), messages.get("workflow.error.contractAmountReason"));
                } else {
                    entered.put(row.key(), new ContractAmount(amount, "", null, row.reason().get()));
                }
            }
        }
        Negotiation data = new Negotiation(figure, populationSource.get(), populationVintage.get(),
                sizeClassConfirmed.get(), rules.get() == null ? null : rules.get().id(), sizeClassOverride.get(),
                overrideReason.get(), signatory(SignatoryParty.CPTS), signatory(SignatoryParty.CPAM),
                signatory(SignatoryParty.ARS), cpamName.get(), arsName.get(), signature, signaturePlace.get(), version);
        String reason = rulesReason.get();
        if (!valid() | !show(forms.check(data, reason))) {
            return;
        }
        UUID id = caseId;
        save(() -> {
            Negotiation saved = forms.save(id, data, reason);
            forms.saveContractAmounts(id, entered);
            return saved;
        }, saved -> {
            version = saved.version();
            rulesReason.set("");
        });
    }

    private Signatory signatory(SignatoryParty party) {
        return new Signatory(names.get(party).get(), qualities.get(party).get());
    }

    /** The version in effect: the chosen one, else the one in force at the signature date (or today). */
    private RulesVersion effectiveRules() {
        if (rules.get() != null) {
            return rules.get();
        }
        LocalDate signature = fr.referentcpts.ui.common.DateInput.parse(signatureDate.get()).date();
        try {
            return catalog.get().defaultAt(signature != null ? signature : today.get());
        } catch (RuntimeException e) {
            return catalog.get().versions().getLast();
        }
    }

    private String describeSizeClass() {
        if (sizeClassOverride.get() != null) {
            return messages.get("workflow.form.sizeClassImposed", sizeClassOverride.get().number());
        }
        Long typed = FrenchNumbers.parseInteger(population.get()).value();
        if (typed == null) {
            return "";
        }
        return messages.get("workflow.form.sizeClass", effectiveRules().sizeClasses().classify(typed).number());
    }

    /**
     * The rows: every line whose cell is not confirmed for the contract's size class, every line
     * the contract states itself, and those already shown (what was typed is kept).
     */
    private void refreshAmounts() {
        if (snapshot == null) {
            return;
        }
        Map<LineKey, AmountRow> shown = new LinkedHashMap<>();
        amounts.forEach(row -> shown.put(row.key(), row));
        SizeClass size = currentSize();
        List<AmountRow> rows = new ArrayList<>();
        for (BaremeLine line : ContractLines.relevant(effectiveRules(), snapshot)) {
            AmountRow known = shown.get(line.key());
            boolean wanted = known != null || !line.cell(size).status().confirmed()
                    || snapshot.contractAmounts().containsKey(line.key());
            if (wanted) {
                rows.add(row(line, size, known));
            }
        }
        amounts.setAll(rows);
    }

    private void addAmountRow(LineKey key) {
        ContractLines.relevant(effectiveRules(), snapshot).stream().filter(line -> line.key().equals(key)).findFirst()
                .ifPresent(line -> amounts.add(row(line, currentSize(), null)));
    }

    private AmountRow row(BaremeLine line, SizeClass size, AmountRow known) {
        AmountRow row = new AmountRow(line.key(), ContractLines.label(messages, line.key()), ContractLines.bareme(
                messages, line, size), new SimpleStringProperty(known == null ? "" : known.amount().get()),
                new SimpleStringProperty(known == null ? "" : known.reason().get()));
        watch(row.amount(), row.reason());
        return row;
    }

    /** The size class of the population typed (or imposed), else of the case's population. */
    private SizeClass currentSize() {
        if (sizeClassOverride.get() != null) {
            return sizeClassOverride.get();
        }
        Long typed = FrenchNumbers.parseInteger(population.get()).value();
        return effectiveRules().sizeClasses().classify(typed != null ? typed : snapshot.population());
    }
}
