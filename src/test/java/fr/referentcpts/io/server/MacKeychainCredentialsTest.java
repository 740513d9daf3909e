package fr.referentcpts.io.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.server.Credentials;
import fr.referentcpts.core.server.ServerAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * macOS's {@code security} replaced by a script: the line {@code security -i} would read is split
 * here as {@code security} splits it (its {@code split_line}: quotes, {@code \} escaping the next character).
 */
@DisabledOnOs(OS.WINDOWS)
class MacKeychainCredentialsTest {
    private static final ServerAddress ALICE = new ServerAddress("postgresql://cellule.cpam.local/cellule", "alice");
    @TempDir
    Path dir;

    @Test
    void thePasswordIsGivenOnTheInteractiveLineNeverAsAnArgument() throws Exception {
        Credentials store = new MacKeychainCredentials(SecretToolCredentialsTest.FakeTools.script(dir, "security", """
                case "$1" in
                  default-keychain) echo '"/Users/alice/Library/Keychains/login.keychain-db"' ;;
                  find-generic-password) if [ -f "$d/kept" ]; then cat "$d/kept"; echo; else exit 44; fi ;;
                  delete-generic-password) if [ -f "$d/kept" ]; then rm "$d/kept"; else exit 44; fi ;;
                esac
                """), Duration.ofSeconds(10));
        assertTrue(store.availability().available());

        store.save(ALICE, SecretToolCredentialsTest.SECRET.toCharArray());

        String arguments = Files.readString(dir.resolve("argv.log"));
        assertFalse(arguments.contains("Mot de passe"), arguments);
        assertTrue(arguments.endsWith("-i\n"), arguments);
        List<String> line = splitLine(Files.readString(dir.resolve("stdin.last"), StandardCharsets.UTF_8));
        assertEquals(List.of("add-generic-password", "-U", "-s", "referent-cpts postgresql://cellule.cpam.local/cellule",
                "-a", "alice", "-l", "Référent CPTS : alice sur postgresql://cellule.cpam.local/cellule", "-w",
                SecretToolCredentialsTest.SECRET), line);

        Files.writeString(dir.resolve("kept"), SecretToolCredentialsTest.SECRET);
        assertArrayEquals(SecretToolCredentialsTest.SECRET.toCharArray(), store.find(ALICE).orElseThrow());
        assertTrue(store.forget(ALICE));
        assertTrue(store.find(ALICE).isEmpty());
        assertFalse(store.forget(ALICE));
    }

    @Test
    void aPasswordWithALineBreakIsNotKept() throws Exception {
        Credentials store = new MacKeychainCredentials(SecretToolCredentialsTest.FakeTools.script(dir, "security", ""),
                Duration.ofSeconds(10));
        assertEquals("cred.unavailable.lineBreak", assertThrows(DomainException.class,
                () -> store.save(ALICE, "ligne 1\nligne 2".toCharArray())).messageKey());
        assertFalse(Files.readString(dir.resolve("stdin.log")).contains("ligne"));
    }

    /** {@code security}'s own splitting of an interactive line (SecurityTool's split_line). */
    private static List<String> splitLine(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        boolean escaped = false;
        for (char c : text.toCharArray()) {
            if (word == null) {
                if (Character.isWhitespace(c)) {
                    continue;
                }
                word = new StringBuilder();
                if (c == '"' || c == '\'') {
                    quote = c;
                    continue;
                }
                quote = 0;
            }
            if (escaped) {
                word.append(c);
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (quote != 0 ? c == quote : Character.isWhitespace(c)) {
                words.add(word.toString());
                word = null;
            } else {
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
