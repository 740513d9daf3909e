package fr.referentcpts.io.server;

import fr.referentcpts.core.server.ServerAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Windows: the credential vault ({@code Windows.Security.Credentials.PasswordVault}, shown in the
 * Credential Manager) through Windows PowerShell, resource {@code referent-cpts URL}, user the
 * login. The script is read by {@code powershell -Command -} on its standard input, and so is the
 * password, inside it (in Base64, so that no character of it can change the script); the arguments
 * hold neither. The password is read back in Base64 on the standard output.
 */
public final class WindowsVaultCredentials extends ToolCredentials {
    private static final int NOT_FOUND = 3;
    private static final String VAULT = "$ErrorActionPreference = 'Stop'; try { "
            + "[void][Windows.Security.Credentials.PasswordVault,Windows.Security.Credentials,ContentType=WindowsRuntime]; "
            + "$v = New-Object Windows.Security.Credentials.PasswordVault } "
            + "catch { [Console]::Error.WriteLine($_.Exception.Message); exit 4 }; ";

    private static final List<String> ARGUMENTS = List.of("-NoLogo", "-NoProfile", "-NonInteractive",
            "-ExecutionPolicy", "Bypass", "-Command", "-");

    public WindowsVaultCredentials(String tool, Duration timeout) {
        super(tool, timeout);
    }

    @Override
    Availability probe() throws Unusable {
        Answer answer = run(ARGUMENTS, script(VAULT + "exit 0"));
        if (answer.exit() != 0) {
            throw failed(answer);
        }
        return Availability.available("cred.store.windowsVault");
    }

    @Override
    Optional<char[]> lookup(ServerAddress address) throws Unusable {
        Answer answer = run(ARGUMENTS, script(VAULT + names(address)
                + "try { $c = $v.Retrieve($r, $u) } catch { exit 3 }; $c.RetrievePassword(); "
                + "[Console]::Out.Write([Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($c.Password))); exit 0"));
        if (answer.exit() == NOT_FOUND) {
            return Optional.empty();
        }
        if (answer.exit() != 0) {
            throw failed(answer);
        }
        byte[] out = answer.out();
        int start = 0;
        int end = out.length;
        while (start < end && Character.isWhitespace(out[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(out[end - 1])) {
            end--;
        }
        java.nio.ByteBuffer buffer = Base64.getDecoder().decode(java.nio.ByteBuffer.wrap(out, start, end - start));
        byte[] decoded = new byte[buffer.remaining()];
        buffer.get(decoded);
        java.util.Arrays.fill(buffer.array(), (byte) 0);
        java.util.Arrays.fill(out, (byte) 0);
        return decoded.length == 0 ? Optional.empty() : Optional.of(chars(decoded, decoded.length));
    }

    @Override
    void store(ServerAddress address, char[] password) throws Unusable {
        byte[] input = concat(ascii(VAULT + names(address)
                        + "$p = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('"),
                Base64.getEncoder().encode(utf8(password)),
                ascii("')); $v.Add((New-Object Windows.Security.Credentials.PasswordCredential($r, $u, $p))); exit 0\r\n"));
        Answer answer = run(ARGUMENTS, input);
        if (answer.exit() != 0) {
            throw failed(answer);
        }
    }

    @Override
    boolean clear(ServerAddress address) throws Unusable {
        Answer answer = run(ARGUMENTS, script(VAULT + names(address)
                + "try { $c = $v.Retrieve($r, $u) } catch { exit 3 }; $v.Remove($c); exit 0"));
        if (answer.exit() == NOT_FOUND) {
            return false;
        }
        if (answer.exit() != 0) {
            throw failed(answer);
        }
        return true;
    }

    /** The resource and the user, in Base64 too: the script stays ASCII whatever the console's code page. */
    private static String names(ServerAddress address) {
        return "$r = " + decoded(APPLICATION + " " + address.url()) + "; $u = " + decoded(address.user()) + "; ";
    }

    private static String decoded(String text) {
        return "[Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('"
                + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "'))";
    }

    private static byte[] script(String line) {
        return ascii(line + "\r\n");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
