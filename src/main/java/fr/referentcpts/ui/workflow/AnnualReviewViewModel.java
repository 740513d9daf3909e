package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.common.FrenchNumbers;
import fr.referentcpts.core.followup.AnnualReview;
import fr.referentcpts.core.followup.FollowUpService;
import fr.referentcpts.core.funding.EarnedAmount;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.IndicatorTerms;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.missions.MissionRate;
import fr.referentcpts.core.missions.MissionService;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dialogue de gestion of one contract year: its date and comments, the values measured for
 * the indicators that year (saved on the missions), the achievement rates they give and, when the
 * contract states amounts per indicator, what each indicator earned and each mission's total —
 * recomputed as the values are typed.
 */
public final class AnnualReviewViewModel extends FormViewModel {
    /**
     * An indicator of the year: its target, the value measured as typed, and the amount it earns
     * with that value (« 3 000,00 € »; empty when the contract states no amount for it, « – » when
     * it cannot be assessed).
     */
    public record MeasureRow(Indicator indicator, String mission, String label, String target,
            StringProperty measured, ReadOnlyStringWrapper earnedText) {
        public ReadOnlyStringProperty earned() {
            return earnedText.getReadOnlyProperty();
        }
    }

    private final FollowUpService followUp;
    private final MissionService missions;
    private final Supplier<LocalDate> today;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<Integer> readOnlyYears = FXCollections.unmodifiableObservableList(years);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty comments = new SimpleStringProperty("");
    private final ObservableList<MeasureRow> measures = FXCollections.observableArrayList();
    private final ObservableList<MeasureRow> readOnlyMeasures = FXCollections.unmodifiableObservableList(measures);
    private final ReadOnlyStringWrapper anniversary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rates = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper earned = new ReadOnlyStringWrapper("");
    private CaseSnapshot snapshot;
    private int version;

    public AnnualReviewViewModel(FollowUpService followUp, MissionService missions, Supplier<LocalDate> today,
            TaskRunner tasks, DialogService dialogs, Messages messages, Runnable onSaved) {
        super(tasks, dialogs, messages, onSaved);
        this.followUp = followUp;
        this.missions = missions;
        this.today = today;
        watch(date, comments);
        year.addListener((obs, old, value) -> {
            if (value != null && snapshot != null && !value.equals(old)) {
                showYear(value);
            }
        });
    }

