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

    private Passphrases() {
    }

    public static Supplier<char[]> fromEnvironmentOrConsole(Map<String, String> environment, Messages messages) {
        return () -> {
            String given = environment.get(VARIABLE);
            if (given != null && !given.isEmpty()) {
                return given.toCharArray();
            }
            Console console = System.console();
            if (console == null) {
                throw new DomainException("error.passphraseNoTerminal", VARIABLE);
            }
            return console.readPassword("%s", messages.get("cli.security.prompt"));
        };
    }
}
