package fr.referentcpts.core.workflow;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.followup.AnnualReview;
import fr.referentcpts.core.followup.CrisisPlanUpdate;
import fr.referentcpts.core.followup.FirstPaymentFile;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.funding.FundingResult;
import fr.referentcpts.core.funding.MissionDeadline;
import fr.referentcpts.core.funding.MissionKind;
import fr.referentcpts.core.funding.MissionRule;
import fr.referentcpts.core.funding.Payment;
import fr.referentcpts.core.funding.PaymentKind;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingKind;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.core.people.TeamComposition;
import fr.referentcpts.core.territory.Overlap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What each stage asks for, computed from a case's data (« ask only what is missing »). Pure:
 * the rules version, the funding and today are given.
 */
public final class Requirements {
    /** Below this population the referent is warned, nothing is blocked: the ACI sets no minimum population. */
    public static final long SMALL_POPULATION = 20_000;
    static final int MIN_PROFESSIONALS = 2;
    static final int MIN_PROFESSIONS = 2;

    private final CaseSnapshot s;
    private final RulesCatalog catalog;
    private final RulesVersion rules;
    private final Optional<ContractFunding.Outcome> funding;
    private final LocalDate today;
    private final List<Requirement> list = new ArrayList<>();

    private Requirements(CaseSnapshot snapshot, RulesCatalog catalog, Optional<ContractFunding.Outcome> funding,
            LocalDate today) {
        this.s = snapshot;
        this.catalog = catalog;
        this.rules = ContractFunding.rules(snapshot, catalog, today);
        this.funding = funding;
        this.today = today;
    }

    /**
     * The requirements of {@code stage} for this case; none for the end states.
     *
     * @param catalog the rules versions known; the case's is {@link ContractFunding#rules}
     * @param funding the contract's funding when its signature date is known
     */
    public static List<Requirement> of(WorkflowStage stage, CaseSnapshot snapshot, RulesCatalog catalog,
            Optional<ContractFunding.Outcome> funding, LocalDate today) {
        Requirements r = new Requirements(snapshot, catalog, funding, today);
        switch (stage) {
            case PRE_PROJECT -> r.preProject();
            case LETTER_OF_INTENT -> r.letterOfIntent();
            case HEALTH_PROJECT -> r.healthProject();
            case SIGNATURE -> r.signature();
            case FOLLOW_UP -> r.followUp();
            default -> {
            }
        }
        return List.copyOf(r.list);
    }

    private void preProject() {
        TeamComposition team = TeamComposition.of(s.people());
        add(RequirementKind.PRE_TEAM, team.professionals() >= MIN_PROFESSIONALS && team.professionCount() >= MIN_PROFESSIONS,
                Phrase.of("workflow.detail.team", team.professionals(), team.professionCount()));
        Optional<Person> contact = s.withRole(Role.CONTACT);
        add(RequirementKind.PRE_CONTACT, contact.isPresent(), contact.map(p -> Phrase.of("workflow.detail.person",
                p.name())).orElse(null));
        int communes = s.territory().communes().size();
        add(RequirementKind.PRE_TERRITORY, communes > 0, communes == 0 ? null : Phrase.of("workflow.detail.territory",
                communes, FrenchFormat.integer(s.territory().totalPopulation())));
        if (communes > 0) {
            population(RequirementKind.PRE_POPULATION, s.territory().totalPopulation());
        }
        List<Overlap> overlaps = s.overlaps();
        add(RequirementKind.PRE_OVERLAP, overlaps.isEmpty(), overlaps.isEmpty() ? null
                : Phrase.of("workflow.detail.overlap", overlaps.stream().map(Overlap::inseeCode).distinct().count(),
                        overlaps.stream().map(Overlap::otherCaseName).distinct().collect(Collectors.joining(", "))));
        PreProject pre = s.preProject();
        add(RequirementKind.PRE_FIRST_CONTACT, pre.firstContact() != null, pre.firstContact() == null ? null
                : pre.contactedParty() == null ? Phrase.of("workflow.detail.date", FrenchFormat.date(pre.firstContact()))
                : Phrase.of("workflow.detail.contact", FrenchFormat.date(pre.firstContact()), pre.contactedParty()));
        add(RequirementKind.PRE_PROBLEMS, !pre.problems().isEmpty(), null);
        List<Meeting> information = s.meetings().stream()
                .filter(m -> m.kind() == MeetingKind.INFORMATION && !m.date().isAfter(today)).toList();
        add(RequirementKind.PRE_INFO_MEETING, !information.isEmpty(), information.isEmpty() ? null
                : Phrase.of("workflow.detail.meetings", information.size(),
                        FrenchFormat.date(information.stream().map(Meeting::date).max(LocalDate::compareTo).orElseThrow())));
    }

