package fr.referentcpts.io.funding;

import com.fasterxml.jackson.databind.JsonNode;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.funding.BaremeCell;
import fr.referentcpts.core.funding.BaremeLine;
import fr.referentcpts.core.funding.BaremeTotal;
import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.Deadlines;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.MissionKind;
import fr.referentcpts.core.funding.MissionRule;
import fr.referentcpts.core.funding.Parameter;
import fr.referentcpts.core.funding.PaymentPattern;
import fr.referentcpts.core.funding.RuleNote;
import fr.referentcpts.core.funding.RuleStatus;
import fr.referentcpts.core.funding.RulesConfirmation;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.funding.ScheduleRules;
import fr.referentcpts.core.funding.SizeClass;
import fr.referentcpts.core.funding.SizeClassBounds;
import fr.referentcpts.core.funding.Source;
import fr.referentcpts.io.funding.RulesFileModel.LineJson;
import fr.referentcpts.io.funding.RulesFileModel.MissionJson;
import fr.referentcpts.io.funding.RulesFileModel.ParameterJson;
import fr.referentcpts.io.funding.RulesFileModel.PatternJson;
import fr.referentcpts.io.funding.RulesFileModel.RulesFile;
import fr.referentcpts.io.funding.RulesFileModel.ScheduleJson;
import fr.referentcpts.io.funding.RulesFileModel.SizeClassesJson;
import fr.referentcpts.io.funding.RulesFileModel.TotalJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a parsed rules file into a core {@link RulesVersion}, checking every field on the way.
 * Format 1 (one status per line) and format 2 (a status, confidence and source per size class,
 * a cellule's confirmation) are read; files are written in format 2.
 */
final class RulesReader {
    static final int FORMAT = 2;
    private final FieldReader fields;

    RulesReader(FieldReader fields) {
        this.fields = fields;
    }

    RulesVersion read(RulesFile file) {
        Integer format = fields.required(file.format(), "format");
        if (format != 1 && format != FORMAT) {
            throw new DomainException("funding.rules.error.format", fields.fileName(), file.format().toString());
        }
        List<Source> legal = new ArrayList<>();
        List<RulesFileModel.SourceJson> legalJson = fields.required(file.legalReferences(), "legalReferences");
        for (int i = 0; i < legalJson.size(); i++) {
            legal.add(fields.source(legalJson.get(i), "legalReferences[" + i + "]"));
        }
        List<MissionRule> missions = missions(fields.required(file.missions(), "missions"));
        List<BaremeLine> lines = lines(fields.required(file.lines(), "lines"));
        if (lines.stream().noneMatch(l -> l.key().equals(LineKey.OPERATING))) {
            throw new DomainException("funding.rules.error.missing", fields.fileName(), "lines[OPERATING]");
        }
        List<BaremeTotal> totals = totals(file.totals() == null ? List.of() : file.totals());
        List<RuleNote> notes = new ArrayList<>();
        List<RulesFileModel.NoteJson> notesJson = file.notes() == null ? List.of() : file.notes();
        for (int i = 0; i < notesJson.size(); i++) {
            RulesFileModel.NoteJson note = notesJson.get(i);
            String path = "notes[" + i + "]";
            notes.add(new RuleNote(fields.required(note.id(), path + ".id"), fields.required(note.text(), path + ".text"),
                    fields.status(note.status(), path + ".status"), fields.source(note.source(), path + ".source")));
        }
        RulesVersion version = new RulesVersion(fields.required(file.id(), "id"), fields.required(file.label(), "label"),
                fields.date(file.inForce(), "inForce"), legal, sizeClasses(file.sizeClasses()), missions,
                schedule(fields.required(file.schedule(), "schedule")), lines, totals, notes,
                confirmation(file.confirmation()));
        RulesChecks.check(version, fields.fileName());
        return version;
    }

    private RulesConfirmation confirmation(RulesFileModel.ConfirmationJson json) {
        if (json == null) {
            return null;
        }
        return new RulesConfirmation(fields.required(json.completes(), "confirmation.completes"),
                fields.required(json.confirmedBy(), "confirmation.confirmedBy"),
                fields.date(json.confirmedOn(), "confirmation.confirmedOn"),
                fields.required(json.text(), "confirmation.text"));
    }

    private SizeClassBounds sizeClasses(SizeClassesJson json) {
        fields.required(json, "sizeClasses");
        List<Long> bounds = fields.required(json.lowerBounds(), "sizeClasses.lowerBounds");
        boolean valid = bounds.size() == SizeClass.values().length && !bounds.contains(null) && bounds.getFirst() == 0;
        for (int i = 1; valid && i < bounds.size(); i++) {
            valid = bounds.get(i) > bounds.get(i - 1);
        }
        if (!valid) {
            throw new DomainException("funding.rules.error.bounds", fields.fileName(), bounds.toString());
        }
        return new SizeClassBounds(bounds, fields.status(json.status(), "sizeClasses.status"),
                fields.flag(json.convention()), fields.source(json.source(), "sizeClasses.source"));
    }

    private List<MissionRule> missions(List<MissionJson> json) {
        List<MissionRule> missions = new ArrayList<>();
        Set<Mission> seen = EnumSet.noneOf(Mission.class);
        for (int i = 0; i < json.size(); i++) {
            MissionJson m = json.get(i);
            String path = "missions[" + i + "]";
            Mission mission = fields.code(Mission.class, m.code(), path + ".code");
            if (!seen.add(mission)) {
                throw new DomainException("funding.rules.error.duplicate", fields.fileName(), mission.name(), "missions");
            }
            Parameter<Deadlines> deadlines = null;
            if (m.deadlines() != null) {
                var d = m.deadlines();
                int start = fields.required(d.startMonths(), path + ".deadlines.startMonths");
                int deployed = fields.required(d.deployedMonths(), path + ".deadlines.deployedMonths");
                if (start <= 0 || deployed < start) {
                    throw fields.invalid(path + ".deadlines", start + "/" + deployed);
                }
                deadlines = new Parameter<>(new Deadlines(start, deployed), fields.status(d.status(), path + ".deadlines.status"),
                        fields.flag(d.convention()), fields.source(d.source(), path + ".deadlines.source"));
            }
            missions.add(new MissionRule(mission, fields.lowerCode(MissionKind.class, m.kind(), path + ".kind"),
                    fields.optionalDate(m.availableFrom(), path + ".availableFrom"), deadlines,
                    fields.source(m.source(), path + ".source")));
        }
        return missions;
    }

    private ScheduleRules schedule(ScheduleJson json) {
        Parameter<Integer> years = parameter(json.contractYears(), "schedule.contractYears", this::years);
        Parameter<BigDecimal> advance = parameter(json.advanceRate(), "schedule.advanceRate", this::rate);
        Parameter<BigDecimal> first = parameter(json.operatingFirstYearRate(), "schedule.operatingFirstYearRate",
                this::rate);
        Parameter<ScheduleRules.Prorata> prorata = parameter(json.prorata(), "schedule.prorata",
                (node, path) -> fields.code(ScheduleRules.Prorata.class, node.isTextual() ? node.asText() : null, path));
        Parameter<ScheduleRules.TerminationRule> termination = parameter(json.termination(), "schedule.termination",
                (node, path) -> fields.code(ScheduleRules.TerminationRule.class, node.isTextual() ? node.asText() : null,
                        path));
        Map<Component, Parameter<PaymentPattern>> patterns = new EnumMap<>(Component.class);
        List<PatternJson> payment = fields.required(json.payment(), "schedule.payment");
        for (int i = 0; i < payment.size(); i++) {
            PatternJson p = payment.get(i);
            String path = "schedule.payment[" + i + "]";
            Component component = fields.code(Component.class, p.component(), path + ".component");
            PaymentPattern pattern = fields.code(PaymentPattern.class, p.pattern(), path + ".pattern");
            if (patterns.put(component, new Parameter<>(pattern, confirmed(p.status(), path + ".status"),
                    fields.flag(p.convention()), fields.source(p.source(), path + ".source"))) != null) {
                throw new DomainException("funding.rules.error.duplicate", fields.fileName(), component.name(),
                        "schedule.payment");
            }
        }
        if (patterns.get(Component.OPERATING) == null
                || patterns.get(Component.OPERATING).value() != PaymentPattern.OPERATING
                || patterns.entrySet().stream().anyMatch(e -> e.getKey() != Component.OPERATING
                        && e.getValue().value() == PaymentPattern.OPERATING)
                || patterns.entrySet().stream().anyMatch(e -> (e.getKey() == Component.LETTER_OF_INTENT)
                        != (e.getValue().value() == PaymentPattern.AT_LETTER_VALIDATION))) {
            throw new DomainException("funding.rules.error.patterns", fields.fileName());
        }
        Parameter<Integer> perYear = json.crisisPaymentsPerYear() == null ? null
                : parameter(json.crisisPaymentsPerYear(), "schedule.crisisPaymentsPerYear", this::years);
        if (perYear == null && patterns.values().stream().anyMatch(p -> p.value() == PaymentPattern.ON_CRISIS)) {
            throw new DomainException("funding.rules.error.missing", fields.fileName(), "schedule.crisisPaymentsPerYear");
        }
        return new ScheduleRules(years, advance, first, prorata, patterns, termination, perYear);
    }

    private interface ValueReader<T> {
        T read(JsonNode node, String path);
    }

    private <T> Parameter<T> parameter(ParameterJson json, String path, ValueReader<T> reader) {
        fields.required(json, path);
        T value = reader.read(fields.required(json.value(), path + ".value"), path + ".value");
        return new Parameter<>(value, confirmed(json.status(), path + ".status"), fields.flag(json.convention()),
                fields.source(json.source(), path + ".source"));
    }

    /** Schedule parameters drive every computation: they cannot be « à confirmer ». */
    private RuleStatus confirmed(String status, String path) {
        RuleStatus read = fields.status(status, path);
        if (read != RuleStatus.CONFIRMED) {
            throw new DomainException("funding.rules.error.parameterToConfirm", fields.fileName(), path);
        }
        return read;
    }

    private Integer years(JsonNode node, String path) {
        if (!node.isInt() || node.asInt() < 1) {
            throw fields.invalid(path, node.toString());
        }
        return node.asInt();
    }

    /** A share in ]0, 1], e.g. 0.75. */
    private BigDecimal rate(JsonNode node, String path) {
        if (!node.isNumber() || node.decimalValue().signum() <= 0 || node.decimalValue().compareTo(BigDecimal.ONE) > 0) {
            throw fields.invalid(path, node.toString());
        }
        return node.decimalValue().stripTrailingZeros();
    }

    private List<BaremeLine> lines(List<LineJson> json) {
        List<BaremeLine> lines = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            LineJson l = json.get(i);
            String path = "lines[" + i + "]";
            Component component = fields.code(Component.class, l.component(), path + ".component");
            Mission mission = l.mission() == null ? null : fields.code(Mission.class, l.mission(), path + ".mission");
            if ((mission == null) != component.structural()) {
                throw new DomainException("funding.rules.error.lineMission", fields.fileName(), path);
            }
            LineKey key = new LineKey(mission, component);
            RuleStatus status = fields.status(l.status(), path + ".status");
            Source source = fields.source(l.source(), path + ".source");
            lines.add(new BaremeLine(key, l.label(), cells(l, status, source, path, key.code()), source, l.note(),
                    fields.optionalDate(l.signedBefore(), path + ".signedBefore")));
        }
        return lines;
    }

    /**
     * The four cells of a line: its amounts, each with the line's status, confidence and source
     * unless {@code cells} says otherwise for that size class. A cell « à confirmer » has no
     * amount; every other one has one.
     */
    private Map<SizeClass, BaremeCell> cells(LineJson line, RuleStatus status, Source source, String path,
            String name) {
        Map<SizeClass, BigDecimal> amounts = amountsBySize(line.amounts(), path);
        Map<String, RulesFileModel.CellJson> given = line.cells() == null ? Map.of() : line.cells();
        Map<SizeClass, BaremeCell> cells = new EnumMap<>(SizeClass.class);
        for (SizeClass size : SizeClass.values()) {
            String key = Integer.toString(size.number());
            RulesFileModel.CellJson cell = given.get(key);
            String cellPath = path + ".cells." + key;
            RuleStatus cellStatus = cell == null || cell.status() == null ? status
                    : fields.status(cell.status(), cellPath + ".status");
            Source cellSource = cell == null || cell.source() == null ? source
                    : fields.source(cell.source(), cellPath + ".source");
            String confidence = cell == null || cell.confidence() == null ? line.confidence() : cell.confidence();
            BigDecimal amount = amounts.get(size);
            if ((amount == null) != (cellStatus == RuleStatus.TO_CONFIRM)) {
                throw new DomainException(cellStatus == RuleStatus.TO_CONFIRM ? "funding.rules.error.amountToConfirm"
                        : "funding.rules.error.sizeClasses", fields.fileName(),
                        cellStatus == RuleStatus.TO_CONFIRM ? name : path + ".amounts." + key);
            }
            cells.put(size, new BaremeCell(amount, cellStatus, cellSource, confidence));
        }
        for (String key : given.keySet()) {
            if (!List.of("1", "2", "3", "4").contains(key)) {
                throw new DomainException("funding.rules.error.sizeClasses", fields.fileName(), path + ".cells");
            }
        }
        return cells;
    }

    /** Keys « 1 » to « 4 », each with an amount or null; negative amounts refused. */
    private Map<SizeClass, BigDecimal> amountsBySize(Map<String, BigDecimal> json, String path) {
        Map<SizeClass, BigDecimal> amounts = new EnumMap<>(SizeClass.class);
        Map<String, BigDecimal> given = json == null ? Map.of() : json;
        for (Map.Entry<String, BigDecimal> entry : given.entrySet()) {
            SizeClass size = switch (entry.getKey()) {
                case "1", "2", "3", "4" -> SizeClass.of(Integer.parseInt(entry.getKey()));
                default -> throw new DomainException("funding.rules.error.sizeClasses", fields.fileName(), path + ".amounts");
            };
            if (entry.getValue() != null) {
                if (entry.getValue().signum() < 0) {
                    throw fields.invalid(path + ".amounts." + entry.getKey(), entry.getValue().toPlainString());
                }
                amounts.put(size, entry.getValue());
            }
        }
        return amounts;
    }

    private List<BaremeTotal> totals(List<TotalJson> json) {
        List<BaremeTotal> totals = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            TotalJson t = json.get(i);
            String path = "totals[" + i + "]";
            String id = fields.required(t.id(), path + ".id");
            Set<Mission> missions = EnumSet.noneOf(Mission.class);
            List<String> missionCodes = t.missions() == null ? List.of() : t.missions();
            for (int j = 0; j < missionCodes.size(); j++) {
                missions.add(fields.code(Mission.class, missionCodes.get(j), path + ".missions[" + j + "]"));
            }
            Set<Component> components = EnumSet.noneOf(Component.class);
            List<String> componentCodes = t.components() == null ? List.of() : t.components();
            for (int j = 0; j < componentCodes.size(); j++) {
                components.add(fields.code(Component.class, componentCodes.get(j), path + ".components[" + j + "]"));
            }
            RuleStatus status = fields.status(t.status(), path + ".status");
            totals.add(new BaremeTotal(id, t.label(), missions, components, amounts(t.amounts(), status, path, id),
                    status, fields.source(t.source(), path + ".source"), t.note()));
        }
        return totals;
    }

    /**
     * The amounts of a total, keys « 1 » to « 4 »: all four when confirmed (or proposed); none
     * (absent, empty or all null) when « à confirmer ».
     */
    private Map<SizeClass, BigDecimal> amounts(Map<String, BigDecimal> json, RuleStatus status, String path,
            String name) {
        Map<SizeClass, BigDecimal> amounts = amountsBySize(json, path);
        if (status != RuleStatus.TO_CONFIRM && amounts.size() != SizeClass.values().length) {
            throw new DomainException("funding.rules.error.sizeClasses", fields.fileName(), path + ".amounts");
        }
        if (status == RuleStatus.TO_CONFIRM && !amounts.isEmpty()) {
            throw new DomainException("funding.rules.error.amountToConfirm", fields.fileName(), name);
        }
        return amounts;
    }
}
