package fr.referentcpts.io.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.documents.CaseDocument;
import fr.referentcpts.core.documents.DocumentKind;
import fr.referentcpts.core.exchange.AnnexFile;
import fr.referentcpts.core.exchange.AttachedFile;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.Content;
import fr.referentcpts.core.exchange.WorkflowData;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.IndicatorKind;
import fr.referentcpts.core.missions.IndicatorTier;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.missions.RateOverride;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonKind;
import fr.referentcpts.core.people.Profession;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.core.territory.TerritoryCommune;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** One case bundle to and from the JSON of a {@code .cpts} file (format documented in README). */
final class CaseJson {
    private final ObjectMapper mapper;

    CaseJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode write(CaseBundle b) {
        CaseFile c = b.caseFile();
        ObjectNode node = mapper.createObjectNode()
                .put("id", c.id().toString()).put("name", c.name()).put("departement", c.departement())
                .put("referent", c.referent()).put("notes", c.notes()).put("stage", c.stage().name())
                .put("archived", c.archived()).put("createdAt", c.createdAt().toString())
                .put("updatedAt", c.updatedAt().toString());
        ArrayNode territory = node.putArray("territory");
        b.territory().forEach(t -> territory.addObject().put("inseeCode", t.inseeCode()).put("name", t.name())
                .put("departement", t.departement()).put("population", t.population())
                .put("populationSource", t.populationSource()).put("populationVintage", t.populationVintage())
                .put("overrideReason", t.overrideReason()));
        ArrayNode people = node.putArray("people");
        b.people().forEach(p -> people.addObject().put("id", p.id().toString()).put("kind", p.kind().name())
                .put("profession", p.profession() == null ? null : p.profession().name()).put("name", p.name())
                .put("organisation", p.organisation()).put("commune", p.commune())
                .put("roles", String.join(",", p.roles().stream().map(Role::name).sorted().toList()))
                .put("email", p.email()).put("phone", p.phone()).put("rpps", p.rpps()).put("finess", p.finess())
                .put("joinedOn", p.joinedOn() == null ? null : p.joinedOn().toString()).put("notes", p.notes()));
        MissionContent m = b.missions();
        ArrayNode missions = node.putArray("missions");
        m.missions().forEach(x -> missions.addObject().put("mission", x.mission().name()).put("chosen", x.chosen())
                .put("startDate", x.startDate() == null ? null : x.startDate().toString())
                .put("snpOrientation", x.snpOrientation()));
        ArrayNode actions = node.putArray("actions");
        m.actions().forEach(a -> actions.addObject().put("id", a.id().toString()).put("mission", a.mission().name())
                .put("title", a.title()).put("description", a.description()).put("pilot", a.pilot())
                .put("partners", a.partners()).put("calendar", a.calendar()).put("deliverables", a.deliverables()));
        ArrayNode indicators = node.putArray("indicators");
        m.indicators().forEach(i -> {
            ObjectNode o = indicators.addObject().put("id", i.id().toString()).put("mission", i.mission().name())
                    .put("label", i.label()).put("kind", i.kind().name()).put("unit", i.unit())
                    .put("baseline", i.baseline()).put("direction", i.direction().name()).put("weight", i.weight());
            o.set("targets", years(i.targets()));
            o.set("measured", years(i.measured()));
            o.put("amount", i.amount()).put("dataSource", i.dataSource());
            ArrayNode tiers = o.putArray("tiers");
            i.tiers().forEach(t -> tiers.addObject().put("threshold", t.threshold()).put("amount", t.amount())
                    .put("label", t.label()));
        });
        ArrayNode overrides = node.putArray("rateOverrides");
        m.overrides().forEach(o -> overrides.addObject().put("mission", o.mission().name())
                .put("contractYear", o.contractYear()).put("rate", o.rate()).put("reason", o.reason()));
        ArrayNode documents = node.putArray("documents");
        b.documents().forEach(f -> {
            CaseDocument d = f.document();
            documents.addObject().put("id", d.id().toString()).put("kind", d.kind().name())
                    .put("fileName", d.fileName()).put("mediaType", d.mediaType()).put("size", d.size())
                    .put("sha256", d.sha256())
                    .put("documentDate", d.documentDate() == null ? null : d.documentDate().toString())
                    .put("note", d.note()).put("addedAt", d.addedAt().toString())
                    .put("entry", CptsArchive.documentEntry(d.id()));
        });
        node.set("workflow", RecordJson.write(mapper, b.workflow()));
        ArrayNode annexes = node.putArray("annexes");
        b.annexes().forEach(a -> annexes.addObject().put("id", a.id().toString())
                .put("generatedAt", a.generatedAt().toString()).put("rulesVersion", a.rulesVersion())
                .put("sha256", a.sha256()).put("documentId", a.documentId()).put("pageCount", a.pageCount())
                .put("size", a.size()).put("finalVersion", a.finalVersion())
                .put("entry", CptsArchive.annexEntry(a.id())));
        return node;
    }

