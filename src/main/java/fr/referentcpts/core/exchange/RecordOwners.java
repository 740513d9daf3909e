package fr.referentcpts.core.exchange;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Which case file owns the rows with given ids: an import must never write into a row of
 * another case, whatever ids the imported file carries.
 */
public interface RecordOwners {

    /** The kinds of rows a case bundle brings with an id of their own. */
    enum Kind {
        PERSON, ACTION, INDICATOR, DOCUMENT, HISTORY, MEETING, MEETING_ACTION, PAYMENT, ANNEX, CRISIS, AMENDMENT
    }

    /** For each of {@code ids} that exists in the database: the case owning it (absent ids are not in the map). */
    Map<UUID, UUID> owners(Kind kind, Collection<UUID> ids);
}
