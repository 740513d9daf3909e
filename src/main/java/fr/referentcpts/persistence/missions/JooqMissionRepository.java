package fr.referentcpts.persistence.missions;

import static fr.referentcpts.persistence.generated.Tables.CASE_MISSION;
import static fr.referentcpts.persistence.generated.Tables.INDICATOR;
import static fr.referentcpts.persistence.generated.Tables.INDICATOR_TIER;
import static fr.referentcpts.persistence.generated.Tables.INDICATOR_YEAR;
import static fr.referentcpts.persistence.generated.Tables.MISSION_ACTION;
import static fr.referentcpts.persistence.generated.Tables.MISSION_RATE_OVERRIDE;

import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.IndicatorKind;
import fr.referentcpts.core.missions.IndicatorTier;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.core.missions.MissionRepository;
import fr.referentcpts.core.missions.RateOverride;
import fr.referentcpts.persistence.CaseRows;
import fr.referentcpts.persistence.JooqTransactions;
import fr.referentcpts.persistence.generated.tables.records.IndicatorRecord;
import fr.referentcpts.persistence.generated.tables.records.MissionActionRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Missions, actions, indicators (with their yearly targets and values, amount and tiers) and rate overrides. */
public final class JooqMissionRepository implements MissionRepository {
    private final JooqTransactions transactions;

    public JooqMissionRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<CaseMission> missions(UUID caseId) {
        return CaseRows.of(missionsWhere(CASE_MISSION.CASE_ID.eq(caseId)), caseId);
    }

    @Override
    public Map<UUID, List<CaseMission>> allMissions() {
        return missionsWhere(DSL.noCondition());
    }

    @Override
    public Map<UUID, List<CaseMission>> missions(Collection<UUID> caseIds) {
        return missionsWhere(CASE_MISSION.CASE_ID.in(caseIds));
    }

    private Map<UUID, List<CaseMission>> missionsWhere(Condition condition) {
        Map<UUID, List<CaseMission>> byCase = CaseRows.grouped(transactions.dsl().selectFrom(CASE_MISSION)
                .where(condition).fetch(), r -> r.getCaseId(), r -> new CaseMission(Mission.valueOf(r.getMission()),
                        r.getChosen(), r.getStartDate(), r.getSnpOrientation()));
        byCase.values().forEach(list -> list.sort(java.util.Comparator.comparing(CaseMission::mission)));
        return byCase;
    }

    @Override
    public void saveMission(UUID caseId, CaseMission m) {
        transactions.dsl().mergeInto(CASE_MISSION)
                .using(DSL.selectOne())
                .on(CASE_MISSION.CASE_ID.eq(caseId).and(CASE_MISSION.MISSION.eq(m.mission().name())))
                .whenMatchedThenUpdate()
                .set(CASE_MISSION.CHOSEN, m.chosen())
                .set(CASE_MISSION.START_DATE, m.startDate())
                .set(CASE_MISSION.SNP_ORIENTATION, m.snpOrientation())
                .whenNotMatchedThenInsert(CASE_MISSION.CASE_ID, CASE_MISSION.MISSION, CASE_MISSION.CHOSEN,
                        CASE_MISSION.START_DATE, CASE_MISSION.SNP_ORIENTATION)
                .values(caseId, m.mission().name(), m.chosen(), m.startDate(), m.snpOrientation())
                .execute();
    }

    @Override
    public List<MissionAction> actions(UUID caseId) {
        return CaseRows.of(actionsWhere(MISSION_ACTION.CASE_ID.eq(caseId)), caseId);
    }

    @Override
    public Map<UUID, List<MissionAction>> allActions() {
        return actionsWhere(DSL.noCondition());
    }

    @Override
    public Map<UUID, List<MissionAction>> actions(Collection<UUID> caseIds) {
        return actionsWhere(MISSION_ACTION.CASE_ID.in(caseIds));
    }

    private Map<UUID, List<MissionAction>> actionsWhere(Condition condition) {
        return CaseRows.grouped(transactions.dsl().selectFrom(MISSION_ACTION).where(condition)
                .orderBy(MISSION_ACTION.POSITION).fetch(), r -> r.getCaseId(),
                r -> new MissionAction(r.getId(), r.getCaseId(), Mission.valueOf(r.getMission()), r.getTitle(),
                        r.getDescription(), r.getPilot(), r.getPartners(), r.getCalendar(), r.getDeliverables()));
    }

