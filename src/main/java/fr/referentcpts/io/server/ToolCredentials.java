package fr.referentcpts.io.server;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.server.Credentials;
import fr.referentcpts.core.server.ServerAddress;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A credential store reached through the system's own program ({@code secret-tool}, {@code security},
 * PowerShell): the secret always goes through the program's standard input or output, never its
 * arguments (which any user of the machine can read in the process list). A program that is
 * missing, fails before answering or does not answer within the timeout makes the store
 * {@linkplain Credentials.Availability not available}, with the reason.
 */
abstract class ToolCredentials implements Credentials {
    /** The application's name in the stores, so that its passwords are found (and recognised) there. */
    static final String APPLICATION = "referent-cpts";
    private final String tool;
    private final Duration timeout;
    private volatile Availability availability;

    ToolCredentials(String tool, Duration timeout) {
        this.tool = tool;
        this.timeout = timeout;
    }

    /** A program's answer: its exit code, standard output (may hold a secret: cleared by the caller) and error. */
    record Answer(int exit, byte[] out, String err) {
        /** The first line of the error output, for a sentence. */
        String errLine() {
            return err.strip().lines().findFirst().orElse("");
        }
    }

    /** The program could not be used: the sentence's key and arguments saying why. */
    static final class Unusable extends Exception {
        private final transient Availability reason;

        Unusable(Availability reason, Throwable cause) {
            super(reason.messageKey(), cause);
            this.reason = reason;
        }

        Availability reason() {
            return reason;
        }
    }

    /** Checks, once, that the store answers: its own probe. */
    abstract Availability probe() throws Unusable;

    /** The password kept, or empty (nothing kept); a failure of the program is {@link Unusable}. */
    abstract Optional<char[]> lookup(ServerAddress address) throws Unusable;

    abstract void store(ServerAddress address, char[] password) throws Unusable;

    abstract boolean clear(ServerAddress address) throws Unusable;

    @Override
    public Availability availability() {
        Availability known = availability;
        if (known == null) {
            try {
                known = probe();
            } catch (Unusable e) {
                log().info("Trousseau du système non disponible : {} {}", e.reason().messageKey(), e.reason().arguments());
                known = e.reason();
            }
            availability = known;
        }
        return known;
    }

    @Override
    public Optional<char[]> find(ServerAddress address) {
        if (!availability().available()) {
            return Optional.empty();
        }
        try {
            return lookup(address);
        } catch (Unusable e) {
            // Handled here: the password is then asked, as on a system without a store.
            log().warn("Lecture du trousseau impossible : {} {}", e.reason().messageKey(), e.reason().arguments(), e);
            return Optional.empty();
        }
    }

    @Override
    public void save(ServerAddress address, char[] password) {
        Availability known = availability();
        if (!known.available()) {
            throw new DomainException(known.messageKey(), known.argumentArray());
        }
        try {
            store(address, password);
        } catch (Unusable e) {
            throw new DomainException(e.reason().messageKey(), e, e.reason().argumentArray());
        }
    }

    @Override
    public boolean forget(ServerAddress address) {
        Availability known = availability();
        if (!known.available()) {
            throw new DomainException(known.messageKey(), known.argumentArray());
        }
        try {
            return clear(address);
        } catch (Unusable e) {
            throw new DomainException(e.reason().messageKey(), e, e.reason().argumentArray());
        }
    }

    /** Runs the program with these arguments (never a secret) and this standard input (may be one, cleared here). */
    final Answer run(List<String> arguments, byte[] input) throws Unusable {
        List<String> command = new ArrayList<>();
        command.add(tool);
        command.addAll(arguments);
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new Unusable(missing(), e);
        }
        CompletableFuture<byte[]> out = drain(process.getInputStream());
        CompletableFuture<byte[]> err = drain(process.getErrorStream());
        try (OutputStream in = process.getOutputStream()) {
            in.write(input);
        } catch (IOException e) {
            // The program closed its input without reading it all: its exit code says what happened.
            log().debug("{} n’a pas tout lu de son entrée", tool, e);
        } finally {
            Arrays.fill(input, (byte) 0);
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new Unusable(Availability.unavailable("cred.unavailable.timeout", tool,
                        Math.max(1, timeout.toSeconds())), null);
            }
            return new Answer(process.exitValue(), out.join(),
                    new String(err.join(), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new Unusable(Availability.unavailable("cred.unavailable.timeout", tool,
                    Math.max(1, timeout.toSeconds())), e);
        }
    }

    /** Why the store is unusable when the program cannot be started. */
    Availability missing() {
        return Availability.unavailable("cred.unavailable.missingTool", tool);
    }

    /** The program failed: its first error line. */
    final Unusable failed(Answer answer) {
        Arrays.fill(answer.out(), (byte) 0);
        return new Unusable(Availability.unavailable("cred.unavailable.failed", tool,
                answer.errLine().isEmpty() ? "code " + answer.exit() : answer.errLine()), null);
    }

    final String tool() {
        return tool;
    }

    private static CompletableFuture<byte[]> drain(InputStream stream) {
        CompletableFuture<byte[]> bytes = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (stream) {
                bytes.complete(stream.readAllBytes());
            } catch (IOException e) {
                bytes.complete(new byte[0]);
            }
        });
        return bytes;
    }

    /** The password as UTF-8 bytes, without a copy left in a {@link String}. */
    static byte[] utf8(char[] password) {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(password));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("password not encodable", e);
        }
    }

    /** UTF-8 bytes as a password, the bytes cleared. */
    static char[] chars(byte[] bytes, int length) {
        try {
            CharBuffer decoded = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, length));
            char[] chars = new char[decoded.remaining()];
            decoded.get(chars);
            if (decoded.hasArray()) {
                Arrays.fill(decoded.array(), '\0');
            }
            return chars;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("stored password not UTF-8", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Concatenates byte arrays, clearing them. */
    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
            Arrays.fill(part, (byte) 0);
        }
        return all;
    }

    /**
     * Obtained when there is something to log, not in a constant: the command line creates the
     * store as it builds {@code server}, for {@code --version} and {@code --help} too, and must not
     * set logback up for that.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(ToolCredentials.class);
    }
}
