package fr.referentcpts.core.exchange;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.documents.CaseDocument;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.territory.TerritoryCommune;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** The field-by-field differences between two states of the same case file. */
final class Differences {
    private final List<Change> changes = new ArrayList<>();

    static List<Change> between(CaseBundle current, CaseBundle imported) {
        Differences d = new Differences();
        CaseFile a = current.caseFile();
        CaseFile b = imported.caseFile();
        d.field("exchange.field.name", a.name(), b.name());
        d.field("exchange.field.departement", a.departement(), b.departement());
        d.field("exchange.field.referent", a.referent(), b.referent());
        d.field("exchange.field.notes", a.notes(), b.notes());
        d.field("exchange.field.stage", a.stage().name(), b.stage().name());
        d.field("exchange.field.archived", String.valueOf(a.archived()), String.valueOf(b.archived()));
        d.items("exchange.item.commune", current.territory(), imported.territory(), TerritoryCommune::inseeCode,
                c -> c.name() + " (" + c.inseeCode() + ")", RecordText::of);
        d.items("exchange.item.person", current.people(), imported.people(), p -> p.id().toString(), Person::name,
                RecordText::of);
        d.items("exchange.item.mission", current.missions().missions(), imported.missions().missions(),
                m -> m.mission().name(), m -> m.mission().messageKey(), RecordText::of);
        d.items("exchange.item.action", current.missions().actions(), imported.missions().actions(),
                a2 -> a2.id().toString(), MissionAction::title, RecordText::of);
        d.items("exchange.item.indicator", current.missions().indicators(), imported.missions().indicators(),
                i -> i.id().toString(), Indicator::label, Differences::indicatorText);
        d.items("exchange.item.override", current.missions().overrides(), imported.missions().overrides(),
                o -> o.mission() + "/" + o.contractYear(), o -> o.mission() + " " + o.contractYear(),
                o -> plain(o.rate()) + " " + o.reason());
        d.items("exchange.item.document", current.documents(), imported.documents(),
                f -> f.document().id().toString(), f -> f.document().fileName(), f -> documentText(f.document()));
        WorkflowData a2 = current.workflow();
        WorkflowData b2 = imported.workflow();
        d.form("exchange.form.preProject", a2.preProject(), b2.preProject());
        d.form("exchange.form.letterOfIntent", a2.letterOfIntent(), b2.letterOfIntent());
        d.form("exchange.form.healthProject", a2.healthProject(), b2.healthProject());
        d.form("exchange.form.negotiation", a2.negotiation(), b2.negotiation());
        d.items("exchange.item.enteredAmount", a2.enteredAmounts(), b2.enteredAmounts(), e -> e.line().code(),
                e -> e.line().code(), e -> plain(e.amount()));
        d.items("exchange.item.history", a2.history(), b2.history(), h -> h.id().toString(),
                h -> h.date() + " " + h.kind().name(), RecordText::of);
        d.items("exchange.item.meeting", a2.meetings(), b2.meetings(), m -> m.id().toString(),
                m -> m.date() + " " + m.place(), RecordText::of);
        d.items("exchange.item.review", a2.reviews(), b2.reviews(), r -> String.valueOf(r.contractYear()),
                r -> String.valueOf(r.contractYear()), RecordText::of);
        d.items("exchange.item.payment", a2.payments(), b2.payments(), p -> p.id().toString(),
                p -> p.date() + " " + plain(p.amount()), RecordText::of);
        d.items("exchange.item.annex", current.annexes(), imported.annexes(), x -> x.id().toString(),
                x -> x.generatedAt() + " " + x.documentId(), x -> x.sha256());
        return d.changes;
    }

    /** A stage form compared as a whole (its version counter aside): filled, emptied or changed. */
    private void form(String what, Record before, Record after) {
        if (before == null && after == null) {
            return;
        }
        if (before == null || after == null || !RecordText.of(before).equals(RecordText.of(after))) {
            Change.Kind kind = before == null ? Change.Kind.ADDED : after == null ? Change.Kind.REMOVED
                    : Change.Kind.CHANGED;
            changes.add(new Change(what, what, kind, "", ""));
        }
    }

    private void field(String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(what, "", Change.Kind.CHANGED, before, after));
        }
    }

    /** Items matched by {@code key}; {@code value} is the text compared to tell a change (never shown). */
    private <T> void items(String what, List<T> before, List<T> after, Function<T, String> key,
            Function<T, String> subject, Function<T, String> value) {
        Map<String, T> old = index(before, key);
        Map<String, T> now = index(after, key);
        now.forEach((k, item) -> {
            T previous = old.get(k);
            if (previous == null) {
                changes.add(new Change(what, subject.apply(item), Change.Kind.ADDED, "", ""));
            } else if (!value.apply(previous).equals(value.apply(item))) {
                changes.add(new Change(what, subject.apply(item), Change.Kind.CHANGED, "", ""));
            }
        });
        old.forEach((k, item) -> {
            if (!now.containsKey(k)) {
                changes.add(new Change(what, subject.apply(item), Change.Kind.REMOVED, "", ""));
            }
        });
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(key.apply(i), i));
        return map;
    }

    /** BigDecimal scales differ between a file and the database: compare values, not representations. */
    private static String indicatorText(Indicator i) {
        return i.mission() + " " + i.label() + " " + i.kind() + " " + i.unit() + " " + plain(i.baseline()) + " "
                + i.direction() + " " + plain(i.weight()) + " " + years(i.targets()) + " " + years(i.measured())
                + " " + plain(i.amount()) + " " + i.tiers().stream().map(t -> plain(t.threshold()) + "→"
                        + plain(t.amount()) + " " + t.label()).toList() + " " + i.dataSource();
    }

    private static String years(Map<Integer, java.math.BigDecimal> values) {
        StringBuilder text = new StringBuilder();
        values.forEach((y, v) -> text.append(y).append('=').append(plain(v)).append(';'));
        return text.toString();
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String documentText(CaseDocument d) {
        return d.kind() + " " + d.fileName() + " " + d.sha256() + " " + d.documentDate() + " " + d.note();
    }
}
