package fr.referentcpts.core.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated version of the ACI funding rules (« ACI du 20 juin 2019 », « avenant 2 »), loaded
 * from a rules file: its legal references, size-class bounds, missions, barème lines and the
 * totals the texts state, and the payment schedule. A contract is pinned to one version by id.
 * A version a cellule confirmed carries its {@link RulesConfirmation} (null for the versions of
 * the texts): it completes another version, whose id it names.
 */
public record RulesVersion(String id, String label, LocalDate inForce, List<Source> legalReferences,
        SizeClassBounds sizeClasses, List<MissionRule> missions, ScheduleRules schedule,
        List<BaremeLine> lines, List<BaremeTotal> totals, List<RuleNote> notes, RulesConfirmation confirmation) {
    public RulesVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(inForce, "inForce");
        Objects.requireNonNull(sizeClasses, "sizeClasses");
        Objects.requireNonNull(schedule, "schedule");
        legalReferences = List.copyOf(legalReferences);
        missions = List.copyOf(missions);
        lines = lines.stream().sorted(java.util.Comparator.comparing(BaremeLine::key)).toList();
        totals = List.copyOf(totals);
        notes = List.copyOf(notes);
        if (lines.stream().noneMatch(l -> l.key().equals(LineKey.OPERATING))) {
            throw new IllegalArgumentException(id + ": no operating line");
        }
    }

    public Optional<MissionRule> mission(Mission mission) {
        for (MissionRule rule : missions) {
            if (rule.mission() == mission) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    public boolean offers(Mission mission) {
        return mission(mission).isPresent();
    }

    public Optional<BaremeLine> line(LineKey key) {
        for (BaremeLine line : lines) {
            if (line.key().equals(key)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /** The lines of {@code mission} in barème order. */
    public List<BaremeLine> linesOf(Mission mission) {
        return lines.stream().filter(l -> l.key().mission() == mission).toList();
    }

    /**
     * The sum of the confirmed amounts of the annual lines {@code total} covers for {@code size};
     * empty when one of them is not confirmed (proposed or unknown).
     */
    public Optional<BigDecimal> sum(BaremeTotal total, SizeClass size) {
        BigDecimal sum = Money.ZERO;
        for (BaremeLine line : lines) {
            if (line.key().component().annual() && total.covers(line.key())) {
                BaremeCell cell = line.cell(size);
                if (!cell.status().confirmed()) {
                    return Optional.empty();
                }
                sum = sum.add(cell.amount());
            }
        }
        return Optional.of(sum);
    }

    /** True for a version a cellule confirmed (it completes another). */
    public boolean confirmedByCellule() {
        return confirmation != null;
    }

    /** The number of cells neither stated by a text nor confirmed by the cellule. */
    public long cellsToConfirm() {
        return lines.stream().flatMap(l -> l.cells().values().stream()).filter(c -> !c.status().confirmed()).count();
    }

    /** « ACI du 20 juin 2019 (ACI-2019) ». */
    public String title() {
        return label + " (" + id + ")";
    }
}
