package fr.referentcpts.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that only groups sub-commands (« cases », « demo »…): alone, it lists them as an error. */
public abstract class GroupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    protected final CliEnvironment env;

    protected GroupCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        env.err().println(env.messages().get("cli.error.subcommandRequired", spec.qualifiedName()));
        spec.commandLine().usage(env.err());
        return Cli.EXIT_ERROR;
    }
}
