package fr.referentcpts.core.server;

import java.util.List;
import java.util.Optional;

/**
 * Port: the operating system's credential store (the GNOME/KDE keyring through libsecret, the
 * macOS keychain, the Windows credential vault), where the password of a server login may be kept
 * instead of being typed each time — never in the data folder. A system without one, or whose
 * store does not answer, is {@linkplain Availability#available() not available}: the password is
 * then asked each time, as without a store.
 */
public interface Credentials {
    /** A system without a credential store: nothing kept, the reason given by {@code reasonKey}. */
    static Credentials none(String reasonKey, Object... arguments) {
        Availability reason = Availability.unavailable(reasonKey, arguments);
        return new Credentials() {
            @Override
            public Availability availability() {
                return reason;
            }

            @Override
            public Optional<char[]> find(ServerAddress address) {
                return Optional.empty();
            }

            @Override
            public void save(ServerAddress address, char[] password) {
                throw new fr.referentcpts.core.common.DomainException("cred.error.unavailable");
            }

            @Override
            public boolean forget(ServerAddress address) {
                return false;
            }
        };
    }

    /** Whether the store can be used now, checked once (it may start a program and wait for it). */
    Availability availability();

    /** The password kept for this address and login; empty when none is kept or the store is not available. */
    Optional<char[]> find(ServerAddress address);

    /**
     * Keeps (or replaces) the password of this address and login; a store that refuses is a
     * {@link fr.referentcpts.core.common.DomainException}.
     */
    void save(ServerAddress address, char[] password);

    /** Removes the password of this address and login; true when one was kept. */
    boolean forget(ServerAddress address);

    /**
     * Whether the store can be used, and a sentence's key with its arguments: where the passwords
     * go when it is available (« le trousseau du système (Secret Service) »), why not otherwise.
     */
    record Availability(boolean available, String messageKey, List<Object> arguments) {
        public Availability {
            arguments = List.copyOf(arguments);
        }

        public static Availability available(String whereKey, Object... arguments) {
            return new Availability(true, whereKey, List.of(arguments));
        }

        public static Availability unavailable(String reasonKey, Object... arguments) {
            return new Availability(false, reasonKey, List.of(arguments));
        }

        public Object[] argumentArray() {
            return arguments.toArray();
        }
    }
}
