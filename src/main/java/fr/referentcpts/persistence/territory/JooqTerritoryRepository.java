package fr.referentcpts.persistence.territory;

import static fr.referentcpts.persistence.generated.Tables.CASE_FILE;
import static fr.referentcpts.persistence.generated.Tables.TERRITORY_COMMUNE;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.territory.Overlap;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.core.territory.TerritoryRepository;
import fr.referentcpts.core.territory.TerritorySummary;
import fr.referentcpts.persistence.CaseRows;
import fr.referentcpts.persistence.JooqTransactions;
import fr.referentcpts.persistence.generated.tables.records.TerritoryCommuneRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Territories in {@code territory_commune}, ordered as the referent built them. */
public final class JooqTerritoryRepository implements TerritoryRepository {
    private final JooqTransactions transactions;

    public JooqTerritoryRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<TerritoryCommune> communes(UUID caseId) {
        return CaseRows.of(communesWhere(TERRITORY_COMMUNE.CASE_ID.eq(caseId)), caseId);
    }

    /** Added up by the database, one row per case, population source and vintage. */
    @Override
    public Map<UUID, TerritorySummary> allSummaries() {
        var communes = DSL.count();
        var population = DSL.sum(TERRITORY_COMMUNE.POPULATION);
        Map<UUID, TerritorySummary> summaries = new HashMap<>();
        transactions.dsl().select(TERRITORY_COMMUNE.CASE_ID, TERRITORY_COMMUNE.POPULATION_SOURCE,
                        TERRITORY_COMMUNE.POPULATION_VINTAGE, communes, population)
                .from(TERRITORY_COMMUNE)
                .groupBy(TERRITORY_COMMUNE.CASE_ID, TERRITORY_COMMUNE.POPULATION_SOURCE,
                        TERRITORY_COMMUNE.POPULATION_VINTAGE)
                .forEach(r -> summaries.merge(r.value1(), TerritorySummary.part(r.value4(),
                        r.value5().longValueExact(), r.value2(), r.value3()), TerritorySummary::plus));
        return summaries;
    }

    @Override
    public Map<UUID, List<TerritoryCommune>> communes(Collection<UUID> caseIds) {
        return communesWhere(TERRITORY_COMMUNE.CASE_ID.in(caseIds));
    }

    /**
     * Put in order here, not by the database: over every case (tens of thousands of rows, the
     * home screen's read) H2 sorts through a temporary file, which took ten times as long as
     * reading the rows.
     */
    private Map<UUID, List<TerritoryCommune>> communesWhere(Condition condition) {
        List<TerritoryCommuneRecord> rows = new ArrayList<>(
                transactions.dsl().selectFrom(TERRITORY_COMMUNE).where(condition).fetch());
        rows.sort(Comparator.comparing(TerritoryCommuneRecord::getPosition));
        return CaseRows.grouped(rows, r -> r.getCaseId(),
                r -> new TerritoryCommune(r.getInseeCode(), r.getName(), r.getDepartement(), r.getPopulation(),
                        r.getPopulationSource(), r.getPopulationVintage(), r.getOverrideReason()));
    }

    @Override
    public void replace(UUID caseId, List<TerritoryCommune> communes) {
        DSLContext dsl = transactions.dsl();
        dsl.deleteFrom(TERRITORY_COMMUNE).where(TERRITORY_COMMUNE.CASE_ID.eq(caseId)).execute();
        var insert = dsl.insertInto(TERRITORY_COMMUNE, TERRITORY_COMMUNE.CASE_ID, TERRITORY_COMMUNE.INSEE_CODE,
                TERRITORY_COMMUNE.NAME, TERRITORY_COMMUNE.DEPARTEMENT, TERRITORY_COMMUNE.POPULATION,
                TERRITORY_COMMUNE.POPULATION_SOURCE, TERRITORY_COMMUNE.POPULATION_VINTAGE,
                TERRITORY_COMMUNE.OVERRIDE_REASON, TERRITORY_COMMUNE.POSITION);
        int position = 0;
        for (TerritoryCommune c : communes) {
            insert = insert.values(caseId, c.inseeCode(), c.name(), c.departement(), Math.toIntExact(c.population()),
                    c.populationSource(), c.populationVintage(), c.overrideReason(), position++);
        }
        if (!communes.isEmpty()) {
            insert.execute();
        }
    }

    @Override
    public List<Overlap> overlaps(UUID caseId, List<String> inseeCodes) {
        if (inseeCodes.isEmpty()) {
            return List.of();
        }
        return transactions.dsl()
                .select(TERRITORY_COMMUNE.INSEE_CODE, CASE_FILE.ID, CASE_FILE.NAME)
                .from(TERRITORY_COMMUNE).join(CASE_FILE).on(CASE_FILE.ID.eq(TERRITORY_COMMUNE.CASE_ID))
                .where(TERRITORY_COMMUNE.INSEE_CODE.in(inseeCodes))
                .and(TERRITORY_COMMUNE.CASE_ID.ne(caseId))
                .and(CASE_FILE.STAGE.ne(WorkflowStage.ABANDONED.name()))
                .orderBy(TERRITORY_COMMUNE.INSEE_CODE, CASE_FILE.NAME)
                .fetch(r -> new Overlap(r.value1(), r.value2(), r.value3()));
    }
}
