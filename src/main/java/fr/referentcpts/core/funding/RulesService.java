package fr.referentcpts.core.funding;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.NotFoundException;
import fr.referentcpts.core.common.Transactions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rules versions the application knows, as they grow: the versions of the texts shipped
 * with it, then those the cellule confirmed or a referent imported (kept in the database, never
 * changed). One referent confirms a version, exports it as a rules file, and the cellule imports
 * it: every laptop then computes the same amounts.
 */
public final class RulesService {
    private final AtomicReference<RulesCatalog> catalog;
    private final RulesStore store;
    private final RulesCodec codec;
    private final Transactions transactions;
    private final Clock clock;
    private List<DomainException> skipped = List.of();

    /**
     * @param known the shipped versions (and any kept elsewhere); the stored ones are added to them
     */
    public RulesService(RulesCatalog known, RulesStore store, RulesCodec codec, Transactions transactions,
            Clock clock) {
        this.store = store;
        this.codec = codec;
        this.transactions = transactions;
        this.clock = clock;
        this.catalog = new AtomicReference<>(withStored(known));
    }

    /** Every version known now. */
    public RulesCatalog catalog() {
        return catalog.get();
    }

    /** A cellule's confirmation, checked, kept, and from now on the default of the version it completes. */
    public RulesVersion confirm(RulesConfirmationRequest request) {
        RulesVersion confirmed = RulesConfirmations.confirm(catalog(), request, LocalDate.now(clock));
        add(confirmed);
        return confirmed;
    }

    /**
     * Imports a rules file: validated strictly; a version already known with the same content
     * changes nothing; another content under a known id is refused; a confirmation of an unknown
     * version is refused.
     */
    public RulesVersion importFile(byte[] content, String name) {
        RulesVersion version = codec.read(content, name);
        if (catalog().find(version.id()).filter(version::equals).isPresent()) {
            return version;
        }
        if (version.confirmedByCellule() && catalog().find(version.confirmation().completes()).isEmpty()) {
            throw new DomainException("rules.import.error.completesUnknown", name, version.confirmation().completes());
        }
        add(version);
        return version;
    }

    /** The rules files confirmed or imported on this computer, in the order added (the shipped versions aside). */
    public List<byte[]> stored() {
        return transactions.inTransaction(store::all);
    }

    /** The rules file of version {@code id}, for the cellule to import. */
    public byte[] export(String id) {
        RulesVersion version = catalog().find(id).orElseThrow(() -> new NotFoundException(id));
        return codec.write(version);
    }

    private synchronized void add(RulesVersion version) {
        RulesCatalog next = catalog().with(version);
        transactions.inTransaction(() -> store.add(version.id(), codec.write(version), clock.instant()));
        catalog.set(next);
    }

    /** {@code known} plus the stored versions; a stored file that no longer reads is skipped. */
    private RulesCatalog withStored(RulesCatalog known) {
        List<byte[]> stored = transactions.inTransaction(store::all);
        RulesCatalog result = known;
        List<DomainException> skipped = new ArrayList<>();
        for (byte[] content : stored) {
            try {
                result = result.with(codec.read(content, "base de données"));
            } catch (DomainException e) {
                skipped.add(e);
            }
        }
        this.skipped = List.copyOf(skipped);
        return result;
    }

    /** The stored versions that could not be read at start (to be logged by the caller). */
    public List<DomainException> skipped() {
        return skipped;
    }
}
