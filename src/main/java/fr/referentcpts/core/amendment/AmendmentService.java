package fr.referentcpts.core.amendment;

import fr.referentcpts.core.annex.AnnexIdentity;
import fr.referentcpts.core.annex.AnnexSources;
import fr.referentcpts.core.annex.ContractParties;
import fr.referentcpts.core.annex.DraftReason;
import fr.referentcpts.core.annex.Party;
import fr.referentcpts.core.annex.RulesReference;
import fr.referentcpts.core.annex.SignatureBlock;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.core.followup.RecordedAmendment;
import fr.referentcpts.core.funding.AmendedEnvelope;
import fr.referentcpts.core.funding.AmountStatus;
import fr.referentcpts.core.funding.AnnualLine;
import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.ContractAmendment;
import fr.referentcpts.core.funding.ContractAmount;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.funding.FundingInput;
import fr.referentcpts.core.funding.FundingResult;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.MissionChoice;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.funding.SizeClass;
import fr.referentcpts.core.funding.Source;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.ContractFunding;
import fr.referentcpts.core.workflow.WorkflowService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The amendments of a signed contract as documents: what the « Nouvel avenant » form offers, the
 * effect of an amendment on the money before it is recorded (the funding engine with and
 * without it), and « Avenant n° N au contrat tripartite » as a report and a rendered PDF/A.
 * Recording and deleting an amendment stay with {@code ContractService}.
 *
 * <p>Before and after are computed on the contract's terms as the annexes state them (variable
 * parts at their maximum, no crisis recognised): « before » applies the earlier amendments,
 * « after » adds this one.
 */
public final class AmendmentService {
    private final WorkflowService workflow;
    private final AnnexSources sources;
    private final AmendmentRenderer renderer;
    private final Transactions transactions;
    private final Clock clock;