    @Override
    public void saveAction(MissionAction a) {
        DSLContext dsl = transactions.dsl();
        MissionActionRecord values = dsl.newRecord(MISSION_ACTION);
        values.setMission(a.mission().name());
        values.setTitle(a.title());
        values.setDescription(a.description());
        values.setPilot(a.pilot());
        values.setPartners(a.partners());
        values.setCalendar(a.calendar());
        values.setDeliverables(a.deliverables());
        if (dsl.update(MISSION_ACTION).set(values).where(MISSION_ACTION.ID.eq(a.id())).execute() == 0) {
            values.setId(a.id());
            values.setCaseId(a.caseId());
            values.setPosition(nextPosition(dsl, a.caseId(), true));
            dsl.insertInto(MISSION_ACTION).set(values).execute();
        }
    }

    @Override
    public void deleteAction(UUID actionId) {
        transactions.dsl().deleteFrom(MISSION_ACTION).where(MISSION_ACTION.ID.eq(actionId)).execute();
    }

    @Override
    public List<Indicator> indicators(UUID caseId) {
        return CaseRows.of(indicatorsWhere(INDICATOR.CASE_ID.eq(caseId), true), caseId);
    }

    @Override
    public Map<UUID, List<Indicator>> allIndicators() {
        return indicatorsWhere(DSL.noCondition(), false);
    }

    @Override
    public Map<UUID, List<Indicator>> indicators(Collection<UUID> caseIds) {
        return indicatorsWhere(INDICATOR.CASE_ID.in(caseIds), true);
    }

