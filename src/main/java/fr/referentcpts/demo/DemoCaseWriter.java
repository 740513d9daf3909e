package fr.referentcpts.demo;

import fr.referentcpts.core.CaseServices;
import static fr.referentcpts.demo.DemoVocabulary.pick;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.MissionKind;
import fr.referentcpts.core.funding.MissionRule;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.geo.Departement;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.IndicatorTemplate;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.core.workflow.StageFlow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes one generated case file, step by step and each step at its date: creation, territory,
 * team and partners, then along the workflow ({@link DemoWorkflowWriter}) each stage's form and
 * meetings before the decision that moves it on; from the projet de santé the missions and
 * actions, at the negotiation the indicators (with the values measured each contract year since
 * the signature), and in follow-up the annual reviews and payments.
 */
final class DemoCaseWriter {
    /** Running counts for the summary. */
    static final class Totals {
        int communes;
        int people;
        int missions;
        int actions;
        int indicators;
    }

    /** The stages whose case has a board and chose its missions. */
    static final Set<WorkflowStage> WITH_MISSIONS = EnumSet.of(WorkflowStage.HEALTH_PROJECT, WorkflowStage.SIGNATURE,
            WorkflowStage.FOLLOW_UP, WorkflowStage.TERMINATED, WorkflowStage.CLOSED);

    private static final List<String> ADVANCE_COMMENTS = List.of(
            "Équipe pluriprofessionnelle constituée ; lettre d’intention attendue.", "Validation du pré-projet.",
            "Projet de santé validé par l’ARS et l’Assurance Maladie.", "Contrat tripartite signé.");

    private final CaseServices s;
    private final DemoClock clock;
    private final RulesCatalog rules;
    private final List<IndicatorTemplate> catalog;
    private final Instant now;
    private final LocalDate today;
    private final SplittableRandom random;
    private final Totals totals;
    private final Function<String, Departement> departements;
    private final List<Person> members = new ArrayList<>();
    private final List<Mission> chosen = new ArrayList<>();
    private LocalDate created;
    private LocalDate signature;
    private LocalDate lastActivity;

    DemoCaseWriter(CaseServices services, DemoClock clock, RulesCatalog rules,
            List<IndicatorTemplate> catalog, Function<String, Departement> departements, Instant now,
            SplittableRandom random, Totals totals) {
        this.s = services;
        this.clock = clock;
        this.rules = rules;
        this.catalog = catalog;
        this.now = now;
        this.today = LocalDate.ofInstant(now, clock.getZone());
        this.random = random;
        this.totals = totals;
        this.departements = departements;
    }

    void write(WorkflowStage stage, List<TerritoryCommune> territory, Set<String> takenNames) {
        timeline(stage);
        TerritoryCommune main = territory.getFirst();
        // How far along the path (pré-projet … suivi) the case went; a project abandoned stopped early.
        int reach = switch (stage) {
            case ABANDONED -> random.nextInt(3);
            case TERMINATED, CLOSED -> StageFlow.PATH.indexOf(WorkflowStage.FOLLOW_UP);
            default -> StageFlow.PATH.indexOf(stage);
        };
        at(0);
        CaseFile caseFile = s.caseFiles().create(new CaseIdentity(name(main, takenNames), main.departement(),
                pick(random, DemoVocabulary.REFERENTS), notes(stage, territory)));
        UUID id = caseFile.id();
        if (reach > 0 || random.nextInt(3) > 0) {
            at(0.02);
            s.territories().add(id, territory);
            totals.communes += territory.size();
        }
        members.addAll(new DemoTeamWriter(s, random, totals, this::at).write(id, stage, reach, territory));
        DemoWorkflowWriter workflow = new DemoWorkflowWriter(s, random, this::on, id, today, caseFile.name(), main,
                departements.apply(main.departement()));
        walk(workflow, id, stage, reach, territory.stream().mapToLong(TerritoryCommune::population).sum());
        if (stage.isEndState() && random.nextInt(10) < 6) {
            at(1);
            CaseFile current = s.caseFiles().get(id);
            s.caseFiles().setArchived(id, current.version(), true);
        }
    }

