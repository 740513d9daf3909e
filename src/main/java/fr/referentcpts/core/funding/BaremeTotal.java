package fr.referentcpts.core.funding;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A total the texts state (« ACCESS : 75 000 / 92 000 / 120 000 / 150 000 », « maximum
 * 450 000 € »): the sum of the lines whose mission is in {@code missions} (empty: any, including
 * the operating line) and whose component is in {@code components} (empty: any). A rules file
 * is refused when a confirmed total does not hold.
 */
public record BaremeTotal(String id, String label, Set<Mission> missions, Set<Component> components,
        Map<SizeClass, BigDecimal> amounts, RuleStatus status, Source source, String note) {
    public BaremeTotal {
        Objects.requireNonNull(id, "id");
        label = label == null ? "" : label;
        note = note == null ? "" : note;
        // in the order of the enums, not Set.copyOf's order that changes from one run to the next:
        // the rules' text (AgendaService's fingerprint of the kept home figures) is the same at every start
        missions = missions.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(missions));
        components = components.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(components));
        EnumMap<SizeClass, BigDecimal> copy = new EnumMap<>(SizeClass.class);
        amounts.forEach((size, amount) -> copy.put(size, Money.round(amount)));
        amounts = java.util.Collections.unmodifiableMap(copy);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
    }

    public boolean covers(LineKey line) {
        boolean missionMatches = missions.isEmpty() || (line.mission() != null && missions.contains(line.mission()));
        return missionMatches && (components.isEmpty() || components.contains(line.component()));
    }

    public Optional<BigDecimal> amount(SizeClass size) {
        return Optional.ofNullable(amounts.get(size));
    }
}
