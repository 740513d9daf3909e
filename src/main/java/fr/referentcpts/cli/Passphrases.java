package fr.referentcpts.cli;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.i18n.Messages;
import java.io.Console;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The passphrase of an encrypted data folder on the command line: the environment variable
 * {@value #VARIABLE} (scripts), else asked on the terminal without echo. Asked only when the
 * folder is encrypted.
 */
public final class Passphrases {
    public static final String VARIABLE = "REFERENT_CPTS_PASSPHRASE";
    /** The passphrase of an encrypted {@code .cpts} file (export and import). */
    public static final String EXPORT_VARIABLE = "REFERENT_CPTS_EXPORT_PASSPHRASE";

    private Passphrases() {
    }

    public static Supplier<char[]> fromEnvironmentOrConsole(Map<String, String> environment, Messages messages) {
        return ask(environment, VARIABLE, messages, "cli.security.prompt");
    }

    public static Supplier<char[]> forExports(Map<String, String> environment, Messages messages) {
        return ask(environment, EXPORT_VARIABLE, messages, "cli.exchange.passphrasePrompt");
    }

    /** The prompt's text is taken when it is shown: the texts may still be being read as the command starts. */
    private static Supplier<char[]> ask(Map<String, String> environment, String variable, Messages messages,
            String promptKey) {
        return () -> {
            String given = environment.get(variable);
            if (given != null && !given.isEmpty()) {
                return given.toCharArray();
            }
            Console console = System.console();
            if (console == null) {
                throw new DomainException("error.passphraseNoTerminal", variable);
            }
            return console.readPassword("%s", messages.get(promptKey));
        };
    }
}