    private void letterOfIntent() {
        LetterOfIntent letter = s.letter();
        add(RequirementKind.LETTER_RECEIVED, letter.received() != null, date(letter.received()));
        for (LetterItem item : LetterItem.values()) {
            add(RequirementKind.LETTER_CONTENT, letter.content().contains(item), null, item);
        }
        add(RequirementKind.LETTER_SENT, letter.sentToArs() != null, date(letter.sentToArs()));
        Phrase decision = null;
        if (letter.decision() == LetterDecision.VALIDATED && letter.decisionDate() != null) {
            decision = Phrase.of("workflow.detail.validated", FrenchFormat.date(letter.decisionDate()));
        } else if (letter.decision() == LetterDecision.TO_REVISE) {
            decision = Phrase.of("workflow.detail.toRevise", FrenchFormat.date(letter.decisionDate()),
                    letter.decisionComments());
        } else if (letter.sentToArs() != null) {
            decision = Phrase.of("workflow.detail.pendingSince", FrenchFormat.date(letter.sentToArs()));
        }
        add(RequirementKind.LETTER_DECISION, letter.validated(), decision);
        boolean grant = letter.seedGrantAmount() != null && letter.seedGrantDate() != null;
        add(RequirementKind.LETTER_SEED_GRANT, grant, grant ? Phrase.of("workflow.detail.amountOn",
                FrenchFormat.amount(letter.seedGrantAmount()), FrenchFormat.date(letter.seedGrantDate())) : null);
    }

    private void healthProject() {
        HealthProject project = s.healthProject();
        add(RequirementKind.PROJECT_ASSOCIATION, !project.associationName().isEmpty(),
                project.associationName().isEmpty() ? null : Phrase.of("workflow.detail.text", project.associationName()));
        add(RequirementKind.PROJECT_RNA, project.validRna(),
                project.rna().isEmpty() ? null : Phrase.of("workflow.detail.text", project.rna()));
        add(RequirementKind.PROJECT_STATUTES, project.statutesDate() != null, date(project.statutesDate()));
        add(RequirementKind.PROJECT_ASSEMBLY, project.constitutiveAssembly() != null,
                date(project.constitutiveAssembly()));
        add(RequirementKind.PROJECT_SEAT, !project.seat().isEmpty(),
                project.seat().isEmpty() ? null : Phrase.of("workflow.detail.text", project.seat()));
        Optional<Person> president = s.president();
        add(RequirementKind.PROJECT_PRESIDENT, president.isPresent(),
                president.map(p -> Phrase.of("workflow.detail.person", p.name())).orElse(null));
        Optional<Person> coordinator = s.coordinator();
        add(RequirementKind.PROJECT_COORDINATOR, coordinator.isPresent(),
                coordinator.map(p -> Phrase.of("workflow.detail.person", p.name())).orElse(null));
        for (DiagnosisItem item : DiagnosisItem.values()) {
            add(RequirementKind.PROJECT_DIAGNOSIS, project.diagnosis().contains(item), null, item);
        }
        for (MissionRule rule : rules.missions()) {
            CaseMission mission = s.missions().mission(rule.mission());
            int actions = s.missions().actionsOf(rule.mission()).size();
            if (rule.kind() == MissionKind.SOCLE) {
                add(RequirementKind.PROJECT_SOCLE_MISSION, mission.chosen() && actions > 0,
                        mission.chosen() ? Phrase.of("workflow.detail.actions", actions)
                                : Phrase.of("workflow.detail.notChosen"), rule.mission());
            } else if (mission.chosen()) {
                add(RequirementKind.PROJECT_OPTIONAL_MISSION, actions > 0, Phrase.of("workflow.detail.actions", actions),
                        rule.mission());
            }
        }
        add(RequirementKind.PROJECT_RECEIVED, project.received() != null, date(project.received()));
        add(RequirementKind.PROJECT_ARS_VALIDATION, project.arsValidation() != null, date(project.arsValidation()));
        add(RequirementKind.PROJECT_AM_VALIDATION, project.amValidation() != null, date(project.amValidation()));
    }

