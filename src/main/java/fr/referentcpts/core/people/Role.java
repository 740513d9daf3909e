package fr.referentcpts.core.people;

import fr.referentcpts.core.common.Keyed;
import java.util.Locale;

/** A person's roles in the project: project team, board, coordination, partnership. */
public enum Role implements Keyed {
    PROJECT_LEADER,
    CONTACT,
    PRESIDENT,
    TREASURER,
    SECRETARY,
    COORDINATOR,
    PARTNER;

    @Override
    public String messageKey() {
        return "person.role." + name().toLowerCase(Locale.ROOT);
    }
}