    /**
     * Walks the case along the path up to {@code reach}, each stage's content written in its
     * period and each move decided on its date: at 15 %, 40 % and 80 % of the way to the
     * signature for a signed contract, evenly spread otherwise.
     */
    private void walk(DemoWorkflowWriter workflow, UUID id, WorkflowStage stage, int reach, long population) {
        List<LocalDate> into = new ArrayList<>();
        into.add(created);
        LocalDate workEnd = signature != null ? signature : lastActivity;
        long span = ChronoUnit.DAYS.between(created, workEnd);
        for (int i = 1; i <= reach; i++) {
            double fraction = signature != null ? List.of(0.15, 0.4, 0.8, 1.0).get(i - 1) : i / (reach + 1.0);
            into.add(created.plusDays(Math.round(span * fraction)));
        }
        RulesVersion version = rules.versionInForceAt(signature != null ? signature : today);
        for (int i = 0; i <= Math.min(reach, 3); i++) {
            boolean movesOn = i < reach;
            LocalDate from = into.get(i);
            LocalDate until = movesOn ? into.get(i + 1) : lastActivity;
            switch (StageFlow.PATH.get(i)) {
                case PRE_PROJECT -> workflow.preProject(from, until, movesOn, members);
                case LETTER_OF_INTENT -> workflow.letter(from, until, movesOn);
                case HEALTH_PROJECT -> {
                    if (WITH_MISSIONS.contains(stage)) {
                        missions(id, version, from, until);
                    }
                    workflow.healthProject(from, until, movesOn, members);
                }
                default -> {
                    chosen.forEach(mission -> indicators(id, mission, between(from, until)));
                    workflow.negotiation(from, until, signature, version, rules, population, Set.copyOf(chosen),
                            members);
                }
            }
            if (movesOn) {
                workflow.advance(StageFlow.PATH.get(i), until, ADVANCE_COMMENTS.get(i));
            }
        }
        if (signature != null) {
            workflow.followUp(signature, lastActivity, stage == WorkflowStage.FOLLOW_UP, members);
        }
        switch (stage) {
            case CLOSED -> workflow.advance(WorkflowStage.FOLLOW_UP, lastActivity, "Contrat arrivé à échéance.");
            case TERMINATED -> workflow.terminate(lastActivity);
            case ABANDONED -> workflow.abandon(StageFlow.PATH.get(reach), lastActivity);
            default -> {
            }
        }
    }

    /** When the case was opened, signed and last worked on, as its stage implies. */
    private void timeline(WorkflowStage stage) {
        signature = null;
        switch (stage) {
            case PRE_PROJECT -> created = daysAgo(10, 240);
            case LETTER_OF_INTENT -> created = daysAgo(90, 450);
            case HEALTH_PROJECT -> created = daysAgo(180, 720);
            case SIGNATURE -> created = daysAgo(300, 900);
            case FOLLOW_UP -> signature = daysAgo(60, 5 * 365 - 30);
            case TERMINATED -> signature = daysAgo(500, 2000);
            case CLOSED -> signature = daysAgo(5 * 365 + 30, 6 * 365);
            case ABANDONED -> created = daysAgo(180, 1500);
        }
        if (signature != null) {
            created = signature.minusDays(random.nextInt(300, 900));
        }
        // The workflow measures a case against the ACI in force: none before the first version.
        LocalDate firstRules = rules.versions().stream().map(RulesVersion::inForce).min(LocalDate::compareTo)
                .orElseThrow().plusDays(7);
        created = DemoWorkflowWriter.max(created, firstRules);
        lastActivity = switch (stage) {
            case ABANDONED -> DemoWorkflowWriter.min(created.plusDays(random.nextInt(60, 400)), today);
            // Ended some time ago: a year or more after signing, at least a month before today.
            case TERMINATED -> signature.plusDays(random.nextInt(365,
                    Math.max(366, (int) Math.min(ChronoUnit.DAYS.between(signature, today),
                            ChronoUnit.DAYS.between(signature, signature.plusYears(5))) - 30)));
            case CLOSED -> DemoWorkflowWriter.min(signature.plusYears(5).plusDays(random.nextInt(0, 60)), today.minusDays(1));
            default -> DemoWorkflowWriter.max(created, today.minusDays(random.nextInt(0, stage == WorkflowStage.FOLLOW_UP ? 120 : 45)));
        };
    }

    /** Moves the clock to a moment between creation (0) and the last activity (1), in office hours. */
    private LocalDate at(double fraction) {
        return on(created.plusDays(Math.round(ChronoUnit.DAYS.between(created, lastActivity) * fraction)));
    }

    /** Moves the clock to {@code day} in office hours (never after now). */
    private LocalDate on(LocalDate day) {
        LocalTime time = LocalTime.of(8 + random.nextInt(10), random.nextInt(60), random.nextInt(60));
        Instant instant = day.atTime(time).atZone(clock.getZone()).toInstant();
        clock.set(instant.isAfter(now) ? now : instant);
        return day;
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        return DemoWorkflowWriter.between(random, from, to, 0, 1);
    }

