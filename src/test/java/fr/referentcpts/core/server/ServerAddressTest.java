package fr.referentcpts.core.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.referentcpts.core.common.DomainException;
import org.junit.jupiter.api.Test;

class ServerAddressTest {
    @Test
    void bothTheUsualAndTheJdbcFormsAreAcceptedAndGiveTheSameJdbcUrl() {
        assertEquals("jdbc:postgresql://cellule.cpam.local:5432/cellule?sslmode=prefer",
                new ServerAddress(" postgresql://cellule.cpam.local:5432/cellule ", "alice").jdbcUrl());
        assertEquals("jdbc:postgresql://10.0.0.5/cellule?sslmode=require",
                new ServerAddress("jdbc:postgresql://10.0.0.5/cellule?sslmode=require", "alice").jdbcUrl());
    }

    @Test
    void aPasswordInTheAddressIsRefused() {
        assertEquals("server.error.passwordInUrl", assertThrows(DomainException.class,
                () -> new ServerAddress("postgresql://alice:secret@h/cellule", "alice")).messageKey());
        assertEquals("server.error.passwordInUrl", assertThrows(DomainException.class,
                () -> new ServerAddress("postgresql://h/cellule?user=alice&Password=secret", "alice")).messageKey());
    }

    @Test
    void anAddressWithoutDatabaseOrAnotherProductIsRefused() {
        assertEquals("server.error.invalidUrl", assertThrows(DomainException.class,
                () -> new ServerAddress("postgresql://h", "alice")).messageKey());
        assertEquals("server.error.invalidUrl", assertThrows(DomainException.class,
                () -> new ServerAddress("jdbc:mysql://h/cellule", "alice")).messageKey());
        assertEquals("server.error.invalidUser", assertThrows(DomainException.class,
                () -> new ServerAddress("postgresql://h/cellule", "alice; DROP")).messageKey());
    }

    @Test
    void tlsIsUsedWhenTheServerOffersItUnlessTheAddressSaysOtherwise() {
        ServerAddress plain = new ServerAddress("postgresql://h/cellule?connectTimeout=3", "alice");
        assertEquals("jdbc:postgresql://h/cellule?connectTimeout=3&sslmode=prefer", plain.jdbcUrl());
        assertEquals(false, plain.requiresTls());
        assertEquals("jdbc:postgresql://h/cellule?sslmode=verify-full",
                new ServerAddress("postgresql://h/cellule?sslmode=verify-full", "alice").jdbcUrl());
        assertEquals("jdbc:postgresql://h/cellule?ssl=true",
                new ServerAddress("postgresql://h/cellule?ssl=true", "alice").jdbcUrl());
    }

    @Test
    void requiringTlsReplacesAWeakerModeAndKeepsAStricterOne() {
        assertEquals("postgresql://h/cellule?sslmode=require",
                new ServerAddress("postgresql://h/cellule", "alice").requiringTls().url());
        assertEquals("postgresql://h/cellule?connectTimeout=3&sslmode=require",
                new ServerAddress("postgresql://h/cellule?connectTimeout=3&sslmode=disable", "alice").requiringTls()
                        .url());
        assertEquals("postgresql://h/cellule?sslmode=verify-full",
                new ServerAddress("postgresql://h/cellule?sslmode=verify-full", "alice").requiringTls().url());
        assertEquals(true, new ServerAddress("postgresql://h/cellule", "alice").requiringTls().requiresTls());
    }
}
