package fr.referentcpts.cli.casefile;

import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.GroupCommand;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code cases}: the group of the case-file commands, each of its own class. picocli reads a
 * sub-command written as an annotated method about five times as slowly as one written as a
 * class (80 ms instead of 15 for the four of them, cold, measured in the packaged application),
 * and a class can be built alone: {@code cases list} builds {@code list} only.
 */
@Command(name = "cases", description = "Dossiers CPTS : lister, créer, suivre le parcours, échéances.",
        synopsisSubcommandLabel = "COMMANDE")
public final class CasesCommand extends GroupCommand {
    /** The sub-commands, in the order the help lists them. */
    public static final List<String> SUBCOMMANDS = List.of("list", "new", "export", "import", "show", "advance",
            "agenda");

    public CasesCommand(CliEnvironment env) {
        super(env);
    }

    /** The sub-command named {@code name} (one of {@link #SUBCOMMANDS}). */
    public static Object subcommand(String name, CliEnvironment env) {
        return switch (name) {
            case "list" -> new CaseListCommand(env);
            case "new" -> new CaseNewCommand(env);
            case "export" -> new CaseExportCommand(env);
            case "import" -> new CaseImportCommand(env);
            case "show" -> new CaseShowCommand(env);
            case "advance" -> new CaseAdvanceCommand(env);
            case "agenda" -> new AgendaCommand(env);
            default -> throw new IllegalArgumentException(name);
        };
    }
}
