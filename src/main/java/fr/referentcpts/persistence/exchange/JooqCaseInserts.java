package fr.referentcpts.persistence.exchange;

import static fr.referentcpts.persistence.generated.Tables.CASE_DOCUMENT;
import static fr.referentcpts.persistence.generated.Tables.CASE_FILE;
import static fr.referentcpts.persistence.generated.Tables.CASE_MISSION;
import static fr.referentcpts.persistence.generated.Tables.CONTRACT_ANNEX;
import static fr.referentcpts.persistence.generated.Tables.INDICATOR;
import static fr.referentcpts.persistence.generated.Tables.INDICATOR_TIER;
import static fr.referentcpts.persistence.generated.Tables.INDICATOR_YEAR;
import static fr.referentcpts.persistence.generated.Tables.MISSION_ACTION;
import static fr.referentcpts.persistence.generated.Tables.MISSION_RATE_OVERRIDE;
import static fr.referentcpts.persistence.generated.Tables.PERSON;
import static fr.referentcpts.persistence.generated.Tables.TERRITORY_COMMUNE;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.documents.CaseDocument;
import fr.referentcpts.core.exchange.AnnexFile;
import fr.referentcpts.core.exchange.AttachedFile;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.CaseInserts;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.IndicatorTier;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.core.missions.RateOverride;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.persistence.ChangeMarks;
import fr.referentcpts.persistence.JooqTransactions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertSetMoreStep;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Whole case files inserted table by table, many rows a statement (documents and annexes one
 * a statement, their bytes read one at a time), in the order the tables' foreign keys need: the rows the repositories write one by one for the same records (a
 * {@code .cpts} import, a case sent to or received from the cellule's server).
 */
public final class JooqCaseInserts implements CaseInserts {
    /** Bind values a statement at most (PostgreSQL's protocol counts them on 16 bits). */
    private static final int MAX_BINDS = 30_000;
    private final JooqTransactions transactions;

