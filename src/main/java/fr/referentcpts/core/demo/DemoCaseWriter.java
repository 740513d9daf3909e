package fr.referentcpts.core.demo;

import static fr.referentcpts.core.demo.DemoVocabulary.pick;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.casefile.Stage;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.MissionKind;
import fr.referentcpts.core.funding.MissionRule;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.IndicatorTemplate;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonKind;
import fr.referentcpts.core.people.Profession;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.core.territory.TerritoryCommune;
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

/**
 * Writes one generated case file, step by step and each step at its date: creation, territory,
 * team and partners, then from the projet de santé on the missions and actions, from the
 * signature on the indicators, and in follow-up the values measured each contract year.
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

    private static final Set<Stage> WITH_MISSIONS = EnumSet.of(Stage.HEALTH_PROJECT, Stage.SIGNATURE,
            Stage.FOLLOW_UP, Stage.TERMINATED, Stage.CLOSED);
    private static final Set<Stage> SIGNED = EnumSet.of(Stage.FOLLOW_UP, Stage.TERMINATED, Stage.CLOSED);

    private final DemoGenerator.Services s;
    private final DemoClock clock;
    private final RulesCatalog rules;
    private final List<IndicatorTemplate> catalog;
    private final Instant now;
    private final LocalDate today;
    private final SplittableRandom random;
    private final Totals totals;
    private final List<String> team = new ArrayList<>();
    private LocalDate created;
    private LocalDate signature;
    private LocalDate lastActivity;

    DemoCaseWriter(DemoGenerator.Services services, DemoClock clock, RulesCatalog rules,
            List<IndicatorTemplate> catalog, Instant now, SplittableRandom random, Totals totals) {
        this.s = services;
        this.clock = clock;
        this.rules = rules;
        this.catalog = catalog;
        this.now = now;
        this.today = LocalDate.ofInstant(now, clock.getZone());
        this.random = random;
        this.totals = totals;
    }

    void write(Stage stage, List<TerritoryCommune> territory, Set<String> takenNames) {
        timeline(stage);
        TerritoryCommune main = territory.getFirst();
        at(0);
        CaseFile caseFile = s.caseFiles().create(new CaseIdentity(name(main, takenNames), main.departement(),
                pick(random, DemoVocabulary.REFERENTS), notes(stage, territory)), stage);
        UUID id = caseFile.id();
        if (stage != Stage.PRE_PROJECT || random.nextInt(3) > 0) {
            at(0.1);
            s.territories().add(id, territory);
            totals.communes += territory.size();
        }
        people(id, stage, territory);
        if (WITH_MISSIONS.contains(stage)) {
            missions(id, stage);
        }
        if (stage.isEndState() && random.nextInt(10) < 6) {
            at(1);
            s.caseFiles().setArchived(id, caseFile.version(), true);
        }
    }

    /** When the case was opened, signed and last worked on, as its stage implies. */
    private void timeline(Stage stage) {
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
        lastActivity = switch (stage) {
            case ABANDONED -> min(created.plusDays(random.nextInt(60, 400)), today);
            // Ended some time ago: a year or more after signing, at least a month before today.
            case TERMINATED -> signature.plusDays(random.nextInt(365,
                    Math.max(366, (int) ChronoUnit.DAYS.between(signature, today) - 30)));
            case CLOSED -> min(signature.plusYears(5).plusDays(random.nextInt(0, 60)), today.minusDays(1));
            default -> max(created, today.minusDays(random.nextInt(0, stage == Stage.FOLLOW_UP ? 120 : 45)));
        };
    }

    /** Moves the clock to a moment between creation (0) and the last activity (1), in office hours. */
    private LocalDate at(double fraction) {
        long span = ChronoUnit.DAYS.between(created, lastActivity);
        LocalDate day = created.plusDays(Math.round(span * fraction));
        LocalTime time = LocalTime.of(8 + random.nextInt(10), random.nextInt(60), random.nextInt(60));
        Instant instant = day.atTime(time).atZone(clock.getZone()).toInstant();
        clock.set(instant.isAfter(now) ? now : instant);
        return day;
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

    private static String notes(Stage stage, List<TerritoryCommune> territory) {
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

    private void people(UUID id, Stage stage, List<TerritoryCommune> territory) {
        int members = switch (stage) {
            case PRE_PROJECT -> random.nextInt(1, 4);
            case LETTER_OF_INTENT -> random.nextInt(3, 7);
            case HEALTH_PROJECT -> random.nextInt(6, 15);
            case SIGNATURE -> random.nextInt(8, 17);
            case FOLLOW_UP -> random.nextInt(10, 25);
            case ABANDONED -> random.nextInt(1, 6);
            case TERMINATED, CLOSED -> random.nextInt(8, 19);
        };
        boolean board = WITH_MISSIONS.contains(stage);
        for (int i = 0; i < members; i++) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            Profession profession = i == 0 ? Profession.GENERAL_PRACTITIONER
                    : DemoVocabulary.weighted(random, DemoVocabulary.PROFESSIONS);
            if (i == 0) {
                roles.add(Role.PROJECT_LEADER);
                roles.add(Role.CONTACT);
            } else if (i < 3 && stage != Stage.PRE_PROJECT) {
                roles.add(Role.PROJECT_LEADER);
            }
            if (board && i < 3) {
                roles.add(List.of(Role.PRESIDENT, Role.TREASURER, Role.SECRETARY).get(i));
            }
            String name = pick(random, DemoVocabulary.FIRST_NAMES) + " " + pick(random, DemoVocabulary.LAST_NAMES);
            String commune = pick(random, territory).name();
            save(new Person(UUID.randomUUID(), id, PersonKind.LIBERAL_PROFESSIONAL, profession, name, "",
                    commune, roles, DemoVocabulary.mailbox(name) + "@exemple.test", phone(), rpps(), "",
                    at(0.1 + 0.5 * i / members), ""));
            team.add(name);
        }
        if (board) {
            partners(id, stage, territory);
        }
    }

    private void partners(UUID id, Stage stage, List<TerritoryCommune> territory) {
        String main = territory.getFirst().name();
        String departement = territory.getFirst().departement();
        save(other(id, PersonKind.MSP_ESP, "MSP " + DemoVocabulary.of(pick(random, territory).name()),
                Set.of(Role.PARTNER), finess(departement)));
        save(other(id, PersonKind.HEALTH_FACILITY, "Centre hospitalier " + DemoVocabulary.of(main),
                Set.of(Role.PARTNER), finess(departement)));
        if (random.nextBoolean()) {
            save(other(id, PersonKind.MEDICO_SOCIAL, "EHPAD " + pick(random, DemoVocabulary.EHPAD), Set.of(Role.PARTNER),
                    finess(departement)));
        }
        save(other(id, PersonKind.LOCAL_AUTHORITY, "Mairie " + DemoVocabulary.of(main), Set.of(Role.PARTNER), ""));
        if (stage != Stage.HEALTH_PROJECT) {
            String name = pick(random, DemoVocabulary.FIRST_NAMES) + " " + pick(random, DemoVocabulary.LAST_NAMES);
            save(new Person(UUID.randomUUID(), id, PersonKind.OTHER, null, name, "Association CPTS", main,
                    Set.of(Role.COORDINATOR), DemoVocabulary.mailbox(name) + "@exemple.test", phone(), "", "",
                    at(0.7), "Coordinatrice ou coordinateur salarié de la CPTS."));
        }
    }

    private Person other(UUID id, PersonKind kind, String organisation, Set<Role> roles, String finess) {
        return new Person(UUID.randomUUID(), id, kind, null, organisation, organisation, "", roles, "", phone(), "",
                finess, at(0.3 + 0.3 * random.nextDouble()), "");
    }

    private void save(Person person) {
        s.people().save(person);
        totals.people++;
    }

    private void missions(UUID id, Stage stage) {
        RulesVersion version = rules.versionInForceAt(signature != null ? signature : today);
        at(0.6);
        List<Mission> chosen = new ArrayList<>();
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
                at(0.65 + 0.1 * random.nextDouble());
                String title = titles.remove(random.nextInt(titles.size()));
                s.missions().saveAction(new MissionAction(UUID.randomUUID(), id, mission, title, "",
                        team.isEmpty() ? "" : pick(random, team), pick(random, DemoVocabulary.PARTNERS) + ", "
                                + pick(random, DemoVocabulary.PARTNERS), pick(random, DemoVocabulary.CALENDARS)));
                totals.actions++;
            }
        }
        if (stage != Stage.HEALTH_PROJECT) {
            chosen.forEach(mission -> indicators(id, mission));
        }
    }

    private void indicators(UUID id, Mission mission) {
        List<IndicatorTemplate> templates = new ArrayList<>(catalog.stream().filter(t -> t.mission() == mission)
                .toList());
        int count = Math.min(templates.size(), random.nextInt(1, 4));
        int measuredYears = signature == null ? 0 : (int) Math.min(Indicator.YEARS,
                ChronoUnit.YEARS.between(signature, lastActivity));
        for (int i = 0; i < count; i++) {
            IndicatorTemplate template = templates.remove(random.nextInt(templates.size()));
            DemoIndicatorValues values = DemoIndicatorValues.of(template, random, measuredYears);
            at(measuredYears > 0 ? 1 : 0.8);
            s.missions().saveIndicator(new Indicator(UUID.randomUUID(), id, mission, template.label(),
                    template.kind(), template.unit(), values.baseline(), template.direction(), null,
                    values.targets(), values.measured()));
            totals.indicators++;
        }
    }

    private LocalDate daysAgo(int from, int to) {
        return today.minusDays(random.nextInt(from, to));
    }

    /** A number of the range ARCEP keeps for fiction (01 99 00 xx xx). */
    private String phone() {
        return String.format("01 99 00 %02d %02d", random.nextInt(100), random.nextInt(100));
    }

    /** Eleven digits, as an RPPS number is written (not a real one). */
    private String rpps() {
        return "10" + String.format("%09d", random.nextInt(1_000_000_000));
    }

    private String finess(String departement) {
        return departement.substring(0, 2) + String.format("%07d", random.nextInt(10_000_000));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
