package fr.referentcpts.core.funding;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.common.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a cellule's confirmation into a new, immutable rules version: the completed version with
 * the confirmed cells marked « confirmé par la cellule » and citing the text in hand. Fields are
 * named as the confirmation file names them ({@code amounts[1].line}).
 */
public final class RulesConfirmations {
    /** Letters, digits, dots, dashes and underscores: an id a file name can carry. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");

    private RulesConfirmations() {
    }

    /** The confirmed version; a {@link ValidationException} naming the field when the request is not acceptable. */
    public static RulesVersion confirm(RulesCatalog catalog, RulesConfirmationRequest request, LocalDate today) {
        if (!ID.matcher(request.id()).matches()) {
            throw new ValidationException("id", "rules.confirm.error.id", "id", request.id());
        }
        if (catalog.find(request.id()).isPresent()) {
            throw new ValidationException("id", "rules.confirm.error.idUsed", "id", request.id());
        }
        RulesVersion base = catalog.find(request.completes()).orElseThrow(() -> new ValidationException("completes",
                "funding.error.unknownRulesVersion", "completes", request.completes(),
                String.join(", ", catalog.versions().stream().map(RulesVersion::id).toList())));
        required(request.confirmedBy(), "confirmedBy");
        required(request.text(), "text");
        if (request.confirmedOn() == null) {
            throw new ValidationException("confirmedOn", "rules.confirm.error.required", "confirmedOn");
        }
        if (request.confirmedOn().isAfter(today)) {
            throw new ValidationException("confirmedOn", "rules.confirm.error.future", "confirmedOn",
                    FrenchFormat.date(request.confirmedOn()));
        }
        if (request.amounts().isEmpty()) {
            throw new ValidationException("amounts", "rules.confirm.error.noAmount", "amounts");
        }
        RulesConfirmation confirmation = new RulesConfirmation(base.id(), request.confirmedBy(), request.confirmedOn(),
                request.text());
        Source source = confirmation.source();
        Map<LineKey, BaremeLine> lines = new java.util.LinkedHashMap<>();
        base.lines().forEach(l -> lines.put(l.key(), l));
        Set<LineKey> seen = new HashSet<>();
        Set<LineKey> changed = new HashSet<>();
        for (int i = 0; i < request.amounts().size(); i++) {
            RulesConfirmationRequest.LineAmounts given = request.amounts().get(i);
            String field = "amounts[" + i + "]";
            BaremeLine line = Optional.ofNullable(given.line()).map(lines::get).orElseThrow(() ->
                    new ValidationException(field + ".line", "rules.confirm.error.unknownLine", field + ".line",
                            given.line() == null ? "" : given.line().code(), base.id()));
            if (!seen.add(line.key())) {
                throw new ValidationException(field + ".line", "rules.confirm.error.lineTwice", field + ".line",
                        line.key().code());
            }
            if (given.amounts().isEmpty()) {
                throw new ValidationException(field + ".amounts", "rules.confirm.error.noAmount", field + ".amounts");
            }
            for (Map.Entry<SizeClass, BigDecimal> amount : new EnumMap<>(given.amounts()).entrySet()) {
                String path = field + ".amounts." + amount.getKey().number();
                if (amount.getValue() == null || amount.getValue().signum() < 0) {
                    throw new ValidationException(path, "funding.error.amountNegative", path);
                }
                line = line.with(amount.getKey(), new BaremeCell(amount.getValue(), RuleStatus.CELLULE, source, ""));
            }
            lines.put(line.key(), line);
            changed.add(line.key());
        }
        List<BaremeLine> confirmedLines = List.copyOf(lines.values());
        RulesVersion draft = new RulesVersion(request.id(), base.label(), base.inForce(), references(base, source),
                base.sizeClasses(), base.missions(), base.schedule(), confirmedLines, base.totals(), base.notes(),
                confirmation);
        return new RulesVersion(draft.id(), draft.label(), draft.inForce(), draft.legalReferences(), draft.sizeClasses(),
                draft.missions(), draft.schedule(), draft.lines(), totals(draft, changed), draft.notes(), confirmation);
    }

    /** The base's legal references, then the text the cellule confirmed against. */
    private static List<Source> references(RulesVersion base, Source source) {
        List<Source> references = new ArrayList<>(base.legalReferences());
        references.add(source);
        return references;
    }

    /**
     * The totals of the texts, except a confirmed total over a line the cellule changed that no
     * longer holds: it becomes unknown rather than contradict the confirmed cells.
     */
    private static List<BaremeTotal> totals(RulesVersion version, Set<LineKey> changed) {
        List<BaremeTotal> totals = new ArrayList<>();
        for (BaremeTotal total : version.totals()) {
            boolean touched = changed.stream().anyMatch(total::covers);
            boolean holds = !touched || !total.status().confirmed() || java.util.Arrays.stream(SizeClass.values())
                    .allMatch(size -> version.sum(total, size).filter(sum -> total.amount(size)
                            .map(sum::equals).orElse(false)).isPresent());
            totals.add(holds ? total : new BaremeTotal(total.id(), total.label(), total.missions(), total.components(),
                    Map.of(), RuleStatus.TO_CONFIRM, total.source(), total.note()));
        }
        return totals;
    }

    private static void required(String value, String field) {
        if (value.isBlank()) {
            throw new ValidationException(field, "rules.confirm.error.required", field);
        }
    }
}