    public JooqCaseInserts(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void insert(List<CaseBundle> bundles) {
        Rows rows = new Rows(transactions.dsl());
        for (CaseBundle bundle : bundles) {
            add(rows, bundle);
        }
        WorkflowRows.add(rows, bundles);
        rows.write();
        for (CaseBundle bundle : bundles) {
            files(bundle);
        }
    }

    /**
     * The documents and annexes, one a statement, each one's bytes read just before it is written
     * (an import's are read from its file): never all of an import's bytes in memory at once.
     */
    private void files(CaseBundle bundle) {
        UUID id = bundle.caseFile().id();
        for (AttachedFile f : bundle.documents()) {
            CaseDocument d = f.document();
            Rows rows = new Rows(transactions.dsl());
            rows.row(CASE_DOCUMENT).v(CASE_DOCUMENT.ID, d.id()).v(CASE_DOCUMENT.CASE_ID, id)
                    .v(CASE_DOCUMENT.KIND, d.kind().name()).v(CASE_DOCUMENT.FILE_NAME, d.fileName())
                    .v(CASE_DOCUMENT.MEDIA_TYPE, d.mediaType()).v(CASE_DOCUMENT.SIZE_BYTES, d.size())
                    .v(CASE_DOCUMENT.SHA256, d.sha256()).v(CASE_DOCUMENT.CONTENT, f.content())
                    .v(CASE_DOCUMENT.DOCUMENT_DATE, d.documentDate()).v(CASE_DOCUMENT.NOTE, d.note())
                    .v(CASE_DOCUMENT.ADDED_AT, utc(d.addedAt()));
            rows.write();
        }
        for (AnnexFile a : bundle.annexes()) {
            Rows rows = new Rows(transactions.dsl());
            rows.row(CONTRACT_ANNEX).v(CONTRACT_ANNEX.ID, a.id()).v(CONTRACT_ANNEX.CASE_ID, id)
                    .v(CONTRACT_ANNEX.GENERATED_AT, utc(a.generatedAt()))
                    .v(CONTRACT_ANNEX.RULES_VERSION, a.rulesVersion()).v(CONTRACT_ANNEX.SHA256, a.sha256())
                    .v(CONTRACT_ANNEX.DOCUMENT_ID, a.documentId()).v(CONTRACT_ANNEX.IS_FINAL, a.finalVersion())
                    .v(CONTRACT_ANNEX.PAGE_COUNT, a.pageCount()).v(CONTRACT_ANNEX.SIZE_BYTES, a.size())
                    .v(CONTRACT_ANNEX.CONTENT, a.source().bytes());
            rows.write();
        }
    }

    /** The case file, its territory, people and missions. */
    private static void add(Rows rows, CaseBundle bundle) {
        CaseFile c = bundle.caseFile();
        UUID id = c.id();
        rows.row(CASE_FILE).v(CASE_FILE.ID, id).v(CASE_FILE.NAME, c.name()).v(CASE_FILE.DEPARTEMENT, c.departement())
                .v(CASE_FILE.REFERENT, c.referent()).v(CASE_FILE.NOTES, c.notes())
                .v(CASE_FILE.STAGE, c.stage().name()).v(CASE_FILE.ARCHIVED, c.archived())
                .v(CASE_FILE.CREATED_AT, utc(c.createdAt())).v(CASE_FILE.UPDATED_AT, utc(c.updatedAt()))
                .v(CASE_FILE.VERSION, c.version()).v(CASE_FILE.CHANGE_MARK, ChangeMarks.next());
        int position = 0;
        for (TerritoryCommune t : bundle.territory()) {
            rows.row(TERRITORY_COMMUNE).v(TERRITORY_COMMUNE.CASE_ID, id).v(TERRITORY_COMMUNE.INSEE_CODE, t.inseeCode())
                    .v(TERRITORY_COMMUNE.NAME, t.name()).v(TERRITORY_COMMUNE.DEPARTEMENT, t.departement())
                    .v(TERRITORY_COMMUNE.POPULATION, Math.toIntExact(t.population()))
                    .v(TERRITORY_COMMUNE.POPULATION_SOURCE, t.populationSource())
                    .v(TERRITORY_COMMUNE.POPULATION_VINTAGE, t.populationVintage())
                    .v(TERRITORY_COMMUNE.OVERRIDE_REASON, t.overrideReason()).v(TERRITORY_COMMUNE.POSITION, position++);
        }
        position = 0;
        for (Person p : bundle.people()) {
            rows.row(PERSON).v(PERSON.ID, p.id()).v(PERSON.CASE_ID, id).v(PERSON.KIND, p.kind().name())
                    .v(PERSON.PROFESSION, p.profession() == null ? null : p.profession().name())
                    .v(PERSON.NAME, p.name()).v(PERSON.ORGANISATION, p.organisation()).v(PERSON.COMMUNE, p.commune())
                    .v(PERSON.ROLES, p.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                    .v(PERSON.EMAIL, p.email()).v(PERSON.PHONE, p.phone()).v(PERSON.RPPS, p.rpps())
                    .v(PERSON.FINESS, p.finess()).v(PERSON.JOINED_ON, p.joinedOn()).v(PERSON.NOTES, p.notes())
                    .v(PERSON.POSITION, position++);
        }
        for (CaseMission m : bundle.missions().missions()) {
            rows.row(CASE_MISSION).v(CASE_MISSION.CASE_ID, id).v(CASE_MISSION.MISSION, m.mission().name())
                    .v(CASE_MISSION.CHOSEN, m.chosen()).v(CASE_MISSION.START_DATE, m.startDate())
                    .v(CASE_MISSION.SNP_ORIENTATION, m.snpOrientation());
        }
        position = 0;
        for (MissionAction a : bundle.missions().actions()) {
            rows.row(MISSION_ACTION).v(MISSION_ACTION.MISSION, a.mission().name()).v(MISSION_ACTION.TITLE, a.title())
                    .v(MISSION_ACTION.DESCRIPTION, a.description()).v(MISSION_ACTION.PILOT, a.pilot())
                    .v(MISSION_ACTION.PARTNERS, a.partners()).v(MISSION_ACTION.CALENDAR, a.calendar())
                    .v(MISSION_ACTION.DELIVERABLES, a.deliverables()).v(MISSION_ACTION.ID, a.id())
                    .v(MISSION_ACTION.CASE_ID, id).v(MISSION_ACTION.POSITION, position++);
        }
        position = 0;
        for (Indicator i : bundle.missions().indicators()) {
            indicator(rows, id, i, position++);
        }
        for (RateOverride o : bundle.missions().overrides()) {
            rows.row(MISSION_RATE_OVERRIDE).v(MISSION_RATE_OVERRIDE.CASE_ID, id)
                    .v(MISSION_RATE_OVERRIDE.MISSION, o.mission().name())
                    .v(MISSION_RATE_OVERRIDE.CONTRACT_YEAR, o.contractYear()).v(MISSION_RATE_OVERRIDE.RATE, o.rate())
                    .v(MISSION_RATE_OVERRIDE.REASON, o.reason());
        }
    }

    private static void indicator(Rows rows, UUID caseId, Indicator i, int position) {
        rows.row(INDICATOR).v(INDICATOR.MISSION, i.mission().name()).v(INDICATOR.LABEL, i.label())
                .v(INDICATOR.KIND, i.kind().name()).v(INDICATOR.UNIT, i.unit()).v(INDICATOR.BASELINE, i.baseline())
                .v(INDICATOR.DIRECTION, i.direction().name()).v(INDICATOR.WEIGHT, i.weight())
                .v(INDICATOR.AMOUNT, i.amount()).v(INDICATOR.DATA_SOURCE, i.dataSource()).v(INDICATOR.ID, i.id())
                .v(INDICATOR.CASE_ID, caseId).v(INDICATOR.POSITION, position);
        Set<Integer> years = new TreeSet<>(i.targets().keySet());
        years.addAll(i.measured().keySet());
        for (int year : years) {
            rows.row(INDICATOR_YEAR).v(INDICATOR_YEAR.INDICATOR_ID, i.id()).v(INDICATOR_YEAR.CONTRACT_YEAR, year)
                    .v(INDICATOR_YEAR.TARGET, i.target(year)).v(INDICATOR_YEAR.MEASURED, i.measured(year));
        }
        for (int tier = 0; tier < i.tiers().size(); tier++) {
            IndicatorTier t = i.tiers().get(tier);
            rows.row(INDICATOR_TIER).v(INDICATOR_TIER.INDICATOR_ID, i.id()).v(INDICATOR_TIER.POSITION, tier)
                    .v(INDICATOR_TIER.THRESHOLD, t.threshold()).v(INDICATOR_TIER.AMOUNT, t.amount())
                    .v(INDICATOR_TIER.LABEL, t.label());
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The rows to insert, table by table in the order they were first given. */
    static final class Rows {
        private final DSLContext dsl;
        private final Map<Table<?>, List<Record>> tables = new LinkedHashMap<>();

        Rows(DSLContext dsl) {
            this.dsl = dsl;
        }

        Row row(Table<?> table) {
            Record record = dsl.newRecord(table);
            tables.computeIfAbsent(table, t -> new ArrayList<>()).add(record);
            return new Row(record);
        }

        /** One statement per table (or per chunk of a large one), each row's values bound. */
        @SuppressWarnings("unchecked")
        void write() {
            tables.forEach((table, records) -> {
                int chunk = Math.max(1, MAX_BINDS / table.fields().length);
                for (int from = 0; from < records.size(); from += chunk) {
                    InsertSetMoreStep<Record> insert = null;
                    for (Record r : records.subList(from, Math.min(records.size(), from + chunk))) {
                        insert = insert == null ? dsl.insertInto((Table<Record>) table).set(r)
                                : insert.newRecord().set(r);
                    }
                    insert.execute();
                }
            });
        }
    }

    /** One row's values, set field by field (every row of a table sets the same fields). */
    record Row(Record record) {
        <T> Row v(Field<T> field, T value) {
            record.set(field, value);
            return this;
        }
    }
}
