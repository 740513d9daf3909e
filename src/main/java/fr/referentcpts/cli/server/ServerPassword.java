package fr.referentcpts.cli.server;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.server.Credentials;
import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.i18n.Messages;
import java.io.Console;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The password of one command, and where it came from: the system's credential store first, then
 * the variable {@value ServerCommand#PASSWORD_VARIABLE}, then the terminal (without echo); none
 * (a script without the variable, no terminal): the server decides. Cleared when closed.
 */
final class ServerPassword implements AutoCloseable {
    enum Source { STORE, VARIABLE, TERMINAL, NONE }

    private final ServerAddress address;
    private final char[] value;
    private final Source source;

    private ServerPassword(ServerAddress address, char[] value, Source source) {
        this.address = address;
        this.value = value;
        this.source = source;
    }

    static ServerPassword of(ServerAddress address, Credentials store, Map<String, String> environment,
            Messages messages) {
        Optional<char[]> kept = store.find(address);
        if (kept.isPresent()) {
            return new ServerPassword(address, kept.get(), Source.STORE);
        }
        return given(address, environment, messages);
    }

    /** The variable, else the terminal: what « server connect » keeps. */
    static ServerPassword given(ServerAddress address, Map<String, String> environment, Messages messages) {
        String variable = environment.get(ServerCommand.PASSWORD_VARIABLE);
        if (variable != null && !variable.isEmpty()) {
            return new ServerPassword(address, variable.toCharArray(), Source.VARIABLE);
        }
        Console console = System.console();
        char[] typed = console == null ? null
                : console.readPassword("%s", messages.get("server.cli.passwordPrompt", address.user(), address.url()));
        return typed == null ? new ServerPassword(address, null, Source.NONE)
                : new ServerPassword(address, typed, Source.TERMINAL);
    }

    /** A copy for one connection (which clears it); null when there is no password. */
    char[] copy() {
        return value == null ? null : value.clone();
    }

    Source source() {
        return source;
    }

    boolean present() {
        return value != null;
    }

    /**
     * A failure of the connection as said to the referent: a stored password the server refuses
     * means it changed — « server connect » again.
     */
    RuntimeException refused(RuntimeException e) {
        if (source == Source.STORE && e instanceof DomainException d
                && "server.error.authentication".equals(d.messageKey())) {
            return new DomainException("cred.error.storedRefused", e, address.user(), address.url());
        }
        return e;
    }

    @Override
    public void close() {
        if (value != null) {
            Arrays.fill(value, '\0');
        }
    }
}