    private void signature() {
        List<Meeting> negotiations = s.meetings().stream().filter(m -> m.kind() == MeetingKind.NEGOTIATION && !m.date().isAfter(today)).toList();
        add(RequirementKind.SIGN_MEETING, !negotiations.isEmpty(), negotiations.isEmpty() ? null
                : Phrase.of("workflow.detail.meetings", negotiations.size(),
                        FrenchFormat.date(negotiations.stream().map(Meeting::date).max(LocalDate::compareTo).orElseThrow())));
        for (MissionRule rule : rules.missions()) {
            if (rule.kind() == MissionKind.SOCLE && !s.missions().mission(rule.mission()).chosen()) {
                add(RequirementKind.SIGN_SOCLE_MISSION, false, Phrase.of("workflow.detail.notChosen"), rule.mission());
            }
        }
        for (CaseMission mission : s.missions().chosen()) {
            List<Indicator> indicators = s.missions().indicatorsOf(mission.mission());
            long withoutTarget = indicators.stream().filter(i -> i.targets().isEmpty()).count();
            add(RequirementKind.SIGN_INDICATORS, !indicators.isEmpty() && withoutTarget == 0,
                    Phrase.of("workflow.detail.indicators", indicators.size(), withoutTarget), mission.mission());
        }
        Negotiation negotiation = s.negotiation();
        long population = s.population();
        String sizeClass = Integer.toString(negotiation.sizeClassOverride() != null
                ? negotiation.sizeClassOverride().number() : rules.sizeClasses().classify(population).number());
        add(RequirementKind.SIGN_POPULATION, negotiation.confirmedPopulation() != null && negotiation.sizeClassConfirmed(),
                Phrase.of("workflow.detail.population", FrenchFormat.integer(population), sizeClass));
        if (population > 0) {
            population(RequirementKind.SIGN_SMALL_POPULATION, population);
        }
        signatureRules(negotiation);
        signatory(SignatoryParty.CPTS, negotiation.cpts(), "");
        signatory(SignatoryParty.CPAM, negotiation.cpam(), negotiation.cpamName());
        signatory(SignatoryParty.ARS, negotiation.ars(), negotiation.arsName());
        LocalDate date = negotiation.signatureDate();
        boolean signed = date != null && !date.isAfter(today) && !negotiation.signaturePlace().isEmpty();
        Phrase detail = null;
        if (date != null && date.isAfter(today)) {
            detail = Phrase.of("workflow.detail.plannedOn", FrenchFormat.date(date));
        } else if (date != null) {
            detail = Phrase.of("workflow.detail.signedOn", FrenchFormat.date(date), negotiation.signaturePlace());
        }
        add(RequirementKind.SIGN_DATE, signed, detail);
        fundingChecks(RequirementKind.SIGN_START_LATE, RequirementKind.SIGN_FUNDING);
        paymentFile(RequirementKind.SIGN_PAYMENT_FILE);
    }

