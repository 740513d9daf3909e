package fr.referentcpts.core.workflow;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseFileRepository;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.FieldProblem;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.common.NotFoundException;
import fr.referentcpts.core.common.StaleEditException;
import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.core.funding.ContractAmount;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesVersion;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The forms of the stages: each is checked field by field (French messages by key) and saved
 * with optimistic locking. Saving the letter's decision or the project's validations also
 * records them in the history.
 */
public final class StageFormService {
    public static final int MAX_TEXT = fr.referentcpts.core.common.Text.MAX_TEXT;
    public static final int MAX_NAME = fr.referentcpts.core.common.Text.MAX_NAME;

    private final WorkflowRepository repository;
    private final CaseFileRepository caseFiles;
    private final WorkflowService workflow;
    private final FundingEngine engine;
    private final Transactions transactions;
    private final Clock clock;

    public StageFormService(WorkflowRepository repository, CaseFileRepository caseFiles, WorkflowService workflow,
            FundingEngine engine, Transactions transactions, Clock clock) {
        this.repository = repository;
        this.caseFiles = caseFiles;
        this.workflow = workflow;
        this.engine = engine;
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<FieldProblem> check(PreProject data) {
        Problems p = new Problems();
        p.notFuture("firstContact", data.firstContact());
        p.maxLength("problems", data.problems(), MAX_TEXT);
        return p.list;
    }

    public List<FieldProblem> check(LetterOfIntent data) {
        Problems p = new Problems();
        p.notFuture("received", data.received());
        p.notFuture("sentToArs", data.sentToArs());
        p.notBefore("sentToArs", data.sentToArs(), data.received(), "workflow.error.sentBeforeReceived");
        p.notFuture("decisionDate", data.decisionDate());
        if (data.decision() != null && data.decisionDate() == null) {
            p.add("decisionDate", "workflow.error.decisionDateRequired");
        }
        if (data.decision() == null && data.decisionDate() != null) {
            p.add("decision", "workflow.error.decisionRequired");
        }
        if (data.decision() != null && data.sentToArs() == null) {
            p.add("sentToArs", "workflow.error.decisionBeforeSending");
        }
        p.notBefore("decisionDate", data.decisionDate(), data.sentToArs(), "workflow.error.decisionBeforeSent");
        p.maxLength("decisionComments", data.decisionComments(), MAX_TEXT);
        p.notNegative("seedGrantAmount", data.seedGrantAmount());
        p.notFuture("seedGrantDate", data.seedGrantDate());
        return p.list;
    }

    public List<FieldProblem> check(HealthProject data) {
        Problems p = new Problems();
        p.maxLength("associationName", data.associationName(), 300);
        if (!data.rna().isEmpty() && !data.validRna()) {
            p.add("rna", "workflow.error.rna", data.rna());
        }
        p.notFuture("statutesDate", data.statutesDate());
        p.notFuture("constitutiveAssembly", data.constitutiveAssembly());
        p.maxLength("seat", data.seat(), 300);
        p.notFuture("received", data.received());
        p.notFuture("arsValidation", data.arsValidation());
        p.notFuture("amValidation", data.amValidation());
        p.notBefore("arsValidation", data.arsValidation(), data.received(), "workflow.error.validationBeforeReceived");
        p.notBefore("amValidation", data.amValidation(), data.received(), "workflow.error.validationBeforeReceived");
        return p.list;
    }

    public List<FieldProblem> check(Negotiation data) {
        return check(data, "");
    }

    /**
     * The negotiation's problems; pinning a contract signed on or after a newer text's entry into
     * force to an older version (ACI-2019 from 31/03/2022) needs {@code rulesReason}.
     */
    public List<FieldProblem> check(Negotiation data, String rulesReason) {
        Problems p = new Problems();
        RulesCatalog catalog = engine.catalog();
        if (data.confirmedPopulation() != null && data.confirmedPopulation() < 0) {
            p.add("confirmedPopulation", "workflow.error.populationNegative");
        }
        if (data.sizeClassConfirmed() && data.confirmedPopulation() == null) {
            p.add("confirmedPopulation", "workflow.error.populationRequired");
        }
        if (data.sizeClassOverride() != null && data.overrideReason().isEmpty()) {
            p.add("overrideReason", "workflow.error.overrideReasonRequired");
        }
        if (data.rulesVersionId() != null) {
            Optional<RulesVersion> version = catalog.find(data.rulesVersionId());
            if (version.isEmpty()) {
                p.add("rulesVersionId", "workflow.error.unknownRules", data.rulesVersionId());
            } else if (data.signatureDate() != null && version.get().inForce().isAfter(data.signatureDate())) {
                p.add("rulesVersionId", "workflow.error.rulesNotInForce", version.get().title(),
                        FrenchFormat.date(version.get().inForce()), FrenchFormat.date(data.signatureDate()));
            } else if (data.signatureDate() != null && catalog.supersededAt(version.get(), data.signatureDate())
                    && (rulesReason == null || rulesReason.isBlank())) {
                RulesVersion inForce = catalog.versionInForceAt(data.signatureDate());
                p.add("rulesReason", "workflow.error.rulesReasonRequired", version.get().id(),
                        FrenchFormat.date(data.signatureDate()), inForce.title());
            }
        }
        for (String field : List.of("cpts", "cpam", "ars")) {
            Signatory signatory = switch (field) {
                case "cpts" -> data.cpts();
                case "cpam" -> data.cpam();
                default -> data.ars();
            };
            p.maxLength(field + "Name", signatory.name(), MAX_NAME);
            p.maxLength(field + "Quality", signatory.quality(), MAX_NAME);
        }
        p.maxLength("cpamName", data.cpamName(), MAX_NAME);
        p.maxLength("arsName", data.arsName(), MAX_NAME);
        p.maxLength("signaturePlace", data.signaturePlace(), MAX_NAME);
        return p.list;
    }

    public PreProject save(UUID caseId, PreProject data) {
        validate(check(data));
        return transactions.inTransaction(() -> {
            CaseFile caseFile = load(caseId);
            saved(caseFile, repository.savePreProject(caseId, data));
            return new PreProject(data.firstContact(), data.contactedParty(), data.problems(), data.version() + 1);
        });
    }

    public LetterOfIntent save(UUID caseId, LetterOfIntent data) {
        validate(check(data));
        return transactions.inTransaction(() -> {
            CaseFile caseFile = load(caseId);
            LetterOfIntent before = repository.letterOfIntent(caseId).orElse(LetterOfIntent.EMPTY);
            saved(caseFile, repository.saveLetterOfIntent(caseId, data));
            if (data.decision() != null && (data.decision() != before.decision()
                    || !Objects.equals(data.decisionDate(), before.decisionDate()))) {
                workflow.record(caseFile, data.decision() == LetterDecision.VALIDATED ? HistoryKind.LETTER_VALIDATED
                        : HistoryKind.LETTER_TO_REVISE, data.decisionDate(), WorkflowStage.LETTER_OF_INTENT,
                        WorkflowStage.LETTER_OF_INTENT, DecidedBy.JOINT, data.decisionComments());
            }
            return new LetterOfIntent(data.received(), data.content(), data.sentToArs(), data.decision(),
                    data.decisionDate(), data.decisionComments(), data.seedGrantAmount(), data.seedGrantDate(),
                    data.version() + 1);
        });
    }

    public HealthProject save(UUID caseId, HealthProject data) {
        validate(check(data));
        return transactions.inTransaction(() -> {
            CaseFile caseFile = load(caseId);
            HealthProject before = repository.healthProject(caseId).orElse(HealthProject.EMPTY);
            saved(caseFile, repository.saveHealthProject(caseId, data));
            validation(caseFile, DecidedBy.ARS, before.arsValidation(), data.arsValidation());
            validation(caseFile, DecidedBy.CPAM, before.amValidation(), data.amValidation());
            return new HealthProject(data.associationName(), data.rna(), data.statutesDate(),
                    data.constitutiveAssembly(), data.seat(), data.presidentId(), data.coordinatorId(),
                    data.diagnosis(), data.received(), data.arsValidation(), data.amValidation(), data.version() + 1);
        });
    }

    public Negotiation save(UUID caseId, Negotiation data) {
        return save(caseId, data, "");
    }

    /**
     * Saves the negotiation; a reason for the rules version ({@code rulesReason}, required for a
     * version a later text replaced at the signature date) is recorded in the history.
     */
    public Negotiation save(UUID caseId, Negotiation data, String rulesReason) {
        validate(check(data, rulesReason));
        return transactions.inTransaction(() -> {
            CaseFile caseFile = load(caseId);
            saved(caseFile, repository.saveNegotiation(caseId, data));
            if (data.rulesVersionId() != null && rulesReason != null && !rulesReason.isBlank()) {
                workflow.record(caseFile, HistoryKind.RULES_PINNED, LocalDate.now(clock), caseFile.stage(),
                        caseFile.stage(), null, rulesPinned(data.rulesVersionId(), rulesReason));
            }
            return new Negotiation(data.confirmedPopulation(), data.populationSource(), data.populationVintage(),
                    data.sizeClassConfirmed(), data.rulesVersionId(), data.sizeClassOverride(), data.overrideReason(),
                    data.cpts(), data.cpam(), data.ars(), data.cpamName(), data.arsName(), data.signatureDate(),
                    data.signaturePlace(), data.version() + 1);
        });
    }

    /** « ACI-2019 : motif » — the history entry of a pinned version, which {@link #pinnedWithReason} reads back. */
    static String rulesPinned(String versionId, String reason) {
        return reason == null || reason.isBlank() ? versionId : versionId + " : " + reason.strip();
    }

    /** True when the history records a reason for pinning {@code versionId}. */
    static boolean pinnedWithReason(List<HistoryEntry> history, String versionId) {
        return history.stream().anyMatch(e -> e.kind() == HistoryKind.RULES_PINNED
                && e.reason().startsWith(versionId + " : ") && e.reason().length() > versionId.length() + 3);
    }

    /**
     * The annual amounts the contract states itself (replaces them all): each not negative, with
     * its reason; who entered it is the referent of the settings, when is today unless given.
     */
    public void saveContractAmounts(UUID caseId, Map<LineKey, ContractAmount> amounts) {
        for (Map.Entry<LineKey, ContractAmount> entry : amounts.entrySet()) {
            if (entry.getValue().amount().signum() < 0) {
                throw new ValidationException(entry.getKey().code(), "workflow.error.amountNegative");
            }
            if (entry.getValue().reason().isEmpty()) {
                throw new ValidationException(entry.getKey().code(), "workflow.error.contractAmountReason");
            }
            if (entry.getValue().reason().length() > 1000) {
                throw new ValidationException(entry.getKey().code(), "workflow.error.tooLong", 1000);
            }
        }
        transactions.inTransaction(() -> {
            CaseFile caseFile = load(caseId);
            Map<LineKey, ContractAmount> before = repository.contractAmounts(caseId);
            Map<LineKey, ContractAmount> stamped = new java.util.LinkedHashMap<>();
            amounts.forEach((line, amount) -> {
                ContractAmount known = before.get(line);
                boolean same = known != null && known.amount().compareTo(amount.amount()) == 0
                        && known.reason().equals(amount.reason());
                stamped.put(line, same ? known : new ContractAmount(amount.amount(),
                        amount.enteredBy().isEmpty() ? workflow.author(caseFile) : amount.enteredBy(),
                        amount.enteredOn() == null ? LocalDate.now(clock) : amount.enteredOn(), amount.reason()));
            });
            repository.replaceContractAmounts(caseId, stamped);
            caseFiles.touch(caseId, clock.instant());
        });
    }

    private void validation(CaseFile caseFile, DecidedBy by, LocalDate before, LocalDate after) {
        if (after != null && !after.equals(before)) {
            workflow.record(caseFile, HistoryKind.PROJECT_VALIDATION, after, WorkflowStage.HEALTH_PROJECT,
                    WorkflowStage.HEALTH_PROJECT, by, "");
        }
    }

    private void saved(CaseFile caseFile, boolean saved) {
        if (!saved) {
            throw new StaleEditException(caseFile.name());
        }
        caseFiles.touch(caseFile.id(), clock.instant());
    }

    private CaseFile load(UUID caseId) {
        return caseFiles.find(caseId).orElseThrow(() -> new NotFoundException(caseId.toString()));
    }

    private static void validate(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            FieldProblem first = problems.getFirst();
            throw new ValidationException(first.field(), first.messageKey(), first.arguments());
        }
    }

    /** Collects the problems of a form, one per field at most. */
    private final class Problems {
        private final List<FieldProblem> list = new ArrayList<>();

        void add(String field, String key, Object... arguments) {
            if (list.stream().noneMatch(p -> p.field().equals(field))) {
                list.add(new FieldProblem(field, key, arguments));
            }
        }

        void notFuture(String field, LocalDate date) {
            if (date != null && date.isAfter(LocalDate.now(clock))) {
                add(field, "workflow.error.dateInFuture", FrenchFormat.date(date));
            }
        }

        void notBefore(String field, LocalDate date, LocalDate reference, String key) {
            if (date != null && reference != null && date.isBefore(reference)) {
                add(field, key, FrenchFormat.date(date), FrenchFormat.date(reference));
            }
        }

        void notNegative(String field, BigDecimal amount) {
            if (amount != null && amount.signum() < 0) {
                add(field, "workflow.error.amountNegative");
            }
        }

        void maxLength(String field, String text, int max) {
            if (text != null && text.length() > max) {
                add(field, "workflow.error.tooLong", max);
            }
        }
    }
}