    private String name(TerritoryCommune main, Set<String> taken) {
        String place = main.name();
        List<String> patterns = List.of("CPTS " + DemoVocabulary.of(place),
                "CPTS du Pays " + DemoVocabulary.of(place), "CPTS " + place + " et environs",
                "CPTS du territoire " + DemoVocabulary.of(place));
        String name = pick(random, patterns);
        for (String suffix : List.of(" Nord", " Sud", " Est", " Ouest", " Centre")) {
            if (!taken.contains(name)) {
                break;
            }
            name = pick(random, patterns) + suffix;
        }
        for (int n = 2; taken.contains(name); n++) {
            name = pick(random, patterns) + " – secteur " + n;
        }
        taken.add(name);
        return name;
    }

    private static String notes(WorkflowStage stage, List<TerritoryCommune> territory) {
        long population = territory.stream().mapToLong(TerritoryCommune::population).sum();
        return "Dossier de démonstration généré : " + territory.size() + " communes, "
                + FrenchFormat.integer(population) + " habitants. " + switch (stage) {
                    case PRE_PROJECT -> "Premiers échanges avec des professionnels du territoire.";
                    case LETTER_OF_INTENT -> "Lettre d’intention en préparation avec l’équipe projet.";
                    case HEALTH_PROJECT -> "Projet de santé en cours de rédaction.";
                    case SIGNATURE -> "Négociation de l’ACI en cours.";
                    case FOLLOW_UP -> "Contrat signé, suivi annuel des indicateurs.";
                    case ABANDONED -> "Projet arrêté faute de professionnels mobilisés.";
                    case TERMINATED -> "Contrat résilié.";
                    case CLOSED -> "Contrat arrivé à son terme.";
                };
    }

    /** The missions of the health project and their actions, written between {@code from} and {@code until}. */
    private void missions(UUID id, RulesVersion version, LocalDate from, LocalDate until) {
        on(between(from, until));
        for (MissionRule rule : version.missions()) {
            if (rule.kind() == MissionKind.SOCLE || random.nextBoolean()) {
                chosen.add(rule.mission());
                LocalDate start = null;
                if (signature != null) {
                    start = rule.availableFrom() != null && rule.availableFrom().isAfter(signature)
                            ? rule.availableFrom() : signature;
                    if (rule.kind() == MissionKind.OPTIONAL && random.nextInt(3) == 0) {
                        start = start.plusYears(1);
                    }
                }
                s.missions().saveMission(id, new CaseMission(rule.mission(), true, start,
                        rule.mission() == Mission.ACCESS && random.nextInt(10) < 4), version);
                totals.missions++;
            }
        }
        for (Mission mission : chosen) {
            List<String> titles = new ArrayList<>(DemoVocabulary.ACTIONS.getOrDefault(mission, List.of()));
            int actions = Math.min(titles.size(), random.nextInt(1, 4));
            for (int i = 0; i < actions; i++) {
                on(between(from, until));
                String title = titles.remove(random.nextInt(titles.size()));
                s.missions().saveAction(new MissionAction(UUID.randomUUID(), id, mission, title, "",
                        pick(random, members).name(), pick(random, DemoVocabulary.PARTNERS) + ", "
                                + pick(random, DemoVocabulary.PARTNERS), pick(random, DemoVocabulary.CALENDARS)));
                totals.actions++;
            }
        }
    }

    /** Indicators with their targets, negotiated on {@code day}, and the values measured since the signature. */
    private void indicators(UUID id, Mission mission, LocalDate day) {
        List<IndicatorTemplate> templates = new ArrayList<>(catalog.stream().filter(t -> t.mission() == mission)
                .toList());
        int count = Math.min(templates.size(), random.nextInt(1, 4));
        int measuredYears = signature == null ? 0 : (int) Math.min(Indicator.YEARS,
                ChronoUnit.YEARS.between(signature, lastActivity));
        for (int i = 0; i < count; i++) {
            IndicatorTemplate template = templates.remove(random.nextInt(templates.size()));
            DemoIndicatorValues values = DemoIndicatorValues.of(template, random, measuredYears);
            on(day);
            s.missions().saveIndicator(new Indicator(UUID.randomUUID(), id, mission, template.label(),
                    template.kind(), template.unit(), values.baseline(), template.direction(), null,
                    values.targets(), values.measured()));
            totals.indicators++;
        }
    }

    private LocalDate daysAgo(int from, int to) {
        return today.minusDays(random.nextInt(from, to));
    }


}