    public ObservableList<Integer> years() {
        return readOnlyYears;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty commentsProperty() {
        return comments;
    }

    public ObservableList<MeasureRow> measures() {
        return readOnlyMeasures;
    }

    /** « Date anniversaire n° 1 : 22/07/2026 ». */
    public ReadOnlyStringProperty anniversaryProperty() {
        return anniversary.getReadOnlyProperty();
    }

    /** « Taux d’atteinte : Accès aux soins 87 % ; … ». */
    public ReadOnlyStringProperty ratesProperty() {
        return rates.getReadOnlyProperty();
    }

    /** « Montants obtenus indicateur par indicateur : Accès aux soins 4 500,00 € sur 11 000,00 € » ; empty without amounts. */
    public ReadOnlyStringProperty earnedProperty() {
        return earned.getReadOnlyProperty();
    }

    @Override
    protected void load(CaseSnapshot data) {
        snapshot = data;
        LocalDate signature = data.signatureDate();
        List<Integer> list = new ArrayList<>();
        int current = 1;
        if (signature != null) {
            // The review of year k is held at anniversary k: the latest anniversary passed is the one to review.
            for (int k = 1; k <= Indicator.YEARS; k++) {
                list.add(k);
                if (!signature.plusYears(k).isAfter(today.get())) {
                    current = k;
                }
            }
        }
        years.setAll(list);
        if (Objects.equals(year.get(), current)) {
            showYear(current);
        } else {
            year.set(current);
        }
    }

    private void showYear(int k) {
        quietly(() -> fill(k));
    }

    private void fill(int k) {
        AnnualReview review = snapshot.review(k).orElse(new AnnualReview(k, null, "", 0));
        date.set(text(review.date()));
        comments.set(review.comments());
        version = review.version();
        LocalDate signature = snapshot.signatureDate();
        anniversary.set(signature == null ? "" : messages.get("workflow.review.anniversary", k,
                FrenchFormat.date(signature.plusYears(k))));
        MissionContent content = snapshot.missions();
        measures.setAll(content.chosen().stream().flatMap(m -> content.indicatorsOf(m.mission()).stream())
                .map(i -> new MeasureRow(i, messages.get(i.mission()), i.label(), number(i.target(k)),
                        new SimpleStringProperty(number(i.measured(k))), new ReadOnlyStringWrapper("")))
                .toList());
        measures.forEach(row -> watch(row.measured()));
        measures.forEach(row -> row.measured().addListener((obs, old, value) -> showEarned(k)));
        showEarned(k);
        rates.set(messages.get("workflow.review.rates", content.chosen().stream().map(CaseMission::mission)
                .map(m -> content.rate(m, k))
                .map(r -> messages.get(r.mission()) + " " + (r.rate() == null ? "–" : FrenchFormat.percent(r.rate())))
                .collect(Collectors.joining(" ; "))));
    }

    /** What each indicator and each mission earn with the values as typed (a value not yet a number counts as not measured). */
    private void showEarned(int k) {
        List<Indicator> typed = measures.stream()
                .map(row -> row.indicator().withMeasured(k, FrenchNumbers.parseDecimal(row.measured().get()).value())).toList();
        for (int i = 0; i < measures.size(); i++) {
            Indicator indicator = typed.get(i);
            measures.get(i).earnedText().set(!indicator.statesAmount() ? ""
                    : IndicatorTerms.earned(indicator, k).map(FrenchFormat::amount).orElse("–"));
        }
        MissionContent content = snapshot.missions();
        MissionContent asTyped = new MissionContent(content.missions(), content.actions(), typed, content.overrides());
        List<EarnedAmount> maxima = MissionService.maximumEarnable(asTyped).stream()
                .filter(e -> e.contractYear() == k).toList();
        List<EarnedAmount> earnedThatYear = MissionService.earnedAmounts(asTyped).stream()
                .filter(e -> e.contractYear() == k).toList();
        earned.set(maxima.isEmpty() ? "" : messages.get("workflow.review.earnedTotal", maxima.stream()
                .map(max -> messages.get("workflow.review.earnedMission", messages.get(max.mission()),
                        earnedThatYear.stream().filter(e -> e.mission() == max.mission()).findFirst()
                                .map(e -> FrenchFormat.amount(e.amount())).orElse("–"),
                        FrenchFormat.amount(max.amount())))
                .collect(Collectors.joining(" ; "))));
    }

    public void save() {
        Integer k = year.get();
        if (k == null || snapshot == null) {
            return;
        }
        begin();
        LocalDate held = date("date", date);
        List<Indicator> changed = new ArrayList<>();
        for (MeasureRow row : measures) {
            BigDecimal value = decimal("measures", row.indicator().label(), row.measured().get());
            if (valid() && !Objects.equals(value, row.indicator().measured(k))) {
                changed.add(row.indicator().withMeasured(k, value));
            }
        }
        if (!valid()) {
            return;
        }
        AnnualReview review = new AnnualReview(k, held, comments.get(), version);
        UUID id = caseId;
        save(() -> {
            AnnualReview saved = followUp.saveReview(id, review);
            changed.forEach(missions::saveIndicator);
            return saved;
        }, saved -> version = saved.version());
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** For tests: the rate of a mission shown for the selected year. */
    MissionRate rate(fr.referentcpts.core.funding.Mission mission) {
        return snapshot.missions().rate(mission, year.get());
    }
}
