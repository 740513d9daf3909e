package fr.referentcpts.core.people;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts per profession and per kind: the pluriprofessional mix of a project team. */
public record TeamComposition(Map<Profession, Long> byProfession, Map<PersonKind, Long> byKind, long professionals) {

    public static TeamComposition of(List<Person> people) {
        Map<Profession, Long> professions = new EnumMap<>(Profession.class);
        Map<PersonKind, Long> kinds = new EnumMap<>(PersonKind.class);
        long professionals = 0;
        for (Person p : people) {
            kinds.merge(p.kind(), 1L, Long::sum);
            if (p.isProfessional()) {
                professions.merge(p.profession(), 1L, Long::sum);
                professionals++;
            }
        }
        return new TeamComposition(Map.copyOf(professions), Map.copyOf(kinds), professionals);
    }

    /** Number of different professions among the professionals. */
    public int professionCount() {
        return byProfession.size();
    }
}
