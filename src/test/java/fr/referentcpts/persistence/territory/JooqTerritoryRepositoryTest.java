package fr.referentcpts.persistence.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.core.territory.TerritorySummary;
import fr.referentcpts.persistence.Database;
import fr.referentcpts.persistence.JooqTransactions;
import fr.referentcpts.persistence.casefile.JooqCaseFileRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A territory's communes come back in the order the referent entered them, for one case and for
 * several at once; the whole portfolio's summaries are those of the communes.
 */
class JooqTerritoryRepositoryTest {
    @TempDir
    Path dataDir;
    private Database database;
    private JooqTransactions transactions;
    private JooqTerritoryRepository territories;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        transactions = new JooqTransactions(database.dsl());
        territories = new JooqTerritoryRepository(transactions);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void communesKeepTheirOrderWhenOneCaseOrSeveralAreRead() {
        List<TerritoryCommune> bocage = List.of(commune("14762", "Vire Normandie"), commune("14118", "Caen"),
                commune("14047", "Bayeux"));
        List<TerritoryCommune> bessin = List.of(commune("14672", "Saint-Vigor-le-Grand"), commune("14047", "Bayeux"));
        UUID bocageId = newCase("CPTS du Bocage", bocage);
        UUID bessinId = newCase("CPTS du Bessin", bessin);

        assertEquals(bocage, transactions.inTransaction(() -> territories.communes(bocageId)));
        assertEquals(Map.of(bocageId, bocage, bessinId, bessin),
                transactions.inTransaction(() -> territories.communes(List.of(bocageId, bessinId))));
    }

    @Test
    void theSummariesOfEveryTerritoryAddUpTheirCommunes() {
        List<TerritoryCommune> mixed = List.of(commune("14762", "Vire Normandie"),
                new TerritoryCommune("14118", "Caen", "14", 105_403, "INSEE", "2022", ""),
                new TerritoryCommune("14047", "Bayeux", "14", 9_500, "Recensement de la mairie", "", "Quartier neuf"),
                commune("14672", "Saint-Vigor-le-Grand"));
        UUID mixedId = newCase("CPTS du Bocage", mixed);
        UUID plainId = newCase("CPTS du Bessin", List.of(commune("14047", "Bayeux")));
        newCase("CPTS sans territoire", List.of());

        Map<UUID, TerritorySummary> summaries = transactions.inTransaction(territories::allSummaries);

        assertEquals(Map.of(mixedId, new TerritorySummary(4, 116_903, List.of("INSEE", "Recensement de la mairie"),
                List.of("2022", "2023")), plainId, new TerritorySummary(1, 1_000, List.of("INSEE"), List.of("2023"))),
                summaries, "a case without communes has no summary");
        assertEquals(TerritorySummary.of(mixed), summaries.get(mixedId));
    }

    private UUID newCase(String name, List<TerritoryCommune> communes) {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        CaseFile created = new CaseFile(UUID.randomUUID(), name, "14", "", "", WorkflowStage.PRE_PROJECT, false, now,
                now, 0);
        return transactions.inTransaction(() -> {
            new JooqCaseFileRepository(transactions).insert(created);
            territories.replace(created.id(), communes);
            return created.id();
        });
    }

    private static TerritoryCommune commune(String code, String name) {
        return new TerritoryCommune(code, name, "14", 1_000, "INSEE", "2023", "");
    }
}
