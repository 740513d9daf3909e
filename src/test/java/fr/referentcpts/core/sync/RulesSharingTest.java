package fr.referentcpts.core.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.funding.RulesStore;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.io.funding.JsonRulesCodec;
import fr.referentcpts.testing.ConfirmedRules;
import fr.referentcpts.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cellule's confirmed amounts reach every laptop through the server, and a version is never changed. */
class RulesSharingTest {
    @TempDir
    Path alice;
    @TempDir
    Path bruno;
    private final ServerStore server = new ServerStore();
    private final Transactions direct = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

    @Test
    void aVersionConfirmedOnOneLaptopReachesTheOtherThroughTheServer() {
        try (AppContext a = TestData.open(alice); AppContext b = TestData.open(bruno)) {
            RulesVersion confirmed = a.rulesService().confirm(ConfirmedRules.cpam14());

            assertEquals(new RulesSharing.Shared(0, 1, List.of()), sharing(a).share(server, direct));
            assertEquals(new RulesSharing.Shared(1, 0, List.of()), sharing(b).share(server, direct));

            assertEquals(confirmed, b.rulesService().catalog().find(confirmed.id()).orElseThrow());
            assertEquals(new RulesSharing.Shared(0, 0, List.of()), sharing(a).share(server, direct));
            assertEquals(new RulesSharing.Shared(0, 0, List.of()), sharing(b).share(server, direct));
            assertEquals(1, server.files.size());
        }
        try (AppContext b = TestData.open(bruno)) {
            assertTrue(b.rulesService().catalog().find(ConfirmedRules.cpam14().id()).isPresent(), "kept on the laptop");
        }
    }

    @Test
    void anotherContentUnderAKnownIdentifierIsRefusedAndNothingChanges() {
        try (AppContext a = TestData.open(alice); AppContext b = TestData.open(bruno)) {
            RulesVersion confirmed = a.rulesService().confirm(ConfirmedRules.cpam14());
            b.rulesService().confirm(ConfirmedRules.cpam14());
            String text = new String(a.rulesService().export(confirmed.id()), StandardCharsets.UTF_8);
            String altered = text.replace(confirmed.label(), confirmed.label() + " (autre)");
            server.add(confirmed.id(), altered.getBytes(StandardCharsets.UTF_8), Instant.EPOCH);

            RulesSharing.Shared shared = sharing(b).share(server, direct);

            assertEquals(List.of(confirmed.id()), shared.refused());
            assertEquals(0, shared.sent(), "the server's version stays as it is");
            assertEquals(confirmed.label(), b.rulesService().catalog().find(confirmed.id()).orElseThrow().label());
        }
    }

    private static RulesSharing sharing(AppContext laptop) {
        return new RulesSharing(laptop.rulesService(), new JsonRulesCodec(), TestData.CLOCK);
    }

    /** The server's table of rules versions. */
    private static final class ServerStore implements RulesStore {
        final List<byte[]> files = new ArrayList<>();

        @Override
        public List<byte[]> all() {
            return List.copyOf(files);
        }

        @Override
        public void add(String id, byte[] content, Instant addedAt) {
            files.add(content);
        }
    }
}
