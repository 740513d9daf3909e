package fr.referentcpts.ui.missions;

import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.FrenchNumbers;
import fr.referentcpts.core.common.FrenchNumbers.Parsed;
import fr.referentcpts.core.missions.IndicatorKind;
import fr.referentcpts.core.missions.IndicatorTier;
import fr.referentcpts.core.missions.MissionService;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.NumberErrors;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The form of one indicator: label, kind, unit, baseline, direction, weight, per year target and
 * measure, and the contract's terms — its amount, its tiers (seuil → montant, libellé) and the
 * source of its data. Numbers are typed the French way (« 9 000 », « 72,40 »).
 */
public final class IndicatorFormViewModel {
    private final Messages messages;
    private final UUID id;
    private final UUID caseId;
    private final Mission mission;
    private final StringProperty label = new SimpleStringProperty("");
    private final ObjectProperty<IndicatorKind> kind = new SimpleObjectProperty<>(IndicatorKind.RESULTS);
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty baseline = new SimpleStringProperty("");
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(Direction.HIGHER_IS_BETTER);
    private final StringProperty weight = new SimpleStringProperty("1");
    private final List<StringProperty> targets = new ArrayList<>();
    private final List<StringProperty> measured = new ArrayList<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty dataSource = new SimpleStringProperty("");
    private final ObservableList<TierRow> tiers = FXCollections.observableArrayList();
    private final ObservableList<TierRow> readOnlyTiers = FXCollections.unmodifiableObservableList(tiers);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public IndicatorFormViewModel(Messages messages, UUID caseId, Mission mission, Indicator existing) {
        this.messages = messages;
        this.caseId = caseId;
        this.mission = existing == null ? mission : existing.mission();
        this.id = existing == null ? UUID.randomUUID() : existing.id();
        for (int year = 1; year <= Indicator.YEARS; year++) {
            targets.add(new SimpleStringProperty(existing == null ? "" : IndicatorRow.number(existing.target(year))));
            measured.add(new SimpleStringProperty(existing == null ? "" : IndicatorRow.number(existing.measured(year))));
        }
        if (existing != null) {
            label.set(existing.label());
            kind.set(existing.kind());
            unit.set(existing.unit());
            baseline.set(IndicatorRow.number(existing.baseline()));
            direction.set(existing.direction());
            weight.set(IndicatorRow.number(existing.weight()));
            amount.set(IndicatorRow.number(existing.amount()));
            dataSource.set(existing.dataSource());
            existing.tiers().forEach(t -> tiers.add(new TierRow(IndicatorRow.number(t.threshold()),
                    IndicatorRow.number(t.amount()), t.label())));
        }
    }

    public StringProperty labelProperty() {
        return label;
    }

    public ObjectProperty<IndicatorKind> kindProperty() {
        return kind;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty baselineProperty() {
        return baseline;
    }

    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    public StringProperty weightProperty() {
        return weight;
    }

    /** Target of contract year {@code year} (1..5). */
    public StringProperty targetProperty(int year) {
        return targets.get(year - 1);
    }

    /** Measured value of contract year {@code year} (1..5), entered at the dialogue de gestion. */
    public StringProperty measuredProperty(int year) {
        return measured.get(year - 1);
    }

    /** The indicator's own amount (its share of the mission's variable part), empty when the contract states none. */
    public StringProperty amountProperty() {
        return amount;
    }

    /** « Données issues de requêtes locales CPAM ». */
    public StringProperty dataSourceProperty() {
        return dataSource;
    }

    public ObservableList<TierRow> tiers() {
        return readOnlyTiers;
    }

    public TierRow addTier() {
        TierRow row = new TierRow("", "", "");
        tiers.add(row);
        return row;
    }

    public void removeTier(TierRow row) {
        tiers.remove(row);
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The indicator as typed, or empty with the first problem shown in French. */
    public Optional<Indicator> validated() {
        error.set("");
        if (label.get().isBlank()) {
            error.set(messages.get("indicator.error.labelRequired"));
            return Optional.empty();
        }
        Parsed<BigDecimal> base = FrenchNumbers.parseDecimal(baseline.get());
        Parsed<BigDecimal> w = FrenchNumbers.parseDecimal(weight.get());
        if (!base.valid()) {
            return invalid(messages.get("missions.indicator.baseline"), base, baseline.get());
        }
        if (!w.valid() || w.value() == null || w.value().signum() < 0) {
            error.set(messages.get("indicator.form.weightInvalid", weight.get()));
            return Optional.empty();
        }
        Map<Integer, BigDecimal> targetValues = new TreeMap<>();
        Map<Integer, BigDecimal> measuredValues = new TreeMap<>();
        for (int year = 1; year <= Indicator.YEARS; year++) {
            Parsed<BigDecimal> t = FrenchNumbers.parseDecimal(targets.get(year - 1).get());
            Parsed<BigDecimal> m = FrenchNumbers.parseDecimal(measured.get(year - 1).get());
            if (!t.valid()) {
                return invalid(messages.get("indicator.form.yearField", messages.get("missions.indicator.target"), year),
                        t, targets.get(year - 1).get());
            }
            if (!m.valid()) {
                return invalid(messages.get("indicator.form.yearField", messages.get("missions.indicator.measured"),
                        year), m, measured.get(year - 1).get());
            }
            if (t.value() != null) {
                targetValues.put(year, t.value());
            }
            if (m.value() != null) {
                measuredValues.put(year, m.value());
            }
        }
        Parsed<BigDecimal> money = FrenchNumbers.parseAmount(amount.get());
        if (!money.valid()) {
            return invalid(messages.get("missions.indicator.amount"), money, amount.get());
        }
        List<IndicatorTier> typedTiers = new ArrayList<>();
        for (int row = 0; row < tiers.size(); row++) {
            TierRow tier = tiers.get(row);
            if (tier.isBlank()) {
                continue;
            }
            Parsed<BigDecimal> threshold = FrenchNumbers.parseDecimal(tier.thresholdProperty().get());
            Parsed<BigDecimal> tierAmount = FrenchNumbers.parseAmount(tier.amountProperty().get());
            if (!threshold.valid()) {
                return invalid(messages.get("missions.indicator.tier.threshold"), threshold,
                        tier.thresholdProperty().get());
            }
            if (!tierAmount.valid()) {
                return invalid(messages.get("missions.indicator.tier.amount"), tierAmount, tier.amountProperty().get());
            }
            if (threshold.value() == null || tierAmount.value() == null) {
                error.set(messages.get("indicator.form.tierIncomplete", row + 1));
                return Optional.empty();
            }
            typedTiers.add(new IndicatorTier(threshold.value(), tierAmount.value(), tier.labelProperty().get()));
        }
        Indicator indicator = new Indicator(id, caseId, mission, label.get(), kind.get(), unit.get(), base.value(),
                direction.get(), w.value(), targetValues, measuredValues, money.value(), typedTiers, dataSource.get());
        try {
            MissionService.checkTerms(indicator);
        } catch (DomainException e) {
            error.set(messages.get(e));
            return Optional.empty();
        }
        return Optional.of(indicator);
    }

    private Optional<Indicator> invalid(String field, Parsed<?> parsed, String text) {
        error.set(NumberErrors.describe(messages, field, parsed.problem(), text));
        return Optional.empty();
    }
}
