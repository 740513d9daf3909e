package fr.referentcpts.core.workflow;

import java.time.LocalDate;

/**
 * What the pré-projet stage records: the first contact of the team with the ARS and/or the
 * CPAM, and the problems and stakes identified. {@code version} 0: never saved.
 */
public record PreProject(LocalDate firstContact, ContactParty contactedParty, String problems, int version) {
    public static final PreProject EMPTY = new PreProject(null, null, "", 0);

    public PreProject {
        problems = problems == null ? "" : problems.strip();
    }
}
