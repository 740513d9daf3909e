package fr.referentcpts.demo;

import static fr.referentcpts.demo.DemoVocabulary.pick;

import fr.referentcpts.core.CaseServices;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonKind;
import fr.referentcpts.core.people.Profession;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.core.territory.TerritoryCommune;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.DoubleFunction;

/** The team of a generated case: liberal professionals with their roles, then partners and a coordinator. */
final class DemoTeamWriter {
    private final CaseServices s;
    private final SplittableRandom random;
    private final DemoCaseWriter.Totals totals;
    private final DoubleFunction<LocalDate> at;

    /** @param at the day at a fraction of the case's timeline */
    DemoTeamWriter(CaseServices services, SplittableRandom random, DemoCaseWriter.Totals totals,
            DoubleFunction<LocalDate> at) {
        this.s = services;
        this.random = random;
        this.totals = totals;
        this.at = at;
    }

    /** The team of a case at {@code stage}: its members (then its partners, when it has a board). */
    List<Person> write(UUID id, WorkflowStage stage, int reach, List<TerritoryCommune> territory) {
        List<Person> members = new ArrayList<>();
        int count = switch (stage) {
            case PRE_PROJECT -> random.nextInt(1, 4);
            case LETTER_OF_INTENT -> random.nextInt(3, 7);
            case HEALTH_PROJECT -> random.nextInt(6, 15);
            case SIGNATURE -> random.nextInt(8, 17);
            case FOLLOW_UP -> random.nextInt(10, 25);
            case ABANDONED -> random.nextInt(reach > 0 ? 2 : 1, 6);
            case TERMINATED, CLOSED -> random.nextInt(8, 19);
        };
        boolean board = DemoCaseWriter.WITH_MISSIONS.contains(stage);
        for (int i = 0; i < count; i++) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            // A general practitioner carries the project with another profession: the team is pluriprofessional.
            Profession profession = i == 0 ? Profession.GENERAL_PRACTITIONER
                    : i == 1 ? pick(random, List.of(Profession.NURSE, Profession.PHARMACIST, Profession.PHYSIOTHERAPIST))
                    : DemoVocabulary.weighted(random, DemoVocabulary.PROFESSIONS);
            if (i == 0) {
                roles.add(Role.PROJECT_LEADER);
                roles.add(Role.CONTACT);
            } else if (i < 3 && stage != WorkflowStage.PRE_PROJECT) {
                roles.add(Role.PROJECT_LEADER);
            }
            if (board && i < 3) {
                roles.add(List.of(Role.PRESIDENT, Role.TREASURER, Role.SECRETARY).get(i));
            }
            String name = pick(random, DemoVocabulary.FIRST_NAMES) + " " + pick(random, DemoVocabulary.LAST_NAMES);
            String commune = pick(random, territory).name();
            members.add(save(new Person(UUID.randomUUID(), id, PersonKind.LIBERAL_PROFESSIONAL, profession, name,
                    "", commune, roles, DemoVocabulary.mailbox(name) + "@exemple.test", phone(), rpps(), "",
                    at.apply(0.05 + 0.5 * i / count), "")));
        }
        if (board) {
            partners(id, stage, territory, members);
        }
        return members;
    }

    private void partners(UUID id, WorkflowStage stage, List<TerritoryCommune> territory, List<Person> members) {
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
        if (stage != WorkflowStage.HEALTH_PROJECT) {
            String name = pick(random, DemoVocabulary.FIRST_NAMES) + " " + pick(random, DemoVocabulary.LAST_NAMES);
            members.add(save(new Person(UUID.randomUUID(), id, PersonKind.OTHER, null, name, "Association CPTS",
                    main, Set.of(Role.COORDINATOR), DemoVocabulary.mailbox(name) + "@exemple.test", phone(), "", "",
                    at.apply(0.5), "Coordinatrice ou coordinateur salarié de la CPTS.")));
        }
    }

    private Person other(UUID id, PersonKind kind, String organisation, Set<Role> roles, String finess) {
        return new Person(UUID.randomUUID(), id, kind, null, organisation, organisation, "", roles, "", phone(), "",
                finess, at.apply(0.3 + 0.3 * random.nextDouble()), "");
    }

    private Person save(Person person) {
        totals.people++;
        return s.people().save(person);
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
}
