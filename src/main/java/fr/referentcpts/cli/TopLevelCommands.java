package fr.referentcpts.cli;

import fr.referentcpts.cli.amendment.AmendmentCommand;
import fr.referentcpts.cli.amendment.AmendmentPrintCommand;
import fr.referentcpts.cli.annex.AnnexCommand;
import fr.referentcpts.cli.backup.BackupCommand;
import fr.referentcpts.cli.budget.BudgetCommand;
import fr.referentcpts.cli.budget.PortfolioCommand;
import fr.referentcpts.cli.casefile.CasesCommand;
import fr.referentcpts.cli.demo.DemoCommand;
import fr.referentcpts.cli.funding.FundingCommand;
import fr.referentcpts.cli.funding.RulesCommand;
import fr.referentcpts.cli.geo.CommunesCommand;
import fr.referentcpts.cli.security.SecurityCommand;
import fr.referentcpts.cli.server.ServerCommand;
import java.util.List;
import picocli.CommandLine;

/**
 * The top-level commands, by name, in the order the help lists them. picocli builds a command's
 * model by reflecting over its class and those of its sub-commands: a command line that runs
 * {@code cases list} builds the tree of {@code cases} only, the help and the errors all of them.
 * A name is the {@code @Command(name = …)} of its class (a test keeps them in step).
 */
final class TopLevelCommands {
    static final List<String> NAMES = List.of("cases", "demo", "backup", "security", "rules", "funding",
            "communes", "annex", "amendment", "portfolio", "server");

    private TopLevelCommands() {
    }

    /**
     * The command named {@code name} with its sub-commands, or null if there is none of that name;
     * for {@code cases}, only the sub-command {@code sub} when it names one of them (null: all).
     */
    static CommandLine build(String name, String sub, CliEnvironment env) {
        // A switch on the name, not a map of lambdas: each lambda would cost its class at start-up.
        return switch (name) {
            case "cases" -> cases(env, sub);
            case "demo" -> tree(new DemoCommand(env));
            case "backup" -> tree(new BackupCommand(env));
            case "security" -> tree(new SecurityCommand(env));
            case "rules" -> tree(new RulesCommand(env));
            case "funding" -> tree(new FundingCommand(env));
            case "communes" -> tree(new CommunesCommand(env));
            case "annex" -> tree(new AnnexCommand(env));
            case "amendment" -> tree(new AmendmentCommand(env), new AmendmentPrintCommand(env));
            case "portfolio" -> tree(new PortfolioCommand(env), new BudgetCommand(env));
            case "server" -> tree(new ServerCommand(env));
            default -> null;
        };
    }

    /**
     * The top-level command these arguments run: the first one that is not an option of the root
     * ({@code --data-dir DIR}, {@code --data-dir=DIR}, {@code --exit-after-startup}), if it is the
     * name of a command; null otherwise (no command, help, version, a typing error).
     */
    static String invoked(String[] args) {
        int at = invokedAt(args);
        return at < 0 ? null : args[at];
    }

    /** Where in {@code args} the top-level command is named; -1 when none is. */
    private static int invokedAt(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data-dir")) {
                i++;
            } else if (!arg.startsWith("--data-dir=") && !arg.equals("--exit-after-startup")) {
                return NAMES.contains(arg) ? i : -1;
            }
        }
        return -1;
    }

    /**
     * The sub-command these arguments name within their top-level command: the argument right
     * after it, unless that is an option; null otherwise.
     */
    static String invokedSubcommand(String[] args) {
        int at = invokedAt(args);
        return at >= 0 && at + 1 < args.length && !args[at + 1].startsWith("-") ? args[at + 1] : null;
    }

    /** {@code cases} with the sub-command {@code sub} only, if it is one of them; else with all of them. */
    private static CommandLine cases(CliEnvironment env, String sub) {
        CommandLine cases = new CommandLine(new CasesCommand(env));
        List<String> names = sub != null && CasesCommand.SUBCOMMANDS.contains(sub) ? List.of(sub)
                : CasesCommand.SUBCOMMANDS;
        for (String name : names) {
            cases.addSubcommand(new CommandLine(CasesCommand.subcommand(name, env)));
        }
        return cases;
    }

    /** A command with sub-commands of their own classes. */
    private static CommandLine tree(Object command, Object... children) {
        CommandLine tree = new CommandLine(command);
        for (Object child : children) {
            tree.addSubcommand(new CommandLine(child));
        }
        return tree;
    }
}
