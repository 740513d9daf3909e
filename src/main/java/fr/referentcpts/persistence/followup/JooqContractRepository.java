package fr.referentcpts.persistence.followup;

import static fr.referentcpts.persistence.generated.Tables.CONTRACT_AMENDMENT;
import static fr.referentcpts.persistence.generated.Tables.CONTRACT_AMENDMENT_MISSION;
import static fr.referentcpts.persistence.generated.Tables.CONTRACT_ANNEX;
import static fr.referentcpts.persistence.generated.Tables.CRISIS_PLAN;
import static fr.referentcpts.persistence.generated.Tables.CRISIS_RECOGNITION;
import static fr.referentcpts.persistence.generated.Tables.FIRST_PAYMENT_FILE;

import fr.referentcpts.core.followup.ContractRecords;
import fr.referentcpts.core.followup.ContractRepository;
import fr.referentcpts.core.followup.CrisisPlanUpdate;
import fr.referentcpts.core.followup.FirstPaymentFile;
import fr.referentcpts.core.followup.RecordedAmendment;
import fr.referentcpts.core.followup.RecordedCrisis;
import fr.referentcpts.core.funding.ContractAmendment;
import fr.referentcpts.core.funding.CrisisRecognition;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.MissionChoice;
import fr.referentcpts.core.funding.SizeClass;
import fr.referentcpts.persistence.CaseRows;
import fr.referentcpts.persistence.JooqTransactions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Crises recognised, crisis plan updates, amendments with their missions, the first payment's
 * file (versioned), and the rules version of each case's first final annex.
 */
public final class JooqContractRepository implements ContractRepository {
    private static final String ADD = "ADD";
    private static final String START = "START";

    private final JooqTransactions transactions;

    public JooqContractRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public ContractRecords records(UUID caseId) {
        return recordsWhere(List.of(caseId)).getOrDefault(caseId, ContractRecords.EMPTY);
    }

    @Override
    public Map<UUID, ContractRecords> records(Collection<UUID> caseIds) {
        return recordsWhere(caseIds);
    }

    @Override
    public Map<UUID, ContractRecords> allRecords() {
        return recordsWhere(null);
    }

    /** The records of the cases {@code caseIds}, or of all (null). */
    private Map<UUID, ContractRecords> recordsWhere(Collection<UUID> caseIds) {
        DSLContext dsl = transactions.dsl();
        Map<UUID, List<RecordedCrisis>> crises = CaseRows.grouped(dsl.selectFrom(CRISIS_RECOGNITION)
                .where(caseIds == null ? DSL.noCondition() : CRISIS_RECOGNITION.CASE_ID.in(caseIds))
                .orderBy(CRISIS_RECOGNITION.RECOGNISED_ON, CRISIS_RECOGNITION.ID).fetch(), r -> r.getCaseId(), r -> new RecordedCrisis(
                        r.getId(), new CrisisRecognition(r.getRecognisedOn(), r.getReference(), r.getComment())));
        Map<UUID, List<CrisisPlanUpdate>> plans = CaseRows.grouped(dsl.selectFrom(CRISIS_PLAN)
                .where(caseIds == null ? DSL.noCondition() : CRISIS_PLAN.CASE_ID.in(caseIds))
                .orderBy(CRISIS_PLAN.CONTRACT_YEAR).fetch(), r -> r.getCaseId(),
                r -> new CrisisPlanUpdate(r.getContractYear(), r.getDoneOn(), r.getComment()));
        Map<UUID, List<RecordedAmendment>> amendments = amendments(dsl,
                caseIds == null ? DSL.noCondition() : CONTRACT_AMENDMENT.CASE_ID.in(caseIds));
        Map<UUID, FirstPaymentFile> files = CaseRows.single(dsl.selectFrom(FIRST_PAYMENT_FILE)
                .where(caseIds == null ? DSL.noCondition() : FIRST_PAYMENT_FILE.CASE_ID.in(caseIds)).fetch(),
                r -> r.getCaseId(), r -> new FirstPaymentFile(r.getRibReceived(), r.getSiret(), r.getFiness(),
                        r.getVersion()));
        Map<UUID, String> signed = new HashMap<>();
        dsl.select(CONTRACT_ANNEX.CASE_ID, CONTRACT_ANNEX.RULES_VERSION).from(CONTRACT_ANNEX)
                .where(CONTRACT_ANNEX.IS_FINAL.isTrue())
                .and(caseIds == null ? DSL.noCondition() : CONTRACT_ANNEX.CASE_ID.in(caseIds))
                .orderBy(CONTRACT_ANNEX.GENERATED_AT.desc())
                .forEach(r -> signed.put(r.value1(), r.value2()));
        Set<UUID> cases = new HashSet<>();
        cases.addAll(crises.keySet());
        cases.addAll(plans.keySet());
        cases.addAll(amendments.keySet());
        cases.addAll(files.keySet());
        cases.addAll(signed.keySet());
        Map<UUID, ContractRecords> records = new HashMap<>();
        for (UUID id : cases) {
            records.put(id, new ContractRecords(crises.getOrDefault(id, List.of()), plans.getOrDefault(id, List.of()),
                    amendments.getOrDefault(id, List.of()), files.getOrDefault(id, FirstPaymentFile.EMPTY),
                    signed.get(id)));
        }
        return records;
    }

