package fr.referentcpts.io.funding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import fr.referentcpts.core.funding.BaremeCell;
import fr.referentcpts.core.funding.BaremeLine;
import fr.referentcpts.core.funding.BaremeTotal;
import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.MissionRule;
import fr.referentcpts.core.funding.Parameter;
import fr.referentcpts.core.funding.PaymentPattern;
import fr.referentcpts.core.funding.RuleNote;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.funding.ScheduleRules;
import fr.referentcpts.core.funding.SizeClass;
import fr.referentcpts.core.funding.Source;
import fr.referentcpts.io.funding.RulesFileModel.CellJson;
import fr.referentcpts.io.funding.RulesFileModel.ConfirmationJson;
import fr.referentcpts.io.funding.RulesFileModel.DeadlinesJson;
import fr.referentcpts.io.funding.RulesFileModel.LineJson;
import fr.referentcpts.io.funding.RulesFileModel.MissionJson;
import fr.referentcpts.io.funding.RulesFileModel.NoteJson;
import fr.referentcpts.io.funding.RulesFileModel.ParameterJson;
import fr.referentcpts.io.funding.RulesFileModel.PatternJson;
import fr.referentcpts.io.funding.RulesFileModel.RulesFile;
import fr.referentcpts.io.funding.RulesFileModel.ScheduleJson;
import fr.referentcpts.io.funding.RulesFileModel.SizeClassesJson;
import fr.referentcpts.io.funding.RulesFileModel.SourceJson;
import fr.referentcpts.io.funding.RulesFileModel.TotalJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link RulesVersion} as a rules file of format 2 — the shape {@link RulesReader} reads
 * back to an equal version — so a version the cellule confirmed can be exported and imported on
 * every referent's laptop.
 */
final class RulesWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private RulesWriter() {
    }

    static byte[] write(RulesVersion version) {
        RulesFile file = new RulesFile(RulesReader.FORMAT, version.id(), version.label(), version.inForce().toString(),
                confirmation(version), version.legalReferences().stream().map(RulesWriter::source).toList(),
                new SizeClassesJson(version.sizeClasses().lowerBounds(), version.sizeClasses().status().code(),
                        version.sizeClasses().convention(), source(version.sizeClasses().source())),
                version.missions().stream().map(RulesWriter::mission).toList(), schedule(version.schedule()),
                version.lines().stream().map(RulesWriter::line).toList(),
                version.totals().stream().map(RulesWriter::total).toList(),
                version.notes().stream().map(RulesWriter::note).toList());
        try {
            return (MAPPER.writeValueAsString(file) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rules version is always writable", e);
        }
    }

    private static ConfirmationJson confirmation(RulesVersion version) {
        var c = version.confirmation();
        return c == null ? null : new ConfirmationJson(c.completes(), c.confirmedBy(), c.confirmedOn().toString(),
                c.text());
    }

    private static SourceJson source(Source source) {
        return new SourceJson(source.text(), source.reference(), source.date() == null ? null : source.date().toString());
    }

    private static MissionJson mission(MissionRule rule) {
        Parameter<fr.referentcpts.core.funding.Deadlines> d = rule.deadlines();
        DeadlinesJson deadlines = d == null ? null : new DeadlinesJson(d.value().startMonths(),
                d.value().deployedMonths(), d.status().code(), d.convention(), source(d.source()));
        return new MissionJson(rule.mission().name(), rule.kind().name().toLowerCase(Locale.ROOT),
                rule.availableFrom() == null ? null : rule.availableFrom().toString(), deadlines, source(rule.source()));
    }

    private static ScheduleJson schedule(ScheduleRules schedule) {
        List<PatternJson> payment = schedule.patterns().entrySet().stream().map(e -> {
            Parameter<PaymentPattern> p = e.getValue();
            return new PatternJson(e.getKey().name(), p.value().name(), p.status().code(), p.convention(),
                    source(p.source()));
        }).toList();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return new ScheduleJson(parameter(schedule.contractYears(), nodes.numberNode(schedule.years())),
                parameter(schedule.advanceRate(), nodes.numberNode(schedule.advanceRate().value())),
                parameter(schedule.operatingFirstYearRate(), nodes.numberNode(schedule.operatingFirstYearRate().value())),
                parameter(schedule.prorata(), nodes.textNode(schedule.prorata().value().name())), payment,
                parameter(schedule.termination(), nodes.textNode(schedule.termination().value().name())),
                schedule.crisisPaymentsPerYear() == null ? null : parameter(schedule.crisisPaymentsPerYear(),
                        nodes.numberNode(schedule.crisisPaymentsPerYear().value())));
    }

    private static ParameterJson parameter(Parameter<?> parameter, JsonNode value) {
        return new ParameterJson(value, parameter.status().code(), parameter.convention(), source(parameter.source()));
    }

    /** The line's source, the first size class's status and confidence; each cell only where it differs. */
    private static LineJson line(BaremeLine line) {
        BaremeCell first = line.cell(SizeClass.T1);
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        Map<String, CellJson> cells = new LinkedHashMap<>();
        for (SizeClass size : SizeClass.values()) {
            BaremeCell cell = line.cell(size);
            String key = Integer.toString(size.number());
            amounts.put(key, cell.amount());
            boolean sameStatus = cell.status() == first.status();
            boolean sameSource = cell.source().equals(line.source());
            boolean sameConfidence = cell.confidence().equals(first.confidence());
            if (!sameStatus || !sameSource || !sameConfidence) {
                cells.put(key, new CellJson(sameStatus ? null : cell.status().code(),
                        sameConfidence ? null : cell.confidence(), sameSource ? null : source(cell.source())));
            }
        }
        Component component = line.key().component();
        return new LineJson(line.key().mission() == null ? null : line.key().mission().name(), component.name(),
                line.label(), amounts, first.status().code(), first.confidence().isEmpty() ? null : first.confidence(),
                source(line.source()),
                line.note(), line.signedBefore() == null ? null : line.signedBefore().toString(),
                cells.isEmpty() ? null : cells);
    }

    private static TotalJson total(BaremeTotal total) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (SizeClass size : SizeClass.values()) {
            amounts.put(Integer.toString(size.number()), total.amount(size).orElse(null));
        }
        return new TotalJson(total.id(), total.label(), total.missions().stream().sorted().map(Enum::name).toList(),
                total.components().stream().sorted().map(Enum::name).toList(), amounts, total.status().code(),
                source(total.source()), total.note());
    }

    private static NoteJson note(RuleNote note) {
        return new NoteJson(note.id(), note.text(), note.status().code(), source(note.source()));
    }
}
