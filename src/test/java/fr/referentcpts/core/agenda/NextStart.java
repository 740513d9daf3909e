package fr.referentcpts.core.agenda;

import fr.referentcpts.AppContext;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A start of the application in a process of its own (as a referent's next start is), on the
 * test clock: prints how many case files' home figures it had to compute ({@link KeptFiguresTest}).
 */
public final class NextStart {
    private NextStart() {
    }

    public static void main(String[] args) {
        List<UUID> computed = new ArrayList<>();
        try (AppContext context = TestData.open(Path.of(args[0]))) {
            AgendaService agenda = context.agenda().withStore(real -> new FiguresStore() {
                @Override
                public Usable usable(String basis, java.time.LocalDate day) {
                    return real.usable(basis, day);
                }

                @Override
                public java.util.Map<UUID, Long> marks(Collection<UUID> caseIds) {
                    return real.marks(caseIds);
                }

                @Override
                public void keep(Collection<Kept> figures) {
                    figures.forEach(k -> computed.add(k.caseId()));
                    real.keep(figures);
                }
            });
            PortfolioOverview home = new LiveOverview(agenda).overview();
            System.out.println("home " + home.deadlines().size() + " deadlines, computed " + computed.size());
        }
    }
}
