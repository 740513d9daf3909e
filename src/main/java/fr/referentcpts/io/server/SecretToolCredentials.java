package fr.referentcpts.io.server;

import fr.referentcpts.core.server.ServerAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Linux: the desktop's keyring (GNOME Trousseau, KWallet…) through the Secret Service and libsecret's
 * {@code secret-tool}. An entry is found by its attributes {@code application referent-cpts server
 * URL user LOGIN}; the password is written to {@code secret-tool store} on its standard input and
 * read from {@code secret-tool lookup} on its output.
 */
public final class SecretToolCredentials extends ToolCredentials {
    public SecretToolCredentials(String tool, Duration timeout) {
        super(tool, timeout);
    }

    @Override
    Availability probe() throws Unusable {
        Answer answer = run(List.of("lookup", "application", APPLICATION, "probe", "availability"), new byte[0]);
        java.util.Arrays.fill(answer.out(), (byte) 0);
        // 0: found, 1 with nothing said: nothing found; anything said on the error output: no keyring answers
        if (answer.exit() == 0 || answer.err().isBlank()) {
            return Availability.available("cred.store.secretService");
        }
        return Availability.unavailable("cred.unavailable.noKeyring", tool(), answer.errLine());
    }

    @Override
    Availability missing() {
        return Availability.unavailable("cred.unavailable.noSecretTool", tool());
    }

    @Override
    Optional<char[]> lookup(ServerAddress address) throws Unusable {
        List<String> arguments = new ArrayList<>(List.of("lookup"));
        arguments.addAll(attributes(address));
        Answer answer = run(arguments, new byte[0]);
        if (answer.exit() != 0) {
            if (answer.err().isBlank()) {
                return Optional.empty();
            }
            throw failed(answer);
        }
        byte[] out = answer.out();
        int length = out.length;
        // secret-tool ends the secret with a line break when writing to a terminal only; be lenient
        if (length > 0 && out[length - 1] == '\n') {
            length--;
        }
        return length == 0 ? Optional.empty() : Optional.of(chars(out, length));
    }

    @Override
    void store(ServerAddress address, char[] password) throws Unusable {
        List<String> arguments = new ArrayList<>(List.of("store",
                "--label=Référent CPTS : " + address.user() + " sur " + address.url()));
        arguments.addAll(attributes(address));
        Answer answer = run(arguments, utf8(password));
        if (answer.exit() != 0) {
            throw failed(answer);
        }
    }

    @Override
    boolean clear(ServerAddress address) throws Unusable {
        Optional<char[]> kept = lookup(address);
        kept.ifPresent(p -> java.util.Arrays.fill(p, '\0'));
        List<String> arguments = new ArrayList<>(List.of("clear"));
        arguments.addAll(attributes(address));
        Answer answer = run(arguments, new byte[0]);
        if (answer.exit() != 0 && !answer.err().isBlank()) {
            throw failed(answer);
        }
        return kept.isPresent();
    }

    private static List<String> attributes(ServerAddress address) {
        return List.of("application", APPLICATION, "server", address.url(), "user", address.user());
    }
}