    /**
     * The indicators meeting {@code condition}, with their years and tiers, whose rows are those of
     * these indicators ({@code joined}) or, for every indicator, the whole tables: read without
     * a join, the 25 000 years of a portfolio of 1 000 case files took a third of the time cold.
     */
    private Map<UUID, List<Indicator>> indicatorsWhere(Condition condition, boolean joined) {
        DSLContext dsl = transactions.dsl();
        Map<UUID, Map<Integer, BigDecimal>> targets = new HashMap<>();
        Map<UUID, Map<Integer, BigDecimal>> measured = new HashMap<>();
        var years = dsl.select(INDICATOR_YEAR.INDICATOR_ID, INDICATOR_YEAR.CONTRACT_YEAR, INDICATOR_YEAR.TARGET,
                INDICATOR_YEAR.MEASURED).from(INDICATOR_YEAR);
        (joined ? years.join(INDICATOR).on(INDICATOR.ID.eq(INDICATOR_YEAR.INDICATOR_ID)).where(condition) : years)
                .forEach(r -> {
                    if (r.value3() != null) {
                        targets.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3());
                    }
                    if (r.value4() != null) {
                        measured.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value4());
                    }
                });
        Map<UUID, List<IndicatorTier>> tiers = new HashMap<>();
        var tierRows = dsl.select(INDICATOR_TIER.INDICATOR_ID, INDICATOR_TIER.THRESHOLD, INDICATOR_TIER.AMOUNT,
                INDICATOR_TIER.LABEL).from(INDICATOR_TIER);
        (joined ? tierRows.join(INDICATOR).on(INDICATOR.ID.eq(INDICATOR_TIER.INDICATOR_ID)).where(condition) : tierRows)
                .orderBy(INDICATOR_TIER.INDICATOR_ID, INDICATOR_TIER.POSITION)
                .forEach(r -> tiers.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new IndicatorTier(r.value2(), r.value3(), r.value4())));
        return CaseRows.grouped(dsl.selectFrom(INDICATOR).where(condition).orderBy(INDICATOR.POSITION).fetch(),
                r -> r.getCaseId(), r -> new Indicator(r.getId(), r.getCaseId(), Mission.valueOf(r.getMission()),
                        r.getLabel(), IndicatorKind.valueOf(r.getKind()), r.getUnit(), r.getBaseline(),
                        Direction.valueOf(r.getDirection()), r.getWeight(),
                        targets.getOrDefault(r.getId(), Map.of()), measured.getOrDefault(r.getId(), Map.of()),
                        r.getAmount(), tiers.getOrDefault(r.getId(), List.of()), r.getDataSource()));
    }

    @Override
    public void saveIndicator(Indicator i) {
        DSLContext dsl = transactions.dsl();
        IndicatorRecord values = dsl.newRecord(INDICATOR);
        values.setMission(i.mission().name());
        values.setLabel(i.label());
        values.setKind(i.kind().name());
        values.setUnit(i.unit());
        values.setBaseline(i.baseline());
        values.setDirection(i.direction().name());
        values.setWeight(i.weight());
        values.setAmount(i.amount());
        values.setDataSource(i.dataSource());
        if (dsl.update(INDICATOR).set(values).where(INDICATOR.ID.eq(i.id())).execute() == 0) {
            values.setId(i.id());
            values.setCaseId(i.caseId());
            values.setPosition(nextPosition(dsl, i.caseId(), false));
            dsl.insertInto(INDICATOR).set(values).execute();
        }
        dsl.deleteFrom(INDICATOR_YEAR).where(INDICATOR_YEAR.INDICATOR_ID.eq(i.id())).execute();
        Set<Integer> years = new TreeSet<>(i.targets().keySet());
        years.addAll(i.measured().keySet());
        // One statement per table, whatever the number of years or tiers: against the cellule's
        // server each statement is a network round trip.
        var yearRows = dsl.insertInto(INDICATOR_YEAR, INDICATOR_YEAR.INDICATOR_ID, INDICATOR_YEAR.CONTRACT_YEAR,
                INDICATOR_YEAR.TARGET, INDICATOR_YEAR.MEASURED);
        for (int year : years) {
            yearRows = yearRows.values(i.id(), year, i.target(year), i.measured(year));
        }
        if (!years.isEmpty()) {
            yearRows.execute();
        }
        dsl.deleteFrom(INDICATOR_TIER).where(INDICATOR_TIER.INDICATOR_ID.eq(i.id())).execute();
        var tierRows = dsl.insertInto(INDICATOR_TIER, INDICATOR_TIER.INDICATOR_ID, INDICATOR_TIER.POSITION,
                INDICATOR_TIER.THRESHOLD, INDICATOR_TIER.AMOUNT, INDICATOR_TIER.LABEL);
        for (int position = 0; position < i.tiers().size(); position++) {
            IndicatorTier tier = i.tiers().get(position);
            tierRows = tierRows.values(i.id(), position, tier.threshold(), tier.amount(), tier.label());
        }
        if (!i.tiers().isEmpty()) {
            tierRows.execute();
        }
    }

    @Override
    public void deleteIndicator(UUID indicatorId) {
        transactions.dsl().deleteFrom(INDICATOR).where(INDICATOR.ID.eq(indicatorId)).execute();
    }

    @Override
    public List<RateOverride> overrides(UUID caseId) {
        return CaseRows.of(overridesWhere(MISSION_RATE_OVERRIDE.CASE_ID.eq(caseId)), caseId);
    }

    @Override
    public Map<UUID, List<RateOverride>> allOverrides() {
        return overridesWhere(DSL.noCondition());
    }

    @Override
    public Map<UUID, List<RateOverride>> overrides(Collection<UUID> caseIds) {
        return overridesWhere(MISSION_RATE_OVERRIDE.CASE_ID.in(caseIds));
    }

    private Map<UUID, List<RateOverride>> overridesWhere(Condition condition) {
        return CaseRows.grouped(transactions.dsl().selectFrom(MISSION_RATE_OVERRIDE).where(condition)
                .orderBy(MISSION_RATE_OVERRIDE.MISSION, MISSION_RATE_OVERRIDE.CONTRACT_YEAR).fetch(),
                r -> r.getCaseId(), r -> new RateOverride(Mission.valueOf(r.getMission()), r.getContractYear(),
                        r.getRate(), r.getReason()));
    }

    @Override
    public void saveOverride(UUID caseId, RateOverride o) {
        DSLContext dsl = transactions.dsl();
        deleteOverride(caseId, o.mission(), o.contractYear());
        dsl.insertInto(MISSION_RATE_OVERRIDE)
                .set(MISSION_RATE_OVERRIDE.CASE_ID, caseId)
                .set(MISSION_RATE_OVERRIDE.MISSION, o.mission().name())
                .set(MISSION_RATE_OVERRIDE.CONTRACT_YEAR, o.contractYear())
                .set(MISSION_RATE_OVERRIDE.RATE, o.rate())
                .set(MISSION_RATE_OVERRIDE.REASON, o.reason())
                .execute();
    }

    @Override
    public void deleteOverride(UUID caseId, Mission mission, int contractYear) {
        transactions.dsl().deleteFrom(MISSION_RATE_OVERRIDE)
                .where(MISSION_RATE_OVERRIDE.CASE_ID.eq(caseId))
                .and(MISSION_RATE_OVERRIDE.MISSION.eq(mission.name()))
                .and(MISSION_RATE_OVERRIDE.CONTRACT_YEAR.eq(contractYear)).execute();
    }

    private static int nextPosition(DSLContext dsl, UUID caseId, boolean action) {
        Integer max = action
                ? dsl.select(DSL.max(MISSION_ACTION.POSITION)).from(MISSION_ACTION)
                        .where(MISSION_ACTION.CASE_ID.eq(caseId)).fetchOne(0, Integer.class)
                : dsl.select(DSL.max(INDICATOR.POSITION)).from(INDICATOR)
                        .where(INDICATOR.CASE_ID.eq(caseId)).fetchOne(0, Integer.class);
        return max == null ? 0 : max + 1;
    }
}
