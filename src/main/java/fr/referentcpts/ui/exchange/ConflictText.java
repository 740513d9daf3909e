package fr.referentcpts.ui.exchange;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.common.Keyed;
import fr.referentcpts.i18n.Messages;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An item of a case (a person, a meeting, a form…) as the referent reads it in the conflict
 * window: its values in French (dates « 14/10/2026 », labels of the lists, « Oui » / « Non »,
 * people by name), without the ids, row counters and fingerprints nobody reads; for two
 * versions of one item, only the values that differ.
 */
final class ConflictText {
    private static final Set<String> HIDDEN = Set.of("id", "caseId", "version", "sha256", "source");
    private static final int MAX = 300;
    /** Yes/no values said with what they answer; others are shown only where they differ. */
    private static final Map<String, String> QUESTIONS = Map.of("chosen", "conflict.question.chosen",
            "snpOrientation", "conflict.question.snpOrientation", "done", "conflict.question.done",
            "finalVersion", "conflict.question.finalVersion", "sizeClassConfirmed",
            "conflict.question.sizeClassConfirmed", "operatingComplement", "conflict.question.operatingComplement",
            "archived", "conflict.question.archived");
    private final Messages messages;
    private final Map<UUID, String> names;

    /** {@code names}: the people of both versions, by id, for the references to them. */
    ConflictText(Messages messages, Map<UUID, String> names) {
        this.messages = messages;
        this.names = names;
    }

    /** Everything the item says. */
    String full(Object item) {
        String text = text(item);
        return text.isEmpty() ? messages.get("exchange.plan.empty") : cut(text);
    }

    /** The values that differ between two versions of an item, one text per side; empty when none shows. */
    List<String> differing(Object mine, Object theirs) {
        if (!(mine instanceof Record a) || !(theirs instanceof Record b) || a.getClass() != b.getClass()) {
            return List.of(full(mine), full(theirs));
        }
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (RecordComponent component : a.getClass().getRecordComponents()) {
            if (!HIDDEN.contains(component.getName())) {
                String x = text(component, value(component, a), true);
                String y = text(component, value(component, b), true);
                if (!x.equals(y)) {
                    left.add(x.isEmpty() ? messages.get("exchange.plan.empty") : x);
                    right.add(y.isEmpty() ? messages.get("exchange.plan.empty") : y);
                }
            }
        }
        return left.isEmpty() ? List.of() : List.of(cut(String.join(" · ", left)), cut(String.join(" · ", right)));
    }

    private String text(Object value) {
        return switch (value) {
            case null -> "";
            case String s -> s.strip();
            case Keyed k -> messages.get(k);
            case Boolean b -> messages.get(b ? "conflict.ui.yes" : "conflict.ui.no");
            case LocalDate d -> FrenchFormat.date(d);
            case Instant i -> FrenchFormat.dateTime(i, ZoneId.systemDefault());
            case BigDecimal d -> FrenchFormat.decimal(d, Math.max(0, d.stripTrailingZeros().scale()));
            case UUID id -> names.getOrDefault(id, "");
            case Map<?, ?> map -> map.entrySet().stream()
                    .map(e -> messages.get("conflict.ui.yearValue", text(e.getKey()), text(e.getValue())))
                    .collect(Collectors.joining(" ; "));
            case Collection<?> items -> items.stream().map(this::text).filter(t -> !t.isEmpty())
                    .collect(Collectors.joining(" ; "));
            case Record r -> java.util.Arrays.stream(r.getClass().getRecordComponents())
                    .filter(c -> !HIDDEN.contains(c.getName())).map(c -> text(c, value(c, r), false))
                    .filter(t -> !t.isEmpty()).collect(Collectors.joining(", "));
            default -> Objects.toString(value);
        };
    }

    /** A component's value; a yes/no said with its question, or left out of a whole item when it has none. */
    private String text(RecordComponent component, Object value, boolean alone) {
        String question = QUESTIONS.get(component.getName());
        if (value instanceof Boolean && question != null) {
            return messages.get(question) + " " + text(value);
        }
        return value instanceof Boolean && !alone ? "" : text(value);
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(component.toString(), e);
        }
    }

    private static String cut(String text) {
        return text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
    }
}