    /** Where a document's bytes are, given its entry and what the JSON declares of it. */
    @FunctionalInterface
    interface Entries {
        Content content(String entry, long size, String sha256, String shown);
    }

    CaseBundle read(JsonReader r, Entries entries) {
        UUID id = r.uuid("id");
        CaseFile caseFile = new CaseFile(id, r.text("name"), r.text("departement"), r.text("referent"),
                r.text("notes"), r.enumValue("stage", WorkflowStage.class), r.bool("archived"), r.instant("createdAt"),
                r.instant("updatedAt"), 0);
        var territory = r.array("territory", t -> new TerritoryCommune(t.text("inseeCode"), t.text("name"),
                t.text("departement"), t.longValue("population"), t.text("populationSource"),
                t.text("populationVintage"), t.text("overrideReason")));
        var people = r.array("people", p -> new Person(p.uuid("id"), id, p.enumValue("kind", PersonKind.class),
                p.optionalEnum("profession", Profession.class), p.text("name"), p.text("organisation"),
                p.text("commune"), roles(p.text("roles"), p), p.text("email"), p.text("phone"), p.text("rpps"),
                p.text("finess"), p.optionalDate("joinedOn"), p.text("notes")));
        var missions = r.array("missions", x -> new CaseMission(x.enumValue("mission", Mission.class),
                x.bool("chosen"), x.optionalDate("startDate"), x.bool("snpOrientation")));
        var actions = r.array("actions", a -> new MissionAction(a.uuid("id"), id, a.enumValue("mission", Mission.class),
                a.text("title"), a.text("description"), a.text("pilot"), a.text("partners"), a.text("calendar"),
                a.optionalText("deliverables")));
        var indicators = r.array("indicators", i -> new Indicator(i.uuid("id"), id,
                i.enumValue("mission", Mission.class), i.text("label"), i.enumValue("kind", IndicatorKind.class),
                i.text("unit"), i.optionalDecimal("baseline"), i.enumValue("direction", Direction.class),
                i.decimal("weight"), years(i, "targets"), years(i, "measured"), i.optionalDecimal("amount"),
                i.optionalArray("tiers", t -> new IndicatorTier(t.decimal("threshold"), t.decimal("amount"),
                        t.optionalText("label"))), i.optionalText("dataSource")));
        var overrides = r.array("rateOverrides", o -> new RateOverride(o.enumValue("mission", Mission.class),
                o.intValue("contractYear"), o.decimal("rate"), o.text("reason")));
        var documents = r.array("documents", d -> {
            CaseDocument document = new CaseDocument(d.uuid("id"), id, d.enumValue("kind", DocumentKind.class),
                    d.text("fileName"), d.text("mediaType"), d.longValue("size"), d.text("sha256"),
                    d.optionalDate("documentDate"), d.text("note"), d.instant("addedAt"));
            return new AttachedFile(document, entries.content(d.text("entry"), document.size(), document.sha256(),
                    document.fileName()));
        });
        WorkflowData workflow = RecordJson.read(r.object("workflow"), WorkflowData.class, r.path() + ".workflow");
        var annexes = r.array("annexes", a -> {
            String sha256 = a.text("sha256");
            String documentId = a.text("documentId");
            long size = a.longValue("size");
            return new AnnexFile(a.uuid("id"), a.instant("generatedAt"), a.text("rulesVersion"), sha256, documentId,
                    a.intValue("pageCount"), size, a.bool("finalVersion"),
                    entries.content(a.text("entry"), size, sha256, documentId));
        });
        r.done();
        return new CaseBundle(caseFile, territory, people, new MissionContent(missions, actions, indicators, overrides),
                documents, workflow, annexes);
    }

    private ObjectNode years(Map<Integer, BigDecimal> values) {
        ObjectNode node = mapper.createObjectNode();
        new TreeMap<>(values).forEach((year, value) -> node.put(String.valueOf(year), value));
        return node;
    }

    private static Map<Integer, BigDecimal> years(JsonReader r, String field) {
        Map<Integer, BigDecimal> values = new TreeMap<>();
        JsonNode node = r.object(field);
        node.fieldNames().forEachRemaining(year -> {
            int y;
            try {
                y = Integer.parseInt(year);
            } catch (NumberFormatException e) {
                throw r.invalid(field + "." + year);
            }
            if (y < 1 || y > Indicator.YEARS || !node.get(year).isNumber()) {
                throw r.invalid(field + "." + year);
            }
            values.put(y, node.get(year).decimalValue());
        });
        return values;
    }

    private static Set<Role> roles(String text, JsonReader r) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : text.split(",")) {
            if (!name.isBlank()) {
                try {
                    roles.add(Role.valueOf(name.strip()));
                } catch (IllegalArgumentException e) {
                    throw r.invalid("roles");
                }
            }
        }
        return roles;
    }
}
