package fr.referentcpts.persistence.server;

import fr.referentcpts.testing.OldestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every role and row-level security test of {@link CreateCelluleScriptTest}, on PostgreSQL 15. */
class CreateCelluleScriptOn15Test extends CreateCelluleScriptTest {
    @BeforeAll
    static void start() throws Exception {
        startOn(OldestPostgres.builder());
    }

    @Test
    void theServerIsPostgresql15() throws Exception {
        OldestPostgres.assertRunsOn(postgres.getPostgresDatabase());
    }
}
