package fr.referentcpts.persistence.workflow;

import static fr.referentcpts.persistence.generated.Tables.CONTRACT_ENTERED_AMOUNT;
import static fr.referentcpts.persistence.generated.Tables.STAGE_HEALTH_PROJECT;
import static fr.referentcpts.persistence.generated.Tables.STAGE_HISTORY;
import static fr.referentcpts.persistence.generated.Tables.STAGE_LETTER_OF_INTENT;
import static fr.referentcpts.persistence.generated.Tables.STAGE_NEGOTIATION;
import static fr.referentcpts.persistence.generated.Tables.STAGE_PRE_PROJECT;
import static fr.referentcpts.persistence.workflow.StageCodes.code;
import static fr.referentcpts.persistence.workflow.StageCodes.codes;
import static fr.referentcpts.persistence.workflow.StageCodes.join;
import static fr.referentcpts.persistence.workflow.StageCodes.name;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.funding.ContractAmount;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.SizeClass;
import fr.referentcpts.core.history.HistoryChain;
import fr.referentcpts.core.workflow.ContactParty;
import fr.referentcpts.core.workflow.DecidedBy;
import fr.referentcpts.core.workflow.DiagnosisItem;
import fr.referentcpts.core.workflow.HealthProject;
import fr.referentcpts.core.workflow.HistoryEntry;
import fr.referentcpts.core.workflow.HistoryKind;
import fr.referentcpts.core.workflow.LetterDecision;
import fr.referentcpts.core.workflow.LetterItem;
import fr.referentcpts.core.workflow.LetterOfIntent;
import fr.referentcpts.core.workflow.Negotiation;
import fr.referentcpts.core.workflow.PreProject;
import fr.referentcpts.core.workflow.Signatory;
import fr.referentcpts.core.workflow.WorkflowRepository;
import fr.referentcpts.persistence.CaseRows;
import fr.referentcpts.persistence.JooqTransactions;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;


/** The stage forms ({@code stage_*} tables, one row per case, versioned), entered amounts and history. */
public final class JooqWorkflowRepository implements WorkflowRepository {
    private final JooqTransactions transactions;

    public JooqWorkflowRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<PreProject> preProject(UUID caseId) {
        return Optional.ofNullable(preProjectsWhere(STAGE_PRE_PROJECT.CASE_ID.eq(caseId)).get(caseId));
    }

    @Override
    public Map<UUID, PreProject> allPreProjects() {
        return preProjectsWhere(DSL.noCondition());
    }

    @Override
    public Map<UUID, PreProject> preProjects(Collection<UUID> caseIds) {
        return preProjectsWhere(STAGE_PRE_PROJECT.CASE_ID.in(caseIds));
    }

    private Map<UUID, PreProject> preProjectsWhere(Condition condition) {
        return CaseRows.single(dsl().selectFrom(STAGE_PRE_PROJECT).where(condition).fetch(), r -> r.getCaseId(),
                r -> new PreProject(r.getFirstContactDate(), code(ContactParty.class, r.getFirstContactWith()),
                        r.getProblems(), r.getVersion()));
    }

