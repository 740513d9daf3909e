package fr.referentcpts.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A local port nobody listens on (taken from the system, then released): a server that cannot be reached. */
public final class ClosedPort {
    private ClosedPort() {
    }

    public static int any() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
