package fr.referentcpts.core.sync;

import fr.referentcpts.core.exchange.CaseBundle;

/** Port: a whole case, documents' bytes included, as bytes kept in the laptop's database. */
public interface BundleCodec {
    byte[] write(CaseBundle bundle);

    /** The bundle {@link #write} wrote, its documents' bytes in memory. */
    CaseBundle read(byte[] bytes);

    /**
     * The bundle as a {@code .cpts} file carries it from one database to another: the same content,
     * without the optimistic-locking counters of the database it was read from (the receiving one
     * starts its own), its documents' bytes in memory.
     */
    default CaseBundle portable(CaseBundle bundle) {
        return read(write(bundle));
    }
}
