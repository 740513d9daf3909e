package fr.referentcpts.io.server;

import fr.referentcpts.core.server.ServerAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * macOS: the login keychain through {@code /usr/bin/security}, as a generic password whose service
 * is {@code referent-cpts URL} and account the login. {@code security add-generic-password -w}
 * would take the password as an argument, visible in the process list: it is given instead as a
 * command line read by {@code security -i} on its standard input. A password holding a line break
 * cannot go through that line: it is then not kept (asked each time).
 */
public final class MacKeychainCredentials extends ToolCredentials {
    /** {@code errSecItemNotFound}, {@code security}'s exit code when nothing is kept. */
    private static final int NOT_FOUND = 44;

    public MacKeychainCredentials(String tool, Duration timeout) {
        super(tool, timeout);
    }

    @Override
    Availability probe() throws Unusable {
        Answer answer = run(List.of("default-keychain"), new byte[0]);
        if (answer.exit() != 0) {
            throw failed(answer);
        }
        return Availability.available("cred.store.macKeychain");
    }

    @Override
    Optional<char[]> lookup(ServerAddress address) throws Unusable {
        Answer answer = run(List.of("find-generic-password", "-s", service(address), "-a", address.user(), "-w"),
                new byte[0]);
        if (answer.exit() == NOT_FOUND) {
            return Optional.empty();
        }
        if (answer.exit() != 0) {
            throw failed(answer);
        }
        byte[] out = answer.out();
        int length = out.length;
        if (length > 0 && out[length - 1] == '\n') {
            length--; // « -w » ends the password with a line break
        }
        return length == 0 ? Optional.empty() : Optional.of(chars(out, length));
    }

    @Override
    void store(ServerAddress address, char[] password) throws Unusable {
        for (char c : password) {
            if (c == '\n' || c == '\r' || c == '\0') {
                throw new Unusable(Availability.unavailable("cred.unavailable.lineBreak", tool()), null);
            }
        }
        byte[] line = concat(utf8Text("add-generic-password -U -s " + quoted(service(address)) + " -a "
                + quoted(address.user()) + " -l " + quoted("Référent CPTS : " + address.user() + " sur "
                + address.url()) + " -w \""), escaped(utf8(password)), utf8Text("\"\n"));
        Answer answer = run(List.of("-i"), line);
        if (answer.exit() != 0 || !answer.err().isBlank()) {
            throw failed(answer);
        }
    }

    @Override
    boolean clear(ServerAddress address) throws Unusable {
        Answer answer = run(List.of("delete-generic-password", "-s", service(address), "-a", address.user()),
                new byte[0]);
        java.util.Arrays.fill(answer.out(), (byte) 0);
        if (answer.exit() == NOT_FOUND) {
            return false;
        }
        if (answer.exit() != 0) {
            throw failed(answer);
        }
        return true;
    }

    static String service(ServerAddress address) {
        return APPLICATION + " " + address.url();
    }

    /** {@code security -i} splits its line like a shell: a double-quoted word, {@code \} escaping the next byte. */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The password's bytes with {@code \} and {@code "} escaped (the input cleared). */
    private static byte[] escaped(byte[] password) {
        int extra = 0;
        for (byte b : password) {
            if (b == '\\' || b == '"') {
                extra++;
            }
        }
        byte[] out = new byte[password.length + extra];
        int at = 0;
        for (byte b : password) {
            if (b == '\\' || b == '"') {
                out[at++] = '\\';
            }
            out[at++] = b;
        }
        java.util.Arrays.fill(password, (byte) 0);
        return out;
    }

    private static byte[] utf8Text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
