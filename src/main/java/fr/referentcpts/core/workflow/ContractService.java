package fr.referentcpts.core.workflow;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseFileRepository;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.common.NotFoundException;
import fr.referentcpts.core.common.StaleEditException;
import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.core.followup.ContractRepository;
import fr.referentcpts.core.followup.CrisisPlanUpdate;
import fr.referentcpts.core.followup.FirstPaymentFile;
import fr.referentcpts.core.followup.RecordedAmendment;
import fr.referentcpts.core.followup.RecordedCrisis;
import fr.referentcpts.core.funding.ContractAmendment;
import fr.referentcpts.core.funding.CrisisRecognition;
import fr.referentcpts.core.funding.FundingInput;
import fr.referentcpts.core.funding.Mission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Use cases of a signed contract beyond the yearly review: the crises the ARS recognises, the
 * crisis plan written and updated each year, amendments to the contract, and the file the first
 * payment needs. Each change is recorded in the history with the referent as author.
 */
public final class ContractService {
    public static final int MAX_REFERENCE = 200;
    public static final int MAX_COMMENT = 2000;

    private final ContractRepository repository;
    private final CaseFileRepository caseFiles;
    private final WorkflowService workflow;
    private final Transactions transactions;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public ContractService(ContractRepository repository, CaseFileRepository caseFiles, WorkflowService workflow,
            Transactions transactions, Clock clock, Supplier<UUID> ids) {
        this.repository = repository;
        this.caseFiles = caseFiles;
        this.workflow = workflow;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * Records the ARS's recognition of a serious health crisis: on a signed contract that has the
     * crisis mission (from the start or by amendment), on a date within the contract, not in the future.
     */
    public RecordedCrisis recordCrisis(UUID caseId, CrisisRecognition recognition) {
        notFuture("date", recognition.date());
        maxLength("reference", recognition.reference(), MAX_REFERENCE);
        maxLength("comment", recognition.comment(), MAX_COMMENT);
        return transactions.inTransaction(() -> {
            CaseSnapshot snapshot = workflow.snapshot(caseId);
            withinContract(snapshot, recognition.date());
            boolean crisis = snapshot.missions().mission(Mission.CRISIS).chosen() || snapshot.contract().amendments()
                    .stream().anyMatch(a -> a.terms().addMissions().stream().anyMatch(m -> m.mission() == Mission.CRISIS));
            if (!crisis) {
                throw new ValidationException("date", "contract.error.noCrisisMission");
            }
            RecordedCrisis recorded = new RecordedCrisis(ids.get(), recognition);
            repository.addCrisis(caseId, recorded);
            record(snapshot.caseFile(), HistoryKind.CRISIS_RECOGNISED, recognition.date(),
                    String.join(" – ", java.util.stream.Stream.of(recognition.reference(), recognition.comment())
                            .filter(t -> !t.isEmpty()).toList()));
            return recorded;
        });
    }

    public void deleteCrisis(UUID caseId, RecordedCrisis crisis) {
        transactions.inTransaction(() -> {
            CaseFile caseFile = load(caseId);
            repository.deleteCrisis(crisis.id());
            record(caseFile, HistoryKind.CONTRACT_RECORD_REMOVED, LocalDate.now(clock),
                    "Crise reconnue le " + FrenchFormat.date(crisis.recognition().date()) + " supprimée");
        });
    }

    /** The crisis plan written (contract year 1) or updated (later years) on a date, not in the future. */
    public CrisisPlanUpdate savePlan(UUID caseId, CrisisPlanUpdate update) {
        if (update.contractYear() < 1 || update.contractYear() > 5) {
            throw new ValidationException("contractYear", "indicator.error.year", update.contractYear());
        }
        notFuture("date", update.date());
        maxLength("comment", update.comment(), MAX_COMMENT);
        return transactions.inTransaction(() -> {
            CaseSnapshot snapshot = workflow.snapshot(caseId);
            withinContract(snapshot, update.date());
            repository.savePlan(caseId, update);
            record(snapshot.caseFile(), HistoryKind.CRISIS_PLAN, update.date(),
                    (update.contractYear() == 1 ? "Plan rédigé (année 1)" : "Plan mis à jour (année "
                            + update.contractYear() + ")") + (update.comment().isEmpty() ? "" : " – " + update.comment()));
            return update;
        });
    }

    public void deletePlan(UUID caseId, int contractYear) {
        transactions.inTransaction(() -> {
            CaseFile caseFile = load(caseId);
            repository.deletePlan(caseId, contractYear);
            record(caseFile, HistoryKind.CONTRACT_RECORD_REMOVED, LocalDate.now(clock),
                    "Plan de crise de l’année " + contractYear + " supprimé");
        });
    }

    /**
     * Records an amendment with the next number: its reason is required, and the contract as
     * amended must compute (a {@link ValidationException} names the faulty field otherwise).
     */
    public RecordedAmendment addAmendment(UUID caseId, ContractAmendment terms) {
        if (terms.reason().isEmpty()) {
            throw new ValidationException("reason", "workflow.error.reasonRequired");
        }
        maxLength("reason", terms.reason(), MAX_COMMENT);
        if (terms.empty()) {
            throw new ValidationException("changes", "contract.error.amendmentEmpty");
        }
        return transactions.inTransaction(() -> {
            CaseSnapshot snapshot = workflow.snapshot(caseId);
            if (snapshot.signatureDate() == null) {
                throw new DomainException("workflow.error.noSignatureDate");
            }
            ContractAmendment numbered = new ContractAmendment(snapshot.contract().nextAmendmentNumber(),
                    terms.effectiveDate(), terms.rulesVersionId(), terms.addMissions(), terms.missionStarts(),
                    terms.operatingComplement(), terms.sizeClass(), terms.reason());
            FundingInput input = ContractFunding.input(snapshot, ContractFunding.Purpose.FOLLOW_UP,
                    workflow.engine().catalog(), snapshot.signatureDate());
            try {
                workflow.engine().compute(input.toBuilder().amendment(numbered).build());
            } catch (ValidationException e) {
                throw new ValidationException(amendmentField(e.field()), e.messageKey(), e.arguments());
            }
            RecordedAmendment recorded = new RecordedAmendment(ids.get(), numbered, clock.instant());
            repository.addAmendment(caseId, recorded);
            record(snapshot.caseFile(), HistoryKind.AMENDMENT, numbered.effectiveDate(), "Avenant n° "
                    + numbered.number() + " – " + numbered.reason());
            return recorded;
        });
    }

    /** Removes the last amendment only (the later ones build on the earlier ones). */
    public void deleteAmendment(UUID caseId, RecordedAmendment amendment) {
        transactions.inTransaction(() -> {
            CaseSnapshot snapshot = workflow.snapshot(caseId);
            if (snapshot.contract().nextAmendmentNumber() != amendment.terms().number() + 1) {
                throw new DomainException("contract.error.notLastAmendment", amendment.terms().number());
            }
            repository.deleteAmendment(amendment.id());
            record(snapshot.caseFile(), HistoryKind.CONTRACT_RECORD_REMOVED, LocalDate.now(clock),
                    "Avenant n° " + amendment.terms().number() + " supprimé");
        });
    }

    /** Saves the first payment's file: RIB date not in the future, a valid SIRET, a valid FINESS when given. */
    public FirstPaymentFile savePaymentFile(UUID caseId, FirstPaymentFile file) {
        notFuture("ribReceived", file.ribReceived());
        if (!file.siret().isEmpty() && !FirstPaymentFile.validSiret(file.siret())) {
            throw new ValidationException("siret", "contract.error.siret", file.siret());
        }
        if (!file.finess().isEmpty() && !FirstPaymentFile.validFiness(file.finess())) {
            throw new ValidationException("finess", "contract.error.finess", file.finess());
        }
        return transactions.inTransaction(() -> {
            CaseFile caseFile = load(caseId);
            if (!repository.savePaymentFile(caseId, file)) {
                throw new StaleEditException(caseFile.name());
            }
            caseFiles.touch(caseId, clock.instant());
            return new FirstPaymentFile(file.ribReceived(), file.siret(), file.finess(), file.version() + 1);
        });
    }

    /** « amendments[0].addMissions[0].startDate » → « addMissions[0].startDate »: the form's own field. */
    static String amendmentField(String field) {
        return field.startsWith("amendments[") ? field.substring(field.indexOf(']') + 2) : field;
    }

    private void withinContract(CaseSnapshot snapshot, LocalDate date) {
        LocalDate signature = snapshot.signatureDate();
        if (signature == null) {
            throw new DomainException("workflow.error.noSignatureDate");
        }
        LocalDate end = signature.plusYears(5);
        if (date.isBefore(signature) || !date.isBefore(end)) {
            throw new ValidationException("date", "contract.error.outsideContract", FrenchFormat.date(date),
                    FrenchFormat.date(signature), FrenchFormat.date(end));
        }
    }

    private void record(CaseFile caseFile, HistoryKind kind, LocalDate date, String reason) {
        workflow.record(caseFile, kind, date, caseFile.stage(), caseFile.stage(), null, reason);
        caseFiles.touch(caseFile.id(), clock.instant());
    }

    private void notFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            throw new ValidationException(field, "workflow.error.dateInFuture", FrenchFormat.date(date));
        }
    }

    private static void maxLength(String field, String text, int max) {
        if (text.length() > max) {
            throw new ValidationException(field, "workflow.error.tooLong", max);
        }
    }

    private CaseFile load(UUID caseId) {
        return caseFiles.find(caseId).orElseThrow(() -> new NotFoundException(caseId.toString()));
    }
}
