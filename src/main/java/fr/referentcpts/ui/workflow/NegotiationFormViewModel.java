package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.funding.BaremeLine;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.RuleStatus;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.funding.SizeClass;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.territory.TerritoryCommune;
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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
 * rules version, an imposed size class with its reason, the amounts agreed for lines « à
 * confirmer », the signatories of the three parties, the signature date and place.
 */
public final class NegotiationFormViewModel extends FormViewModel {
    /** One line « à confirmer » of the rules version, with the annual amount agreed. */
    public record AmountRow(LineKey key, String label, StringProperty amount) {
    }

    private final StageFormService forms;
    private final RulesCatalog catalog;
    private final Supplier<LocalDate> today;
    private final StringProperty population = new SimpleStringProperty("");
    private final StringProperty populationSource = new SimpleStringProperty("");
    private final StringProperty populationVintage = new SimpleStringProperty("");
    private final BooleanProperty sizeClassConfirmed = new SimpleBooleanProperty(false);
    private final ObjectProperty<RulesVersion> rules = new SimpleObjectProperty<>();
    private final ObjectProperty<SizeClass> sizeClassOverride = new SimpleObjectProperty<>();
    private final StringProperty overrideReason = new SimpleStringProperty("");
    private final Map<SignatoryParty, StringProperty> names = new EnumMap<>(SignatoryParty.class);
    private final Map<SignatoryParty, StringProperty> qualities = new EnumMap<>(SignatoryParty.class);
    private final StringProperty cpamName = new SimpleStringProperty("");
    private final StringProperty arsName = new SimpleStringProperty("");
    private final StringProperty signatureDate = new SimpleStringProperty("");
    private final StringProperty signaturePlace = new SimpleStringProperty("");
    private final ObservableList<AmountRow> amounts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper territoryHint = new ReadOnlyStringWrapper("");
    private final StringBinding sizeClassLabel;
    private CaseSnapshot snapshot;
    private int version;

    public NegotiationFormViewModel(StageFormService forms, RulesCatalog catalog, Supplier<LocalDate> today,
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
                overrideReason, cpamName, arsName, signatureDate, signaturePlace, amounts);
        sizeClassLabel = Bindings.createStringBinding(this::describeSizeClass, population, rules, sizeClassOverride,
                signatureDate);
        rules.addListener((obs, old, value) -> refreshAmounts());
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
        return catalog.versions();
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

    /** The lines « à confirmer » of the chosen version for this contract, with their agreed amounts. */
    public ObservableList<AmountRow> amounts() {
        return amounts;
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
        populationSource.set(snapshot.territory().communes().stream().map(TerritoryCommune::populationSource)
                .filter(source -> !source.isEmpty()).distinct().collect(Collectors.joining(" ; ")));
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
        rules.set(n.rulesVersionId() == null ? null : catalog.find(n.rulesVersionId()).orElse(null));
        version = n.version();
        refreshAmounts();
        amounts.forEach(row -> {
            BigDecimal stored = data.enteredAmounts().get(row.key());
            row.amount().set(stored == null ? "" : stored.toPlainString().replace('.', ','));
        });
    }

    public void save() {
        begin();
        Long figure = whole("confirmedPopulation", population);
        LocalDate signature = date("signatureDate", signatureDate);
        Map<LineKey, BigDecimal> entered = new LinkedHashMap<>();
        for (AmountRow row : amounts) {
            BigDecimal amount = amount(row.key().code(), row.amount());
            if (amount != null) {
                entered.put(row.key(), amount);
            }
        }
        Negotiation data = new Negotiation(figure, populationSource.get(), populationVintage.get(),
                sizeClassConfirmed.get(), rules.get() == null ? null : rules.get().id(), sizeClassOverride.get(),
                overrideReason.get(), signatory(SignatoryParty.CPTS), signatory(SignatoryParty.CPAM),
                signatory(SignatoryParty.ARS), cpamName.get(), arsName.get(), signature, signaturePlace.get(), version);
        if (!valid() | !show(forms.check(data))) {
            return;
        }
        UUID id = caseId;
        save(() -> {
            Negotiation saved = forms.save(id, data);
            forms.saveEnteredAmounts(id, entered);
            return saved;
        }, saved -> version = saved.version());
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
            return catalog.versionInForceAt(signature != null ? signature : today.get());
        } catch (RuntimeException e) {
            return catalog.versions().getLast();
        }
    }

    private String describeSizeClass() {
        if (sizeClassOverride.get() != null) {
            return messages.get("workflow.form.sizeClassImposed", sizeClassOverride.get().number());
        }
        String typed = population.get() == null ? "" : population.get().replaceAll("[\\s\u00A0\u202F]", "");
        if (!typed.matches("\\d{1,12}")) {
            return "";
        }
        return messages.get("workflow.form.sizeClass",
                effectiveRules().sizeClasses().classify(Long.parseLong(typed)).number());
    }

    private void refreshAmounts() {
        if (snapshot == null) {
            return;
        }
        Map<LineKey, String> typed = new LinkedHashMap<>();
        amounts.forEach(row -> typed.put(row.key(), row.amount().get()));
        RulesVersion version = effectiveRules();
        List<AmountRow> rows = version.lines().stream()
                .filter(line -> !line.confirmed())
                .filter(line -> line.key().mission() == null || snapshot.missions().chosen().stream()
                        .map(CaseMission::mission).anyMatch(m -> m == line.key().mission()))
                .map(BaremeLine::key)
                .map(key -> new AmountRow(key, label(key), new SimpleStringProperty(typed.getOrDefault(key, ""))))
                .toList();
        rows.forEach(row -> watch(row.amount()));
        amounts.setAll(rows);
    }

    private String label(LineKey key) {
        return key.mission() == null ? messages.get(key.component())
                : messages.get(key.mission()) + " – " + messages.get(key.component());
    }
}
