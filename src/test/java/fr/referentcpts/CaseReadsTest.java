package fr.referentcpts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.common.NotFoundException;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.ExchangeService;
import fr.referentcpts.testing.RichCases;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many cases read together, each table once for a batch of them ({@link ExchangeService#bundles}, what
 * an export and a synchronisation read), are the cases read one by one: the same content, every list
 * in the same order — over more cases than one batch, generated whole workflows and cases holding
 * every part (documents, annexes, forms, history, meetings, the contract's records).
 */
class CaseReadsTest {
    @TempDir
    Path dataDir;
    private AppContext context;
    private List<UUID> ids;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        context.demoGenerator().generate(60, 7, done -> { });
        List<UUID> rich = RichCases.importCopies(context, 3);
        ids = new ArrayList<>(context.caseFiles().list().stream().map(CaseFile::id).toList());
        assertTrue(ids.containsAll(rich));
        Collections.shuffle(ids, new Random(11)); // the rich cases spread over the batches
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void casesReadTogetherAreTheCasesReadOneByOne() {
        ExchangeService exchange = context.exchange();
        List<CaseBundle> together = exchange.bundles(ids);

        assertEquals(ids, together.stream().map(b -> b.caseFile().id()).toList());
        assertEquals(ids.stream().map(exchange::bundle).map(RichCases::content).toList(),
                together.stream().map(RichCases::content).toList());
        Map<String, Function<CaseBundle, List<?>>> several = Map.of("communes", CaseBundle::territory,
                "people", CaseBundle::people, "documents", CaseBundle::documents, "annexes", CaseBundle::annexes,
                "history entries", b -> b.workflow().history(), "meetings", b -> b.workflow().meetings(),
                "actions", b -> b.missions().actions(), "payments", b -> b.workflow().payments(),
                "crises", b -> b.workflow().crises(), "reviews", b -> b.workflow().reviews());
        several.forEach((what, part) -> assertTrue(together.stream().anyMatch(b -> part.apply(b).size() > 1),
                "some case holds several " + what));
        assertTrue(together.stream().anyMatch(b -> !b.workflow().amendments().isEmpty()
                && !b.workflow().crisisPlan().isEmpty() && !b.workflow().enteredAmounts().isEmpty()
                && !b.missions().overrides().isEmpty() && b.workflow().paymentFile() != null));
        assertTrue(together.stream().anyMatch(b -> b.workflow().healthProject() != null));
    }

    @Test
    void aCaseTheDatabaseNoLongerHoldsIsRefusedOrLeftOut() {
        List<UUID> asked = new ArrayList<>(ids);
        UUID gone = UUID.randomUUID();
        asked.add(57, gone);

        assertThrows(NotFoundException.class, () -> context.exchange().bundles(asked));
        assertEquals(ids, context.exchange().bundlesHeld(asked).stream().map(b -> b.caseFile().id()).toList());
    }
}
