package fr.referentcpts.core.sync;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.funding.RulesCodec;
import fr.referentcpts.core.funding.RulesService;
import fr.referentcpts.core.funding.RulesStore;
import fr.referentcpts.core.funding.RulesVersion;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules versions a referent confirmed or imported (the cellule's amounts of the avenant in
 * force), shared through the cellule's server like the case files: the server's versions this
 * laptop lacks are imported here with the same checks as a rules file, and this laptop's versions
 * the server lacks are sent. A version is never changed once known: one the server holds under the
 * same identifier with another content is refused and named, the two left as they are.
 */
public final class RulesSharing {
    private final RulesService local;
    private final RulesCodec codec;
    private final Clock clock;

    public RulesSharing(RulesService local, RulesCodec codec, Clock clock) {
        this.local = local;
        this.codec = codec;
        this.clock = clock;
    }

    /** What one sharing did: versions received, versions sent, versions refused (identifier and reason). */
    public record Shared(int received, int sent, List<String> refused) {
        public Shared {
            refused = List.copyOf(refused);
        }
    }

    /** Shares with the server's store, written in the server's transactions. */
    public Shared share(RulesStore server, Transactions serverTransactions) {
        List<byte[]> theirs = serverTransactions.inTransaction(server::all);
        Set<String> onServer = new HashSet<>();
        List<String> refused = new ArrayList<>();
        int received = 0;
        for (byte[] content : theirs) {
            RulesVersion version;
            try {
                version = codec.read(content, "serveur de la cellule");
            } catch (DomainException unreadable) {
                refused.add(unreadable.getMessage());
                continue;
            }
            onServer.add(version.id());
            boolean known = local.catalog().find(version.id()).isPresent();
            try {
                local.importFile(content, version.id());
                received += known ? 0 : 1;
            } catch (DomainException e) {
                refused.add(version.id());
            }
        }
        int sent = 0;
        for (byte[] content : local.stored()) {
            RulesVersion version = codec.read(content, "poste");
            if (onServer.add(version.id())) {
                serverTransactions.inTransaction(() -> server.add(version.id(), content, clock.instant()));
                sent++;
            }
        }
        return new Shared(received, sent, refused);
    }
}
