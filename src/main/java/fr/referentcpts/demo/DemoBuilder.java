package fr.referentcpts.demo;

import fr.referentcpts.core.CaseServices;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.MissionRule;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingKind;
import fr.referentcpts.core.meetings.NextAction;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.IndicatorKind;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonKind;
import fr.referentcpts.core.people.Profession;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.core.workflow.DecidedBy;
import fr.referentcpts.core.workflow.Decision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Fills one demonstration case file through the services, as a referent would. */
final class DemoBuilder {
    final CaseServices s;
    final LocalDate today;
    final CaseFile caseFile;
    final UUID id;

    DemoBuilder(CaseServices services, LocalDate today, CaseFile caseFile) {
        this.s = services;
        this.today = today;
        this.caseFile = caseFile;
        this.id = caseFile.id();
    }

    /** {@code months} months and {@code days} days before today (negative: after). */
    LocalDate ago(int months, int days) {
        return today.minusMonths(months).minusDays(days);
    }

    Person professional(String name, Profession profession, String organisation, String commune, Role... roles) {
        return save(new Person(UUID.randomUUID(), id, PersonKind.LIBERAL_PROFESSIONAL, profession, name, organisation,
                commune, Set.of(roles), email(name), "", "", "", null, ""));
    }

    Person other(String name, PersonKind kind, String organisation, String commune, Role... roles) {
        return save(new Person(UUID.randomUUID(), id, kind, null, name, organisation, commune, Set.of(roles),
                kind == PersonKind.OTHER ? email(name) : "", "", "", "", null, ""));
    }

    void territory(List<TerritoryCommune> communes) {
        s.territories().add(id, communes);
    }

    Meeting meeting(LocalDate date, MeetingKind kind, String place, String agenda, String decisions,
            List<Person> participants, String others, NextAction... actions) {
        return s.meetings().save(new Meeting(UUID.randomUUID(), id, date, null, place, kind,
                participants.stream().map(Person::id).toList(), others, agenda, decisions, Arrays.asList(actions), 0));
    }

    static NextAction action(String text, String owner, LocalDate due, boolean done) {
        return new NextAction(UUID.randomUUID(), text, owner, due, done);
    }

    /** The rules version a contract signed on {@code date} follows. */
    RulesVersion rulesAt(LocalDate date) {
        return s.workflow().engine().catalog().versionInForceAt(date);
    }

    /** Chooses a mission (start null: at signature, or when the mission became available) with its actions. */
    void mission(RulesVersion rules, Mission mission, LocalDate start, boolean snp, String... actions) {
        LocalDate from = rules.mission(mission).map(MissionRule::availableFrom).orElse(null);
        LocalDate effective = start != null && from != null && start.isBefore(from) ? from : start;
        s.missions().saveMission(id, new CaseMission(mission, true, effective, snp), rules);
        for (String title : actions) {
            s.missions().saveAction(new MissionAction(UUID.randomUUID(), id, mission, title, "", "", "", ""));
        }
    }

    /** An indicator with its targets for years 1.. and the values measured so far (year 1..). */
    void indicator(Mission mission, String label, IndicatorKind kind, Direction direction, String unit,
            int[] targets, int... measured) {
        Map<Integer, BigDecimal> byYear = new HashMap<>();
        for (int i = 0; i < targets.length; i++) {
            byYear.put(i + 1, BigDecimal.valueOf(targets[i]));
        }
        Map<Integer, BigDecimal> values = new HashMap<>();
        for (int i = 0; i < measured.length; i++) {
            values.put(i + 1, BigDecimal.valueOf(measured[i]));
        }
        s.missions().saveIndicator(new Indicator(UUID.randomUUID(), id, mission, label, kind, unit, null, direction,
                BigDecimal.ONE, byYear, values));
    }

    /** The contract's own amounts where the barème gives none, with the reason a referent would write. */
    void entered(Map<LineKey, BigDecimal> amounts) {
        s.forms().saveContractAmounts(id, DemoVocabulary.contractAmounts(amounts));
    }

    void advance(WorkflowStage from, LocalDate date, DecidedBy by, String comment) {
        s.workflow().advance(id, from, new Decision(date, by, comment));
    }

    private Person save(Person person) {
        return s.people().save(person);
    }

    /** « Dr Claire Martin » → « claire.martin@exemple.fr » (fictitious addresses). */
    private static String email(String name) {
        String plain = java.text.Normalizer.normalize(name.replace("Dr ", ""), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".");
        return plain.replaceAll("^\\.|\\.$", "") + "@exemple.fr";
    }
}