    private static Map<UUID, List<RecordedAmendment>> amendments(DSLContext dsl, Condition condition) {
        Map<UUID, List<MissionChoice>> added = new HashMap<>();
        Map<UUID, List<MissionChoice>> starts = new HashMap<>();
        dsl.select(CONTRACT_AMENDMENT_MISSION.fields()).from(CONTRACT_AMENDMENT_MISSION).join(CONTRACT_AMENDMENT)
                .on(CONTRACT_AMENDMENT.ID.eq(CONTRACT_AMENDMENT_MISSION.AMENDMENT_ID)).where(condition)
                .orderBy(CONTRACT_AMENDMENT_MISSION.MISSION).fetchInto(CONTRACT_AMENDMENT_MISSION).forEach(r ->
                        (ADD.equals(r.getChange()) ? added : starts).computeIfAbsent(r.getAmendmentId(),
                                k -> new ArrayList<>()).add(new MissionChoice(Mission.valueOf(r.getMission()),
                                        r.getStartDate(), false)));
        return CaseRows.grouped(dsl.selectFrom(CONTRACT_AMENDMENT).where(condition)
                .orderBy(CONTRACT_AMENDMENT.NUMBER).fetch(), r -> r.getCaseId(), r -> new RecordedAmendment(r.getId(),
                        new ContractAmendment(r.getNumber(), r.getEffectiveDate(), r.getRulesVersionId(),
                                added.getOrDefault(r.getId(), List.of()), starts.getOrDefault(r.getId(), List.of()),
                                r.getOperatingComplement(), r.getSizeClass() == null ? null
                                        : SizeClass.of(r.getSizeClass()), r.getReason()),
                        r.getRecordedAt().toInstant()));
    }

    @Override
    public void addCrisis(UUID caseId, RecordedCrisis crisis) {
        transactions.dsl().insertInto(CRISIS_RECOGNITION)
                .set(CRISIS_RECOGNITION.ID, crisis.id())
                .set(CRISIS_RECOGNITION.CASE_ID, caseId)
                .set(CRISIS_RECOGNITION.RECOGNISED_ON, crisis.recognition().date())
                .set(CRISIS_RECOGNITION.REFERENCE, crisis.recognition().reference())
                .set(CRISIS_RECOGNITION.COMMENT, crisis.recognition().comment())
                .execute();
    }

    @Override
    public void deleteCrisis(UUID crisisId) {
        transactions.dsl().deleteFrom(CRISIS_RECOGNITION).where(CRISIS_RECOGNITION.ID.eq(crisisId)).execute();
    }

    @Override
    public void savePlan(UUID caseId, CrisisPlanUpdate update) {
        DSLContext dsl = transactions.dsl();
        deletePlan(caseId, update.contractYear());
        dsl.insertInto(CRISIS_PLAN)
                .set(CRISIS_PLAN.CASE_ID, caseId)
                .set(CRISIS_PLAN.CONTRACT_YEAR, update.contractYear())
                .set(CRISIS_PLAN.DONE_ON, update.date())
                .set(CRISIS_PLAN.COMMENT, update.comment())
                .execute();
    }