    public AmendmentService(WorkflowService workflow, AnnexSources sources, AmendmentRenderer renderer,
            Transactions transactions, Clock clock) {
        this.workflow = workflow;
        this.sources = sources;
        this.renderer = renderer;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What the form offers for a new amendment of this case's contract. */
    public AmendmentOptions options(UUID caseId) {
        return transactions.inTransaction(() -> {
            CaseSnapshot snapshot = signed(caseId);
            FundingEngine engine = workflow.engine();
            LocalDate today = LocalDate.now(clock);
            LocalDate end = snapshot.signatureDate().plusYears(5);
            LocalDate suggested = today.isBefore(snapshot.signatureDate()) ? snapshot.signatureDate()
                    : today.isBefore(end) ? today : end.minusDays(1);
            List<RecordedAmendment> recorded = snapshot.contract().amendments();
            String currentRules = null;
            int size = 0;
            try {
                FundingResult now = engine.compute(terms(snapshot, recorded.size()));
                currentRules = now.amendments().isEmpty() ? now.rules().id() : now.amendments().getLast().rules().id();
                size = (now.amendments().isEmpty() ? now.sizeClass().applied()
                        : now.amendments().getLast().sizeClass()).number();
            } catch (DomainException e) {
                // the contract does not compute as it stands: the form still opens, the effect says why
            }
            List<MissionChoice> missions = currentMissions(snapshot, recorded.size());
            List<Mission> addable = new ArrayList<>();
            for (Mission mission : Mission.values()) {
                if (missions.stream().noneMatch(m -> m.mission() == mission)) {
                    addable.add(mission);
                }
            }
            boolean granted = recorded.stream().anyMatch(a -> a.terms().operatingComplement());
            boolean eligible = engine.catalog().versions().stream().anyMatch(v -> v.lines().stream()
                    .anyMatch(l -> l.key().component() == Component.OPERATING_COMPLEMENT && (l.signedBefore() == null
                            || snapshot.signatureDate().isBefore(l.signedBefore()))));
            String defaultRules = engine.catalog().defaultAt(suggested).id();
            return new AmendmentOptions(snapshot.contract().nextAmendmentNumber(), snapshot.signatureDate(), end,
                    suggested, currentRules, size, missions, addable, engine.catalog().versions(), defaultRules,
                    eligible && !granted);
        });
    }

    /** The default rules version of an amendment effective on {@code effective}: the one in force, as last confirmed. */
    public String defaultRules(LocalDate effective) {
        return workflow.engine().catalog().defaultAt(effective).id();
    }

    /**
     * The effect of an amendment not yet recorded (it takes the next number): the envelope before
     * and after. A {@link ValidationException} names the form's faulty field otherwise.
     */
    public AmendmentEffect effect(UUID caseId, ContractAmendment draft) {
        return transactions.inTransaction(() -> {
            CaseSnapshot snapshot = signed(caseId);
            int count = snapshot.contract().amendments().size();
            ContractAmendment numbered = new ContractAmendment(snapshot.contract().nextAmendmentNumber(),
                    draft.effectiveDate(), draft.rulesVersionId(), draft.addMissions(), draft.missionStarts(),
                    draft.operatingComplement(), draft.sizeClass(), draft.reason());
            FundingEngine engine = workflow.engine();
            FundingResult before = engine.compute(terms(snapshot, count));
            FundingResult after;
            try {
                List<ContractAmendment> all = new ArrayList<>(snapshot.contract().amendments().stream()
                        .map(RecordedAmendment::terms).toList());
                all.add(numbered);
                after = engine.compute(terms(snapshot, all));
            } catch (ValidationException e) {
                throw new ValidationException(formField(e.field()), e.messageKey(), e.arguments());
            }
            return effect(snapshot, before, after);
        });
    }

    /** The report of the recorded amendment n° {@code number} as of today. */
    public AmendmentReport report(UUID caseId, int number) {
        LocalDate today = LocalDate.now(clock);
        return transactions.inTransaction(() -> {
            CaseSnapshot snapshot = signed(caseId);
            List<RecordedAmendment> recorded = snapshot.contract().amendments();
            int index = -1;
            for (int i = 0; i < recorded.size(); i++) {
                if (recorded.get(i).terms().number() == number) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new DomainException("amendmentUi.error.unknown", Integer.toString(number),
                        snapshot.caseFile().name());
            }
            ContractAmendment terms = recorded.get(index).terms();
            FundingEngine engine = workflow.engine();
            FundingResult before = engine.compute(terms(snapshot, index));
            FundingResult after = engine.compute(terms(snapshot, index + 1));
            AmendmentEffect effect = effect(snapshot, before, after);
            ContractParties parties = sources.parties(caseId);
            RulesVersion previousRules = state(before).rules();
            AmendedEnvelope amended = after.amendments().getLast();
            List<AmendmentChange> changes = changes(snapshot, terms, index, previousRules, amended,
                    state(before).size());
            LinkedHashSet<DraftReason> reasons = new LinkedHashSet<>(parties.missingItems());
            reasons.remove(DraftReason.of("annex.reason.signatureDate"));
            for (AnnualLine line : after.lines().toList()) {
                if (line.status() == AmountStatus.MISSING) {
                    reasons.add(lineReason("annex.reason.amountMissing", "annex.reason.amountMissingStructure", line.key()));
                } else if (line.status() == AmountStatus.PROPOSED) {
                    reasons.add(lineReason("annex.reason.amountToConfirm", "annex.reason.amountToConfirmStructure",
                            line.key()));
                }
            }
            List<Source> legal = new ArrayList<>();
            TreeSet<String> seen = new TreeSet<>();
            for (Source source : concat(after.rules().legalReferences(), amended.rules().legalReferences())) {
                if (seen.add(source.citation())) {
                    legal.add(source);
                }
            }
            List<SignatureBlock> signatures = new ArrayList<>();
            for (Party party : Party.values()) {
                signatures.add(new SignatureBlock(party, parties.organisation(party), parties.signatory(party),
                        parties.signaturePlace(), null));
            }
            return new AmendmentReport(caseId, number, new AnnexIdentity(parties.associationName(),
                    parties.rnaNumber(), parties.seat(), parties.cpamName(), parties.arsName()),
                    snapshot.signatureDate(), after.contractEnd(), reference(after.rules()),
                    reference(amended.rules()), terms.effectiveDate(), terms.reason(), changes, effect, legal,
                    signatures, today, !reasons.isEmpty(), List.copyOf(reasons));
        });
    }

    /** « Avenant n° N au contrat tripartite » laid out (PDF/A-2b), a draft « PROJET » while a reason remains. */
    public PrintedAmendment print(UUID caseId, int number) {
        return renderer.render(report(caseId, number));
    }

    /** « amendments[2].addMissions[0].startDate » → « addMissions[0].startDate »: the form's own field. */
    static String formField(String field) {
        return field.startsWith("amendments[") ? field.substring(field.indexOf(']') + 2) : field;
    }

    private CaseSnapshot signed(UUID caseId) {
        CaseSnapshot snapshot = workflow.snapshot(caseId);
        if (snapshot.signatureDate() == null) {
            throw new DomainException("workflow.error.noSignatureDate");
        }
        return snapshot;
    }

    /** The contract's terms with its first {@code count} recorded amendments (variable parts at their maximum). */
    private FundingInput terms(CaseSnapshot snapshot, int count) {
        return terms(snapshot, snapshot.contract().amendments().stream().limit(count)
                .map(RecordedAmendment::terms).toList());
    }

    /**
     * The contract's terms with {@code amendments}: the contract's own amounts are kept for the
     * lines of the versions in play only (a crisis amount the amendment brings has no line before it).
     */
    private FundingInput terms(CaseSnapshot snapshot, List<ContractAmendment> amendments) {
        RulesCatalog catalog = workflow.engine().catalog();
        FundingInput signed = ContractFunding.input(snapshot, ContractFunding.Purpose.TERMS, catalog,
                snapshot.signatureDate());
        List<RulesVersion> versions = new ArrayList<>();
        catalog.find(signed.rulesVersionId()).ifPresent(versions::add);
        amendments.stream().map(ContractAmendment::rulesVersionId).filter(java.util.Objects::nonNull)
                .forEach(id -> catalog.find(id).ifPresent(versions::add));
        Map<LineKey, ContractAmount> amounts = new LinkedHashMap<>();
        signed.contractAmounts().forEach((key, amount) -> {
            if (versions.stream().anyMatch(v -> v.line(key).isPresent())) {
                amounts.put(key, amount);
            }
        });
        return new FundingInput(signed.population(), signed.populationSource(), signed.populationVintage(),
                signed.sizeClassOverride(), signed.overrideReason(), signed.signatureDate(), signed.rulesVersionId(),
                signed.missions(), signed.defaultAchievement(), signed.achievements(), amounts, signed.earned(),
                signed.crisisRecognitions(), signed.letterOfIntentValidated(), amendments);
    }

    /** The missions as the first {@code count} recorded amendments left them, each with its start date. */
    private static List<MissionChoice> currentMissions(CaseSnapshot snapshot, int count) {
        Map<Mission, MissionChoice> missions = new LinkedHashMap<>();
        for (CaseMission mission : snapshot.missions().chosen()) {
            missions.put(mission.mission(), new MissionChoice(mission.mission(),
                    mission.startDate() != null ? mission.startDate() : snapshot.signatureDate(),
                    mission.snpOrientation()));
        }
        for (RecordedAmendment amendment : snapshot.contract().amendments().subList(0, count)) {
            ContractAmendment terms = amendment.terms();
            for (MissionChoice start : terms.missionStarts()) {
                MissionChoice known = missions.get(start.mission());
                missions.put(start.mission(), new MissionChoice(start.mission(),
                        start.startDate() != null ? start.startDate() : terms.effectiveDate(),
                        known != null && known.snpOrientation()));
            }
            for (MissionChoice add : terms.addMissions()) {
                missions.put(add.mission(), new MissionChoice(add.mission(),
                        add.startDate() != null ? add.startDate() : terms.effectiveDate(), add.snpOrientation()));
            }
        }
        return List.copyOf(missions.values());
    }

    private record State(RulesVersion rules, SizeClass size, List<AnnualLine> annual, BigDecimal total) {
    }

    /** The terms as the last amendment of {@code result} left them, else as signed. */
    private static State state(FundingResult result) {
        if (result.amendments().isEmpty()) {
            return new State(result.rules(), result.sizeClass().applied(), result.annual(), result.annualTotal());
        }
        AmendedEnvelope last = result.amendments().getLast();
        return new State(last.rules(), last.sizeClass(), last.annual(), last.annualTotal());
    }

    private static AmendmentEffect effect(CaseSnapshot snapshot, FundingResult before, FundingResult after) {
        State from = state(before);
        State to = state(after);
        Map<LineKey, EnvelopeChange> lines = new LinkedHashMap<>();
        for (AnnualLine line : from.annual()) {
            lines.put(line.key(), new EnvelopeChange(line.key(), line, null));
        }
        for (AnnualLine line : to.annual()) {
            EnvelopeChange known = lines.get(line.key());
            lines.put(line.key(), new EnvelopeChange(line.key(), known == null ? null : known.before(), line));
        }
        List<YearChange> years = new ArrayList<>();
        TreeSet<Integer> keys = new TreeSet<>(before.totalsByContractYear().keySet());
        keys.addAll(after.totalsByContractYear().keySet());
        LocalDate signature = snapshot.signatureDate();
        for (int year : keys) {
            years.add(new YearChange(year, year == 0 ? null : signature.plusYears(year - 1L),
                    year == 0 ? null : signature.plusYears(year).minusDays(1),
                    before.totalsByContractYear().getOrDefault(year, BigDecimal.ZERO),
                    after.totalsByContractYear().getOrDefault(year, BigDecimal.ZERO)));
        }
        return new AmendmentEffect(from.total(), to.total(), List.copyOf(lines.values()), years,
                before.contractTotal(), after.contractTotal(), after.finalCapable());
    }

    private static List<AmendmentChange> changes(CaseSnapshot snapshot, ContractAmendment terms, int index,
            RulesVersion previousRules, AmendedEnvelope amended, SizeClass previousSize) {
        List<AmendmentChange> changes = new ArrayList<>();
        LocalDate effective = terms.effectiveDate();
        for (MissionChoice add : terms.addMissions()) {
            changes.add(AmendmentChange.missionAdded(add.mission(), add.startDate() != null ? add.startDate()
                    : effective));
        }
        List<MissionChoice> missions = currentMissions(snapshot, index);
        for (MissionChoice start : terms.missionStarts()) {
            LocalDate previous = missions.stream().filter(m -> m.mission() == start.mission()).findFirst()
                    .map(MissionChoice::startDate).orElse(null);
            changes.add(AmendmentChange.startChanged(start.mission(), previous,
                    start.startDate() != null ? start.startDate() : effective));
        }
        if (terms.operatingComplement()) {
            changes.add(AmendmentChange.complement(effective));
        }
        if (terms.sizeClass() != null && terms.sizeClass() != previousSize) {
            changes.add(AmendmentChange.sizeClass(effective, previousSize.number(), terms.sizeClass().number()));
        }
        if (!amended.rules().id().equals(previousRules.id())) {
            changes.add(AmendmentChange.rules(effective, previousRules.title(), amended.rules().title()));
        }
        return changes;
    }

    private static DraftReason lineReason(String key, String structureKey, LineKey line) {
        return line.mission() == null ? DraftReason.of(structureKey, line.component())
                : DraftReason.of(key, line.mission(), line.component());
    }

    private static RulesReference reference(RulesVersion rules) {
        return new RulesReference(rules.id(), rules.label(), rules.inForce(), rules.legalReferences());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