    /** The first payment needs the statutes, the RIB, the SIRET (and the FINESS number where there is one). */
    private void paymentFile(RequirementKind kind) {
        FirstPaymentFile file = s.contract().paymentFile();
        List<Phrase> missing = ContractChecks.paymentFileMissing(s);
        add(kind, missing.isEmpty(), missing.isEmpty() ? Phrase.of("workflow.detail.fileComplete",
                FrenchFormat.date(file.ribReceived()), file.siret()) : Phrase.of("workflow.detail.fileMissing", missing));
    }

    /**
     * The crisis plan: written in the contract year the crisis mission starts, updated in each
     * later year already begun.
     */
    private void crisisPlan(LocalDate signature, int years) {
        Optional<LocalDate> start = ContractChecks.crisisStart(s, signature);
        if (start.isEmpty()) {
            return;
        }
        for (int k = 1; k <= years; k++) {
            LocalDate yearStart = signature.plusYears(k - 1L);
            LocalDate yearEnd = signature.plusYears(k);
            if (yearStart.isAfter(today) || !start.get().isBefore(yearEnd)) {
                continue;
            }
            boolean first = !start.get().isBefore(yearStart);
            Optional<CrisisPlanUpdate> done = s.contract().plan(k);
            add(RequirementKind.FOLLOW_CRISIS_PLAN, done.isPresent(), done.map(p -> Phrase.of(first
                    ? "workflow.detail.planWritten" : "workflow.detail.planUpdated", FrenchFormat.date(p.date())))
                    .orElse(Phrase.of(first ? "workflow.detail.planToWrite" : "workflow.detail.planToUpdate",
                            FrenchFormat.date(yearEnd.minusDays(1)))), k);
        }
    }

    private void signatureRules(Negotiation negotiation) {
        add(RequirementKind.SIGN_RULES, ContractChecks.rulesProblem(s, catalog, rules).isEmpty(), ContractChecks.rulesProblem(s, catalog, rules)
                .orElse(Phrase.of("workflow.detail.text", rules.title())));
    }

    private void signatory(SignatoryParty party, Signatory signatory, String institution) {
        boolean complete = signatory.complete() && (party == SignatoryParty.CPTS || !institution.isEmpty());
        Phrase detail = signatory.name().isEmpty() ? null : institution.isEmpty()
                ? Phrase.of("workflow.detail.signatory", signatory.name(), signatory.quality())
                : Phrase.of("workflow.detail.signatoryOf", signatory.name(), signatory.quality(), institution);
        add(RequirementKind.SIGN_SIGNATORY, complete, detail, party);
    }

    private void followUp() {
        LocalDate signature = s.signatureDate();
        fundingChecks(RequirementKind.FOLLOW_START, RequirementKind.FOLLOW_FUNDING);
        if (signature == null) {
            add(RequirementKind.FOLLOW_CONTRACT_END, false, Phrase.of("workflow.detail.noSignature"));
            return;
        }
        int years = funding.filter(ContractFunding.Outcome::computed)
                .map(o -> o.result().rules().schedule().years()).orElse(rules.schedule().years());
        for (int year = 1; year <= years; year++) {
            int k = year;
            LocalDate anniversary = signature.plusYears(k);
            if (anniversary.isAfter(today)) {
                break;
            }
            Optional<AnnualReview> review = s.review(k);
            boolean held = review.map(r -> r.date() != null).orElse(false);
            add(RequirementKind.FOLLOW_REVIEW, held, held ? Phrase.of("workflow.detail.heldOn",
                    FrenchFormat.date(review.get().date())) : Phrase.of("workflow.detail.dueOn",
                    FrenchFormat.date(anniversary)), k);
            long unmeasured = s.missions().chosen().stream()
                    .flatMap(m -> s.missions().indicatorsOf(m.mission()).stream())
                    .filter(i -> i.target(k) != null && i.measured(k) == null).count();
            add(RequirementKind.FOLLOW_MEASURES, unmeasured == 0, Phrase.of("workflow.detail.unmeasured", unmeasured), k);
        }
        crisisPlan(signature, years);
        paymentFile(RequirementKind.FOLLOW_PAYMENT_FILE);
        funding.filter(ContractFunding.Outcome::computed).ifPresent(o -> payments(o.result()));
        LocalDate end = signature.plusYears(years);
        add(RequirementKind.FOLLOW_CONTRACT_END, !end.isAfter(today), Phrase.of("workflow.detail.endsOn",
                FrenchFormat.date(end)), FrenchFormat.date(end));
    }

