package fr.referentcpts.core.workflow;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.followup.FirstPaymentFile;
import fr.referentcpts.core.funding.MissionDeadline;
import fr.referentcpts.core.funding.MissionKind;
import fr.referentcpts.core.funding.MissionRule;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What each stage asks for, computed from a case's data (« ask only what is missing »). Pure:
 * the rules version, the funding and now are given. What waits for a later date (a meeting
 * planned, a signature planned, the contract's end) is not yet due, never missing.
 */
public final class Requirements {
    /** Below this population the referent is warned, nothing is blocked: the ACI sets no minimum population. */
    public static final long SMALL_POPULATION = 20_000;
    static final int MIN_PROFESSIONALS = 2;
    static final int MIN_PROFESSIONS = 2;

    final CaseSnapshot s;
    private final RulesCatalog catalog;
    final RulesVersion rules;
    final Optional<ContractFunding.Outcome> funding;
    final LocalDate today;
    private final LocalDateTime now;
    private final List<Requirement> list = new ArrayList<>();

    private Requirements(CaseSnapshot snapshot, RulesCatalog catalog, Optional<ContractFunding.Outcome> funding,
            LocalDateTime now) {
        this.s = snapshot;
        this.catalog = catalog;
        this.today = now.toLocalDate();
        this.now = now;
        this.rules = ContractFunding.rules(snapshot, catalog, today);
        this.funding = funding;
    }

    /**
     * The requirements of {@code stage} for this case; none for the end states.
     *
     * @param catalog the rules versions known; the case's is {@link ContractFunding#rules}
     * @param funding the contract's funding when its signature date is known
     * @param now     the clock's date and time: a meeting is held once its day and time have come
     */
    public static List<Requirement> of(WorkflowStage stage, CaseSnapshot snapshot, RulesCatalog catalog,
            Optional<ContractFunding.Outcome> funding, LocalDateTime now) {
        Requirements r = new Requirements(snapshot, catalog, funding, now);
        switch (stage) {
            case PRE_PROJECT -> r.preProject();
            case LETTER_OF_INTENT -> r.letterOfIntent();
            case HEALTH_PROJECT -> r.healthProject();
            case SIGNATURE -> r.signature();
            case FOLLOW_UP -> new FollowUpRequirements(r).add();
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
        meeting(RequirementKind.PRE_INFO_MEETING, MeetingKind.INFORMATION);
    }

    /** Met by a meeting of that kind held by now; one only planned (later today, or later) is not due yet. */
    private void meeting(RequirementKind kind, MeetingKind type) {
        List<Meeting> ofType = s.meetings().stream().filter(m -> m.kind() == type && m.date() != null).toList();
        List<Meeting> held = ofType.stream().filter(m -> m.heldBy(now)).toList();
        Optional<Meeting> planned = ofType.stream().filter(m -> !m.heldBy(now)).min(Comparator.comparing(Meeting::date)
                .thenComparing(Meeting::time, Comparator.nullsFirst(Comparator.naturalOrder())));
        if (held.isEmpty() && planned.isPresent()) {
            Meeting next = planned.get();
            pending(kind, next.date(), next.time() == null ? Phrase.of("consist.detail.meetingPlanned",
                    FrenchFormat.date(next.date())) : Phrase.of("consist.detail.meetingPlannedAt",
                    FrenchFormat.date(next.date()), next.time().toString()));
            return;
        }
        add(kind, !held.isEmpty(), held.isEmpty() ? null : Phrase.of("workflow.detail.meetings", held.size(),
                FrenchFormat.date(held.stream().map(Meeting::date).max(LocalDate::compareTo).orElseThrow())));
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
        meeting(RequirementKind.SIGN_MEETING, MeetingKind.NEGOTIATION);
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
        if (date != null && date.isAfter(today)) {
            pending(RequirementKind.SIGN_DATE, date, Phrase.of("workflow.detail.plannedOn", FrenchFormat.date(date)));
        } else {
            add(RequirementKind.SIGN_DATE, date != null && !negotiation.signaturePlace().isEmpty(), date == null ? null
                    : Phrase.of("workflow.detail.signedOn", FrenchFormat.date(date), negotiation.signaturePlace()));
        }
        fundingChecks(RequirementKind.SIGN_START_LATE, RequirementKind.SIGN_FUNDING);
        paymentFile(RequirementKind.SIGN_PAYMENT_FILE);
    }

    /** The first payment needs the statutes, the RIB, the SIRET (and the FINESS number where there is one). */
    void paymentFile(RequirementKind kind) {
        FirstPaymentFile file = s.contract().paymentFile();
        List<Phrase> missing = ContractChecks.paymentFileMissing(s);
        add(kind, missing.isEmpty(), missing.isEmpty() ? Phrase.of("workflow.detail.fileComplete",
                FrenchFormat.date(file.ribReceived()), file.siret()) : Phrase.of("workflow.detail.fileMissing", missing));
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

    /** Missions starting after their deadline, and a funding that cannot be computed. */
    void fundingChecks(RequirementKind late, RequirementKind problem) {
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
            LocalDate start = s.missions().mission(deadline.mission()).startOn(outcome.result().signatureDate());
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

    void add(RequirementKind kind, boolean met, Phrase detail, Object... arguments) {
        list.add(new Requirement(kind, List.of(arguments), met, detail));
    }

    /** Not met, not due before {@code due}. */
    void pending(RequirementKind kind, LocalDate due, Phrase detail, Object... arguments) {
        list.add(new Requirement(kind, List.of(arguments), false, detail, due));
    }
}
