package fr.referentcpts.io.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.server.Credentials;
import fr.referentcpts.core.server.ServerAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@code secret-tool} replaced by a script that keeps one secret in a file and records what it was given. */
@DisabledOnOs(OS.WINDOWS)
class SecretToolCredentialsTest {
    static final String SECRET = "Mot de passe é \"1\" $HOME \\";
    private static final ServerAddress ALICE = new ServerAddress("postgresql://cellule.cpam.local/cellule", "alice");
    @TempDir
    Path dir;

    @Test
    void thePasswordGoesThroughStandardInputNeverTheArgumentsAndComesBackAsItWas() throws Exception {
        Credentials store = new SecretToolCredentials(FakeTools.script(dir, "secret-tool", """
                case "$1" in
                  store) cp "$d/stdin.last" "$d/secret" ;;
                  lookup) if [ "$5" = "postgresql://cellule.cpam.local/cellule" ] && [ -f "$d/secret" ]; then
                            cat "$d/secret"; else exit 1; fi ;;
                  clear) rm -f "$d/secret" ;;
                esac
                """), Duration.ofSeconds(10));

        assertTrue(store.availability().available());
        assertEquals("cred.store.secretService", store.availability().messageKey());
        assertTrue(store.find(ALICE).isEmpty());
        store.save(ALICE, SECRET.toCharArray());

        assertArrayEquals(SECRET.toCharArray(), store.find(ALICE).orElseThrow());
        String arguments = Files.readString(dir.resolve("argv.log"));
        assertFalse(arguments.contains("Mot de passe"), arguments);
        assertTrue(arguments.contains("store\n--label=Référent CPTS : alice sur postgresql://cellule.cpam.local/cellule\n"
                + "application\nreferent-cpts\nserver\npostgresql://cellule.cpam.local/cellule\nuser\nalice\n"), arguments);
        assertEquals(SECRET, Files.readString(dir.resolve("stdin.log")));

        assertTrue(store.forget(ALICE));
        assertTrue(store.find(ALICE).isEmpty());
        assertFalse(store.forget(ALICE));
    }

    @Test
    void aMissingToolMakesTheStoreUnavailableWithTheReasonAndNothingIsKept() {
        Credentials store = new SecretToolCredentials(dir.resolve("absent/secret-tool").toString(), Duration.ofSeconds(5));

        assertFalse(store.availability().available());
        assertEquals("cred.unavailable.noSecretTool", store.availability().messageKey());
        assertTrue(store.find(ALICE).isEmpty());
        assertEquals("cred.unavailable.noSecretTool",
                assertThrows(DomainException.class, () -> store.save(ALICE, SECRET.toCharArray())).messageKey());
    }

    @Test
    void noKeyringAnsweringMakesTheStoreUnavailableWithWhatTheToolSaid() throws Exception {
        Credentials store = new SecretToolCredentials(FakeTools.script(dir, "secret-tool", """
                echo "secret-tool: Cannot autolaunch D-Bus without X11 \\$DISPLAY" >&2
                exit 1
                """), Duration.ofSeconds(10));

        Credentials.Availability availability = store.availability();
        assertFalse(availability.available());
        assertEquals("cred.unavailable.noKeyring", availability.messageKey());
        assertTrue(availability.arguments().get(1).toString().contains("Cannot autolaunch D-Bus"),
                availability.arguments().toString());
    }

    @Test
    void aToolThatDoesNotAnswerIsStoppedAndTheStoreIsUnavailable() throws Exception {
        Credentials store = new SecretToolCredentials(FakeTools.script(dir, "secret-tool", "sleep 60\n"),
                Duration.ofMillis(300));

        assertFalse(store.availability().available());
        assertEquals("cred.unavailable.timeout", store.availability().messageKey());
    }

    /** Writes the fake programs: each records its arguments and standard input beside itself. */
    static final class FakeTools {
        private FakeTools() {
        }

        static String script(Path dir, String name, String body) throws Exception {
            Path script = dir.resolve(name);
            Files.writeString(script, "#!/bin/bash\nd=\"$(dirname \"$0\")\"\nprintf '%s\\n' \"$@\" >> \"$d/argv.log\"\n"
                    + "cat > \"$d/stdin.last\"\ncat \"$d/stdin.last\" >> \"$d/stdin.log\"\n" + body);
            Files.setPosixFilePermissions(script, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            return script.toString();
        }
    }
}
