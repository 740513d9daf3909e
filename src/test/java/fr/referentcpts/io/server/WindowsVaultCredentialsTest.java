package fr.referentcpts.io.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.server.Credentials;
import fr.referentcpts.core.server.ServerAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Windows PowerShell replaced by a script: what it would be given, and what it answers, in Base64. */
@DisabledOnOs(OS.WINDOWS)
class WindowsVaultCredentialsTest {
    private static final ServerAddress HELENE = new ServerAddress("postgresql://cellule.cpam.local/cellule", "hélène");
    @TempDir
    Path dir;

    @Test
    void theScriptAndThePasswordGoThroughStandardInputTheArgumentsHoldNeither() throws Exception {
        Credentials store = new WindowsVaultCredentials(SecretToolCredentialsTest.FakeTools.script(dir, "powershell",
                """
                if grep -q 'RetrievePassword' "$d/stdin.last"; then
                  if [ -f "$d/kept" ]; then cat "$d/kept"; else exit 3; fi
                elif grep -q 'Remove' "$d/stdin.last"; then
                  if [ -f "$d/kept" ]; then rm "$d/kept"; else exit 3; fi
                fi
                """), Duration.ofSeconds(10));
        assertTrue(store.availability().available());

        store.save(HELENE, SecretToolCredentialsTest.SECRET.toCharArray());

        String arguments = Files.readString(dir.resolve("argv.log"));
        assertEquals("-NoLogo\n-NoProfile\n-NonInteractive\n-ExecutionPolicy\nBypass\n-Command\n-\n",
                arguments.substring(arguments.lastIndexOf("-NoLogo")));
        assertFalse(arguments.contains("Mot de passe") || arguments.contains("Base64"), arguments);
        String script = Files.readString(dir.resolve("stdin.last"), StandardCharsets.US_ASCII);
        assertFalse(script.contains("Mot de passe"), script);
        Matcher password = Pattern.compile("\\$p = .*?FromBase64String\\('([^']*)'\\)").matcher(script);
        assertTrue(password.find(), script);
        assertEquals(SecretToolCredentialsTest.SECRET,
                new String(Base64.getDecoder().decode(password.group(1)), StandardCharsets.UTF_8));
        assertTrue(script.contains(Base64.getEncoder().encodeToString("hélène".getBytes(StandardCharsets.UTF_8))), script);

        Files.writeString(dir.resolve("kept"), "\r\n" + password.group(1) + "\r\n");
        assertArrayEquals(SecretToolCredentialsTest.SECRET.toCharArray(), store.find(HELENE).orElseThrow());
        assertTrue(store.forget(HELENE));
        assertTrue(store.find(HELENE).isEmpty());
        assertFalse(store.forget(HELENE));
    }

    @Test
    void aVaultThatCannotBeLoadedMakesTheStoreUnavailableWithPowerShellsWords() throws Exception {
        Credentials store = new WindowsVaultCredentials(SecretToolCredentialsTest.FakeTools.script(dir, "powershell",
                "echo \"Unable to find type [Windows.Security.Credentials.PasswordVault].\" >&2\nexit 4\n"),
                Duration.ofSeconds(10));

        assertFalse(store.availability().available());
        assertEquals("cred.unavailable.failed", store.availability().messageKey());
        assertTrue(store.availability().arguments().get(1).toString().contains("PasswordVault"));
    }
}
