package fr.referentcpts.core.exchange;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.documents.CaseDocument;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.core.people.Person;
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
        d.items(BundleParts.COMMUNES, current, imported, c -> c.name() + " (" + c.inseeCode() + ")", RecordText::of);
        d.items(BundleParts.PEOPLE, current, imported, Person::name, RecordText::of);
        d.items(BundleParts.MISSIONS, current, imported, m -> m.mission().messageKey(), RecordText::of);
        d.items(BundleParts.ACTIONS, current, imported, MissionAction::title, RecordText::of);
        d.items(BundleParts.INDICATORS, current, imported, Indicator::label, Differences::indicatorText);
        d.items(BundleParts.OVERRIDES, current, imported, o -> o.mission() + " " + o.contractYear(),
                o -> plain(o.rate()) + " " + o.reason());
        d.items(BundleParts.DOCUMENTS, current, imported, f -> f.document().fileName(),
                f -> documentText(f.document()));
        WorkflowData a2 = current.workflow();
        WorkflowData b2 = imported.workflow();
        for (BundleParts.Form<?> form : List.of(BundleParts.PRE_PROJECT, BundleParts.LETTER_OF_INTENT,
                BundleParts.HEALTH_PROJECT, BundleParts.NEGOTIATION)) {
            d.form(form.what(), form.form().apply(a2), form.form().apply(b2));
        }
        d.items(BundleParts.ENTERED_AMOUNTS, current, imported, e -> e.line().code(), e -> plain(e.amount()));
        d.items(BundleParts.HISTORY, current, imported, h -> h.date() + " " + h.kind().name(), RecordText::of);
        d.items(BundleParts.MEETINGS, current, imported, m -> m.date() + " " + m.place(), RecordText::of);
        d.items(BundleParts.REVIEWS, current, imported, r -> String.valueOf(r.contractYear()), RecordText::of);
        d.items(BundleParts.PAYMENTS, current, imported, p -> p.date() + " " + plain(p.amount()), RecordText::of);
        d.items(BundleParts.CRISES, current, imported,
                c -> (c.recognition().date() + " " + c.recognition().reference()).strip(), RecordText::of);
        d.items(BundleParts.CRISIS_PLAN, current, imported, p -> String.valueOf(p.contractYear()), RecordText::of);
        d.items(BundleParts.AMENDMENTS, current, imported, x -> x.terms().number() + " " + x.terms().effectiveDate(),
                RecordText::of);
        d.form(BundleParts.PAYMENT_FILE.what(), a2.paymentFile(), b2.paymentFile());
        d.items(BundleParts.ANNEXES, current, imported, x -> x.generatedAt() + " " + x.documentId(),
                AnnexFile::sha256);
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

    /** Items matched by their part's key; {@code value} is the text compared to tell a change (never shown). */
    private <T> void items(BundleParts.Part<T> part, CaseBundle current, CaseBundle imported,
            Function<T, String> subject, Function<T, String> value) {
        Map<String, T> old = index(part.items().apply(current), part.key());
        Map<String, T> now = index(part.items().apply(imported), part.key());
        now.forEach((k, item) -> {
            T previous = old.get(k);
            if (previous == null) {
                changes.add(new Change(part.what(), subject.apply(item), Change.Kind.ADDED, "", "", k));
            } else if (!value.apply(previous).equals(value.apply(item))) {
                changes.add(new Change(part.what(), subject.apply(item), Change.Kind.CHANGED, "", "", k));
            }
        });
        old.forEach((k, item) -> {
            if (!now.containsKey(k)) {
                changes.add(new Change(part.what(), subject.apply(item), Change.Kind.REMOVED, "", "", k));
            }
        });
    }

    static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
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