    /**
     * What should have been received by today: the payments due, except the balances and variable
     * parts of a year whose dialogue de gestion has not been held yet (paid after it).
     */
    private void payments(FundingResult result) {
        BigDecimal expected = result.payments().stream().filter(p -> !p.date().isAfter(today))
                .filter(p -> !awaitsReview(p)).map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal received = s.payments().stream().filter(p -> !p.date().isAfter(today))
                .map(PaymentReceived::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        add(RequirementKind.FOLLOW_PAYMENTS, received.compareTo(expected) >= 0, Phrase.of("workflow.detail.payments",
                FrenchFormat.amount(received), FrenchFormat.amount(expected), FrenchFormat.date(today)));
    }

    /** A year's balance or variable part is paid once that year's dialogue de gestion is held. */
    private boolean awaitsReview(Payment payment) {
        boolean afterReview = payment.kind() == PaymentKind.BALANCE || payment.kind() == PaymentKind.VARIABLE;
        return afterReview && payment.contractYear() >= 1
                && s.review(payment.contractYear()).map(r -> r.date() == null).orElse(true);
    }

    /** Missions starting after their deadline, and a funding that cannot be computed. */
    private void fundingChecks(RequirementKind late, RequirementKind problem) {
        if (funding.isEmpty()) {
            return;
        }
        ContractFunding.Outcome outcome = funding.get();
        if (!outcome.computed()) {
            add(problem, false, outcome.problem());
            return;
        }
        for (MissionDeadline deadline : outcome.result().deadlines()) {
            if (deadline.start() == null) {
                continue;
            }
            LocalDate start = Optional.ofNullable(s.missions().mission(deadline.mission()).startDate())
                    .orElse(outcome.result().signatureDate());
            Phrase detail = start.isAfter(today) ? Phrase.of("workflow.detail.startPlanned", FrenchFormat.date(start))
                    : Phrase.of("workflow.detail.started", FrenchFormat.date(start));
            add(late, !deadline.startLate(), detail, deadline.mission(), FrenchFormat.date(deadline.start()));
        }
        if (!outcome.result().complete()) {
            add(problem, false, Phrase.of("workflow.detail.toConfirm", outcome.result().missing().stream()
                    .map(ContractChecks::line).toList()));
        } else if (!outcome.result().finalCapable()) {
            add(problem, false, Phrase.of("workflow.detail.proposed", outcome.result().lines()
                    .filter(l -> !l.status().finalCapable()).map(l -> ContractChecks.line(l.key())).distinct().toList()));
        }
    }

    private void population(RequirementKind kind, long population) {
        add(kind, population >= SMALL_POPULATION, Phrase.of("workflow.detail.smallPopulation",
                FrenchFormat.integer(population), FrenchFormat.integer(SMALL_POPULATION)));
    }

    private static Phrase date(LocalDate date) {
        return date == null ? null : Phrase.of("workflow.detail.date", FrenchFormat.date(date));
    }

    private void add(RequirementKind kind, boolean met, Phrase detail, Object... arguments) {
        list.add(new Requirement(kind, List.of(arguments), met, detail));
    }
}
