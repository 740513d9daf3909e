package fr.referentcpts.persistence.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.server.ServerAddress;
import fr.referentcpts.i18n.Messages;
import java.sql.SQLException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** A certificate that cannot be verified reads as such, not as an unreachable server. */
class TlsFailureTest {
    @Test
    void anUnverifiedCertificateSaysWhereToPutTheAuthoritys() {
        ServerAddress address = new ServerAddress("postgresql://serveur/cellule?sslmode=verify-full", "alice");
        SQLException failure = new SQLException("SSL error: PKIX path building failed", "08006",
                new SSLHandshakeException("PKIX path building failed"));

        String said = new Messages().get(PostgresCelluleServer.translate(address, failure));

        assertTrue(said.startsWith("La connexion chiffrée au serveur postgresql://serveur/cellule?sslmode=verify-full "
                + "a échoué (sslmode=verify-full) : PKIX path building failed."), said);
        assertTrue(said.contains("~/.postgresql/root.crt"), said);
    }

    @Test
    void aMissingAuthorityCertificateIsSaidAsSuch() {
        ServerAddress address = new ServerAddress("postgresql://serveur/cellule?sslmode=verify-full", "alice");
        SQLException failure = new SQLException(
                "Could not open SSL root certificate file /home/alice/.postgresql/root.crt.", "08006", new java.io.FileNotFoundException("/home/alice/.postgresql/root.crt (No such file or directory)"));

        String said = new Messages().get(PostgresCelluleServer.translate(address, failure));

        assertTrue(said.contains("a échoué (sslmode=verify-full) : Could not open SSL root certificate file "
                + "/home/alice/.postgresql/root.crt."), said);
    }
}
