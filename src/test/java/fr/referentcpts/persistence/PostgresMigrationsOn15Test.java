package fr.referentcpts.persistence;

import fr.referentcpts.testing.OldestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every migration test of {@link PostgresMigrationsTest}, on PostgreSQL 15, the oldest server the cellule may run. */
class PostgresMigrationsOn15Test extends PostgresMigrationsTest {
    @BeforeAll
    static void start() throws Exception {
        startOn(OldestPostgres.builder());
    }

    @Test
    void theServerIsPostgresql15() throws Exception {
        OldestPostgres.assertRunsOn(server);
    }
}
