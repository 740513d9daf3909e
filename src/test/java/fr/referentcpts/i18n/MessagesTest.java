package fr.referentcpts.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/** The texts are the same whether read at their first use or ahead, on another thread, while a start goes on. */
class MessagesTest {
    @Test
    void textsReadAheadAreThoseReadAtTheirFirstUse() throws InterruptedException {
        String atFirstUse = new Messages().get("cli.security.prompt");
        Messages.readAhead();
        Messages.readAhead(); // a second reading ahead changes nothing
        var seen = new ConcurrentLinkedQueue<String>();
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            readers.add(Thread.ofPlatform().start(() -> seen.add(new Messages().get("cli.security.prompt"))));
        }
        for (Thread reader : readers) {
            reader.join();
        }

        assertEquals("Phrase de passe du dossier de données : ", atFirstUse);
        assertEquals(List.of(atFirstUse, atFirstUse, atFirstUse, atFirstUse), List.copyOf(seen));
    }
}