    @Override
    public boolean savePreProject(UUID caseId, PreProject d) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(STAGE_PRE_PROJECT.FIRST_CONTACT_DATE, d.firstContact());
        values.put(STAGE_PRE_PROJECT.FIRST_CONTACT_WITH, name(d.contactedParty()));
        values.put(STAGE_PRE_PROJECT.PROBLEMS, d.problems());
        return save(STAGE_PRE_PROJECT, STAGE_PRE_PROJECT.CASE_ID, STAGE_PRE_PROJECT.VERSION, caseId, d.version(),
                values);
    }

    @Override
    public Optional<LetterOfIntent> letterOfIntent(UUID caseId) {
        return Optional.ofNullable(lettersWhere(STAGE_LETTER_OF_INTENT.CASE_ID.eq(caseId)).get(caseId));
    }

    @Override
    public Map<UUID, LetterOfIntent> allLettersOfIntent() {
        return lettersWhere(DSL.noCondition());
    }

    @Override
    public Map<UUID, LetterOfIntent> lettersOfIntent(Collection<UUID> caseIds) {
        return lettersWhere(STAGE_LETTER_OF_INTENT.CASE_ID.in(caseIds));
    }

    private Map<UUID, LetterOfIntent> lettersWhere(Condition condition) {
        return CaseRows.single(dsl().selectFrom(STAGE_LETTER_OF_INTENT).where(condition).fetch(), r -> r.getCaseId(),
                r -> new LetterOfIntent(r.getReceivedDate(), codes(LetterItem.class, r.getContentItems()),
                        r.getSentToArsDate(), code(LetterDecision.class, r.getDecision()), r.getDecisionDate(),
                        r.getDecisionComments(), r.getSeedGrantAmount(), r.getSeedGrantDate(), r.getVersion()));
    }

    @Override
    public boolean saveLetterOfIntent(UUID caseId, LetterOfIntent d) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(STAGE_LETTER_OF_INTENT.RECEIVED_DATE, d.received());
        values.put(STAGE_LETTER_OF_INTENT.CONTENT_ITEMS, join(d.content()));
        values.put(STAGE_LETTER_OF_INTENT.SENT_TO_ARS_DATE, d.sentToArs());
        values.put(STAGE_LETTER_OF_INTENT.DECISION, name(d.decision()));
        values.put(STAGE_LETTER_OF_INTENT.DECISION_DATE, d.decisionDate());
        values.put(STAGE_LETTER_OF_INTENT.DECISION_COMMENTS, d.decisionComments());
        values.put(STAGE_LETTER_OF_INTENT.SEED_GRANT_AMOUNT, d.seedGrantAmount());
        values.put(STAGE_LETTER_OF_INTENT.SEED_GRANT_DATE, d.seedGrantDate());
        return save(STAGE_LETTER_OF_INTENT, STAGE_LETTER_OF_INTENT.CASE_ID, STAGE_LETTER_OF_INTENT.VERSION, caseId,
                d.version(), values);
    }

    @Override
    public Optional<HealthProject> healthProject(UUID caseId) {
        return Optional.ofNullable(healthProjectsWhere(STAGE_HEALTH_PROJECT.CASE_ID.eq(caseId)).get(caseId));
    }

    @Override
    public Map<UUID, HealthProject> allHealthProjects() {
        return healthProjectsWhere(DSL.noCondition());
    }

    @Override
    public Map<UUID, HealthProject> healthProjects(Collection<UUID> caseIds) {
        return healthProjectsWhere(STAGE_HEALTH_PROJECT.CASE_ID.in(caseIds));
    }

    private Map<UUID, HealthProject> healthProjectsWhere(Condition condition) {
        return CaseRows.single(dsl().selectFrom(STAGE_HEALTH_PROJECT).where(condition).fetch(), r -> r.getCaseId(),
                r -> new HealthProject(r.getAssociationName(), r.getRna(), r.getStatutesDate(),
                        r.getConstitutiveAssemblyDate(), r.getSeat(), r.getPresidentId(), r.getCoordinatorId(),
                        codes(DiagnosisItem.class, r.getDiagnosisItems()), r.getReceivedDate(),
                        r.getArsValidationDate(), r.getAmValidationDate(), r.getVersion()));
    }

    @Override
    public boolean saveHealthProject(UUID caseId, HealthProject d) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(STAGE_HEALTH_PROJECT.ASSOCIATION_NAME, d.associationName());
        values.put(STAGE_HEALTH_PROJECT.RNA, d.rna());
        values.put(STAGE_HEALTH_PROJECT.STATUTES_DATE, d.statutesDate());
        values.put(STAGE_HEALTH_PROJECT.CONSTITUTIVE_ASSEMBLY_DATE, d.constitutiveAssembly());
        values.put(STAGE_HEALTH_PROJECT.SEAT, d.seat());
        values.put(STAGE_HEALTH_PROJECT.PRESIDENT_ID, d.presidentId());
        values.put(STAGE_HEALTH_PROJECT.COORDINATOR_ID, d.coordinatorId());
        values.put(STAGE_HEALTH_PROJECT.DIAGNOSIS_ITEMS, join(d.diagnosis()));
        values.put(STAGE_HEALTH_PROJECT.RECEIVED_DATE, d.received());
        values.put(STAGE_HEALTH_PROJECT.ARS_VALIDATION_DATE, d.arsValidation());
        values.put(STAGE_HEALTH_PROJECT.AM_VALIDATION_DATE, d.amValidation());
        return save(STAGE_HEALTH_PROJECT, STAGE_HEALTH_PROJECT.CASE_ID, STAGE_HEALTH_PROJECT.VERSION, caseId,
                d.version(), values);
    }

    @Override
    public Optional<Negotiation> negotiation(UUID caseId) {
        return Optional.ofNullable(negotiationsWhere(STAGE_NEGOTIATION.CASE_ID.eq(caseId)).get(caseId));
    }

    @Override
    public Map<UUID, Negotiation> allNegotiations() {
        return negotiationsWhere(DSL.noCondition());
    }

    @Override
    public Map<UUID, Negotiation> negotiations(Collection<UUID> caseIds) {
        return negotiationsWhere(STAGE_NEGOTIATION.CASE_ID.in(caseIds));
    }

    private Map<UUID, Negotiation> negotiationsWhere(Condition condition) {
        return CaseRows.single(dsl().selectFrom(STAGE_NEGOTIATION).where(condition).fetch(), r -> r.getCaseId(),
                r -> new Negotiation(
                r.getConfirmedPopulation(), r.getPopulationSource(), r.getPopulationVintage(),
                r.getSizeClassConfirmed(), r.getRulesVersionId(),
                r.getSizeClassOverride() == null ? null : SizeClass.of(r.getSizeClassOverride()),
                r.getSizeClassOverrideReason(),
                new Signatory(r.getCptsSignatoryName(), r.getCptsSignatoryQuality()),
                new Signatory(r.getCpamSignatoryName(), r.getCpamSignatoryQuality()),
                new Signatory(r.getArsSignatoryName(), r.getArsSignatoryQuality()),
                r.getCpamName(), r.getArsName(), r.getSignatureDate(), r.getSignaturePlace(), r.getVersion()));
    }

    @Override
    public boolean saveNegotiation(UUID caseId, Negotiation d) {
        var n = STAGE_NEGOTIATION;
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(n.CONFIRMED_POPULATION, d.confirmedPopulation());
        values.put(n.POPULATION_SOURCE, d.populationSource());
        values.put(n.POPULATION_VINTAGE, d.populationVintage());
        values.put(n.SIZE_CLASS_CONFIRMED, d.sizeClassConfirmed());
        values.put(n.RULES_VERSION_ID, d.rulesVersionId());
        values.put(n.SIZE_CLASS_OVERRIDE, d.sizeClassOverride() == null ? null : d.sizeClassOverride().number());
        values.put(n.SIZE_CLASS_OVERRIDE_REASON, d.overrideReason());
        values.put(n.CPTS_SIGNATORY_NAME, d.cpts().name());
        values.put(n.CPTS_SIGNATORY_QUALITY, d.cpts().quality());
        values.put(n.CPAM_SIGNATORY_NAME, d.cpam().name());
        values.put(n.CPAM_SIGNATORY_QUALITY, d.cpam().quality());
        values.put(n.ARS_SIGNATORY_NAME, d.ars().name());
        values.put(n.ARS_SIGNATORY_QUALITY, d.ars().quality());
        values.put(n.CPAM_NAME, d.cpamName());
        values.put(n.ARS_NAME, d.arsName());
        values.put(n.SIGNATURE_DATE, d.signatureDate());
        values.put(n.SIGNATURE_PLACE, d.signaturePlace());
        return save(n, n.CASE_ID, n.VERSION, caseId, d.version(), values);
    }

    @Override
    public Map<LineKey, ContractAmount> contractAmounts(UUID caseId) {
        return contractAmountsWhere(CONTRACT_ENTERED_AMOUNT.CASE_ID.eq(caseId)).getOrDefault(caseId,
                new LinkedHashMap<>());
    }

    @Override
    public Map<UUID, Map<LineKey, ContractAmount>> allContractAmounts() {
        return contractAmountsWhere(DSL.noCondition());
    }

    @Override
    public Map<UUID, Map<LineKey, ContractAmount>> contractAmounts(Collection<UUID> caseIds) {
        return contractAmountsWhere(CONTRACT_ENTERED_AMOUNT.CASE_ID.in(caseIds));
    }

    private Map<UUID, Map<LineKey, ContractAmount>> contractAmountsWhere(Condition condition) {
        Map<UUID, Map<LineKey, ContractAmount>> byCase = new HashMap<>();
        dsl().selectFrom(CONTRACT_ENTERED_AMOUNT).where(condition).orderBy(CONTRACT_ENTERED_AMOUNT.LINE)
                .forEach(r -> byCase.computeIfAbsent(r.getCaseId(), k -> new LinkedHashMap<>())
                        .put(lineKey(r.getLine()), new ContractAmount(r.getAmount(), r.getEnteredBy(),
                                r.getEnteredOn(), r.getReason())));
        return byCase;
    }

    @Override
    public void replaceContractAmounts(UUID caseId, Map<LineKey, ContractAmount> amounts) {
        DSLContext dsl = dsl();
        dsl.deleteFrom(CONTRACT_ENTERED_AMOUNT).where(CONTRACT_ENTERED_AMOUNT.CASE_ID.eq(caseId)).execute();
        amounts.forEach((line, amount) -> dsl.insertInto(CONTRACT_ENTERED_AMOUNT)
                .set(CONTRACT_ENTERED_AMOUNT.CASE_ID, caseId)
                .set(CONTRACT_ENTERED_AMOUNT.LINE, line.code())
                .set(CONTRACT_ENTERED_AMOUNT.AMOUNT, amount.amount())
                .set(CONTRACT_ENTERED_AMOUNT.ENTERED_BY, amount.enteredBy())
                .set(CONTRACT_ENTERED_AMOUNT.ENTERED_ON, amount.enteredOn())
                .set(CONTRACT_ENTERED_AMOUNT.REASON, amount.reason())
                .execute());
    }

    @Override
    public List<HistoryEntry> history(UUID caseId) {
        return CaseRows.of(historyWhere(STAGE_HISTORY.CASE_ID.eq(caseId)), caseId);
    }

    @Override
    public Map<UUID, List<HistoryEntry>> allHistory() {
        return historyWhere(DSL.noCondition());
    }

    @Override
    public Map<UUID, List<HistoryEntry>> history(Collection<UUID> caseIds) {
        return historyWhere(STAGE_HISTORY.CASE_ID.in(caseIds));
    }

    private Map<UUID, List<HistoryEntry>> historyWhere(Condition condition) {
        return CaseRows.grouped(dsl().selectFrom(STAGE_HISTORY).where(condition)
                .orderBy(STAGE_HISTORY.DECIDED_ON, STAGE_HISTORY.SEQUENCE).fetch(), r -> r.getCaseId(),
                r -> new HistoryEntry(r.getId(), r.getCaseId(), r.getDecidedOn(), r.getRecordedAt().toInstant(),
                        HistoryKind.valueOf(r.getKind()), code(WorkflowStage.class, r.getFromStage()),
                        code(WorkflowStage.class, r.getToStage()), code(DecidedBy.class, r.getDecidedBy()), r.getReason(),
                        r.getAuthor()));
    }

    @Override
    public void addHistory(HistoryEntry entry) {
        DSLContext dsl = dsl();
        HistoryEntry e = HistoryChain.stored(entry);
        var previous = dsl.select(STAGE_HISTORY.SEQUENCE, STAGE_HISTORY.CHAIN_HASH).from(STAGE_HISTORY)
                .where(STAGE_HISTORY.CASE_ID.eq(e.caseId())).orderBy(STAGE_HISTORY.SEQUENCE.desc()).limit(1)
                .fetchOne();
        int sequence = previous == null ? 0 : previous.value1() + 1;
        dsl.insertInto(STAGE_HISTORY)
                .set(STAGE_HISTORY.ID, e.id())
                .set(STAGE_HISTORY.CASE_ID, e.caseId())
                .set(STAGE_HISTORY.DECIDED_ON, e.date())
                .set(STAGE_HISTORY.RECORDED_AT, e.recordedAt().atOffset(ZoneOffset.UTC))
                .set(STAGE_HISTORY.KIND, e.kind().name())
                .set(STAGE_HISTORY.FROM_STAGE, name(e.from()))
                .set(STAGE_HISTORY.TO_STAGE, name(e.to()))
                .set(STAGE_HISTORY.DECIDED_BY, name(e.decidedBy()))
                .set(STAGE_HISTORY.REASON, e.reason())
                .set(STAGE_HISTORY.AUTHOR, e.author())
                .set(STAGE_HISTORY.SEQUENCE, sequence)
                .set(STAGE_HISTORY.CHAIN_HASH, HistoryChain.hash(previous == null ? "" : previous.value2(), e, sequence))
                .execute();
    }

    /** Inserts at version 1 a row never saved, else updates the row still at {@code version}. */
    private boolean save(Table<? extends Record> table, Field<UUID> caseField, Field<Integer> versionField, UUID caseId,
            int version, Map<Field<?>, Object> values) {
        DSLContext dsl = dsl();
        if (version == 0) {
            if (dsl.fetchExists(table, caseField.eq(caseId))) {
                return false;
            }
            Map<Field<?>, Object> row = new LinkedHashMap<>(values);
            row.put(caseField, caseId);
            row.put(versionField, 1);
            dsl.insertInto(table).set(row).execute();
            return true;
        }
        Map<Field<?>, Object> row = new LinkedHashMap<>(values);
        row.put(versionField, version + 1);
        return dsl.update(table).set(row).where(caseField.eq(caseId).and(versionField.eq(version))).execute() == 1;
    }

    /** A line code as stored; an unknown code means the database was written by a newer version. */
    public static LineKey lineKey(String code) {
        return LineKey.parse(code).orElseThrow(() -> new IllegalStateException("unknown line " + code));
    }

    private DSLContext dsl() {
        return transactions.dsl();
    }
}
