package fr.referentcpts.core.agenda;

import fr.referentcpts.AppContext;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;

/**
 * A start of the application in a process of its own (as a referent's next start is), on the
 * test clock: prints how many case files' home figures it had to compute ({@link KeptFiguresTest}).
 */
public final class NextStart {
    private NextStart() {
    }

    public static void main(String[] args) {
        CountingStore store = new CountingStore();
        try (AppContext context = TestData.open(Path.of(args[0]))) {
            AgendaService agenda = CountingStore.of(context.agenda(), store);
            PortfolioOverview home = new LiveOverview(agenda).overview();
            System.out.println("home " + home.deadlines().size() + " deadlines, computed " + store.computed.size());
        }
    }
}
