package fr.referentcpts.core.funding;

import java.time.Instant;
import java.util.List;

/** Port: the rules versions a cellule confirmed or a referent imported, kept as rules files, in the order added. */
public interface RulesStore {
    List<byte[]> all();

    void add(String id, byte[] content, Instant addedAt);
}