    @Override
    public void deletePlan(UUID caseId, int contractYear) {
        transactions.dsl().deleteFrom(CRISIS_PLAN).where(CRISIS_PLAN.CASE_ID.eq(caseId))
                .and(CRISIS_PLAN.CONTRACT_YEAR.eq(contractYear)).execute();
    }

    @Override
    public void addAmendment(UUID caseId, RecordedAmendment amendment) {
        DSLContext dsl = transactions.dsl();
        ContractAmendment terms = amendment.terms();
        dsl.insertInto(CONTRACT_AMENDMENT)
                .set(CONTRACT_AMENDMENT.ID, amendment.id())
                .set(CONTRACT_AMENDMENT.CASE_ID, caseId)
                .set(CONTRACT_AMENDMENT.NUMBER, terms.number())
                .set(CONTRACT_AMENDMENT.EFFECTIVE_DATE, terms.effectiveDate())
                .set(CONTRACT_AMENDMENT.RULES_VERSION_ID, terms.rulesVersionId())
                .set(CONTRACT_AMENDMENT.OPERATING_COMPLEMENT, terms.operatingComplement())
                .set(CONTRACT_AMENDMENT.SIZE_CLASS, terms.sizeClass() == null ? null : terms.sizeClass().number())
                .set(CONTRACT_AMENDMENT.REASON, terms.reason())
                .set(CONTRACT_AMENDMENT.RECORDED_AT, amendment.recordedAt().atOffset(java.time.ZoneOffset.UTC))
                .execute();
        missions(dsl, amendment.id(), ADD, terms.addMissions());
        missions(dsl, amendment.id(), START, terms.missionStarts());
    }

    private static void missions(DSLContext dsl, UUID amendmentId, String change, List<MissionChoice> missions) {
        for (MissionChoice mission : missions) {
            dsl.insertInto(CONTRACT_AMENDMENT_MISSION)
                    .set(CONTRACT_AMENDMENT_MISSION.AMENDMENT_ID, amendmentId)
                    .set(CONTRACT_AMENDMENT_MISSION.CHANGE, change)
                    .set(CONTRACT_AMENDMENT_MISSION.MISSION, mission.mission().name())
                    .set(CONTRACT_AMENDMENT_MISSION.START_DATE, mission.startDate())
                    .execute();
        }
    }

    @Override
    public void deleteAmendment(UUID amendmentId) {
        transactions.dsl().deleteFrom(CONTRACT_AMENDMENT).where(CONTRACT_AMENDMENT.ID.eq(amendmentId)).execute();
    }

    @Override
    public boolean savePaymentFile(UUID caseId, FirstPaymentFile file) {
        DSLContext dsl = transactions.dsl();
        if (file.version() == 0) {
            if (dsl.fetchExists(FIRST_PAYMENT_FILE, FIRST_PAYMENT_FILE.CASE_ID.eq(caseId))) {
                return false;
            }
            dsl.insertInto(FIRST_PAYMENT_FILE)
                    .set(FIRST_PAYMENT_FILE.CASE_ID, caseId)
                    .set(FIRST_PAYMENT_FILE.RIB_RECEIVED, file.ribReceived())
                    .set(FIRST_PAYMENT_FILE.SIRET, file.siret())
                    .set(FIRST_PAYMENT_FILE.FINESS, file.finess())
                    .set(FIRST_PAYMENT_FILE.VERSION, 1)
                    .execute();
            return true;
        }
        return dsl.update(FIRST_PAYMENT_FILE)
                .set(FIRST_PAYMENT_FILE.RIB_RECEIVED, file.ribReceived())
                .set(FIRST_PAYMENT_FILE.SIRET, file.siret())
                .set(FIRST_PAYMENT_FILE.FINESS, file.finess())
                .set(FIRST_PAYMENT_FILE.VERSION, file.version() + 1)
                .where(FIRST_PAYMENT_FILE.CASE_ID.eq(caseId)).and(FIRST_PAYMENT_FILE.VERSION.eq(file.version()))
                .execute() == 1;
    }
}
