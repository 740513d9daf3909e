package fr.referentcpts.core.server;

import fr.referentcpts.core.common.DomainException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Connecting the data folder to the cellule's server from the window (« Réglages → Serveur de la
 * cellule… »), as {@code server connect} does on the command line, but checked first: the server is
 * asked for its status with the address, the login and the password typed. A server that answers
 * but refuses them (a wrong password, an unknown base, a missing TLS the address requires, a
 * certificate that cannot be verified) changes nothing on the laptop. A server that cannot be
 * reached (a laptop without network at the time) does not keep the referent from recording it:
 * the address is kept, and the first synchronisation checks it.
 */
public final class ServerConnection {
    private final ServerSettings settings;
    private final Credentials credentials;
    private final CelluleServer server;

    public ServerConnection(ServerSettings settings, Credentials credentials, CelluleServer server) {
        this.settings = settings;
        this.credentials = credentials;
        this.server = server;
    }

    /** The server this data folder is connected to, if any. */
    public Optional<ServerAddress> current() {
        return settings.load();
    }

    /** Whether the system's credential store can keep the password, and where (or why not). */
    public Credentials.Availability store() {
        return credentials.availability();
    }

    /** What {@link #connect} did. {@code status} empty: the server could not be reached ({@code unreachable} says why). */
    public record Outcome(ServerAddress address, Optional<ServerStatus> status, Optional<DomainException> unreachable,
            boolean passwordKept) {
    }

    /**
     * Checks the address with the server, then records it in the data folder and — when
     * {@code remember} and the system has a store — the password in the store (else removes the one
     * kept for it); the password of a previous, other address is removed from the store. A refusal
     * by the server is thrown ({@link DomainException}) and nothing is changed. {@code password} is
     * cleared once used.
     */
    public Outcome connect(ServerAddress typed, boolean requireTls, char[] password, boolean remember) {
        ServerAddress address = requireTls ? typed.requiringTls() : typed;
        try {
            Optional<ServerStatus> status = Optional.empty();
            Optional<DomainException> unreachable = Optional.empty();
            char[] asked = password.clone();
            try {
                status = Optional.of(server.status(address, asked));
            } catch (DomainException e) {
                if (!"server.error.unreachable".equals(e.messageKey())) {
                    throw e; // the server answered, and refused
                }
                unreachable = Optional.of(e);
            } finally {
                Arrays.fill(asked, '\0');
            }
            Optional<ServerAddress> previous = settings.load();
            settings.save(address);
            boolean kept = false;
            if (credentials.availability().available()) {
                previous.filter(p -> !p.equals(address)).ifPresent(credentials::forget);
                if (remember && password.length > 0) {
                    char[] copy = password.clone();
                    try {
                        credentials.save(address, copy);
                    } finally {
                        Arrays.fill(copy, '\0');
                    }
                    kept = true;
                } else {
                    credentials.forget(address);
                }
            }
            return new Outcome(address, status, unreachable, kept);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
