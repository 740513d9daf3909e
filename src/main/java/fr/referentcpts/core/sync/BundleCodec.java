package fr.referentcpts.core.sync;

import fr.referentcpts.core.exchange.CaseBundle;

/** Port: a whole case, documents' bytes included, as bytes kept in the laptop's database. */
public interface BundleCodec {
    byte[] write(CaseBundle bundle);

    /** The bundle {@link #write} wrote, its documents' bytes in memory. */
    CaseBundle read(byte[] bytes);
}
