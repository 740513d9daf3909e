package fr.referentcpts.cli.casefile;

import fr.referentcpts.AppContext;
import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.DataDirOption;
import fr.referentcpts.core.agenda.Deadline;
import fr.referentcpts.core.common.FrenchFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cases agenda [--ics FICHIER]}: the deadlines of every case file not archived. */
@Command(name = "agenda", description = "Liste les échéances de tous les dossiers (en retard, puis à venir), "
        + "ou les exporte au format iCalendar (.ics) pour l’agenda.")
public final class AgendaCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir;

    @Option(names = "--ics", paramLabel = "FICHIER", description = "Écrit les échéances dans ce fichier .ics.")
    Path ics;

    private final CliEnvironment env;

    public AgendaCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try (AppContext context = env.openForReading(dataDir)) {
            List<Deadline> deadlines = context.agenda().overview().deadlines();
            LocalDate today = context.agenda().today();
            if (ics != null) {
                int count = context.calendarExport().export(ics);
                env.out().println(env.messages().get("workflow.cli.agenda.exported", count, ics.toString()));
            } else {
                List<Deadline> pending = deadlines.stream().filter(d -> d.pending(today)).toList();
                if (pending.isEmpty()) {
                    env.out().println(env.messages().get("workflow.cli.agenda.none"));
                }
                for (Deadline d : pending) {
                    env.out().println(FrenchFormat.date(d.date()) + "  " + d.caseName() + " – "
                            + env.messages().get(d.title())
                            + (d.overdue(today) ? " – " + env.messages().get("workflow.cli.show.overdue") : ""));
                }
            }
            env.out().flush();
        }
        return 0;
    }
}
