package fr.referentcpts.persistence.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.core.territory.TerritorySummary;
import fr.referentcpts.persistence.Database;
import fr.referentcpts.persistence.JooqTransactions;
import fr.referentcpts.persistence.casefile.JooqCaseFileRepository;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A territory's communes come back in the order the referent entered them, for one case and for
 * several at once; the whole portfolio's summaries are those of the communes.
 */
class JooqTerritoryRepositoryTest {
    @TempDir
    Path dataDir;

    @Test
    void communesKeepTheirOrderWhenOneCaseOrSeveralAreRead() {
        try (Database database = Database.open(dataDir)) {
            JooqTransactions transactions = new JooqTransactions(database.dsl());
            JooqTerritoryRepository territories = new JooqTerritoryRepository(transactions);
            UUID bocage = newCase(transactions, "CPTS du Bocage");
            UUID bessin = newCase(transactions, "CPTS du Bessin");
            List<TerritoryCommune> bocageCommunes = List.of(commune("14762", "Vire Normandie"),
                    commune("14118", "Caen"), commune("14047", "Bayeux"));
            List<TerritoryCommune> bessinCommunes = List.of(commune("14672", "Saint-Vigor-le-Grand"),
                    commune("14047", "Bayeux"));
            transactions.inTransaction(() -> {
                territories.replace(bocage, bocageCommunes);
                territories.replace(bessin, bessinCommunes);
                return null;
            });

            assertEquals(bocageCommunes, transactions.inTransaction(() -> territories.communes(bocage)));
            assertEquals(Map.of(bocage, bocageCommunes, bessin, bessinCommunes),
                    transactions.inTransaction(() -> territories.communes(List.of(bocage, bessin))));
        }
    }

    @Test
    void theSummariesOfEveryTerritoryAddUpTheirCommunes() {
        try (Database database = Database.open(dataDir)) {
            JooqTransactions transactions = new JooqTransactions(database.dsl());
            JooqTerritoryRepository territories = new JooqTerritoryRepository(transactions);
            UUID mixed = newCase(transactions, "CPTS du Bocage");
            UUID plain = newCase(transactions, "CPTS du Bessin");
            newCase(transactions, "CPTS sans territoire");
            List<TerritoryCommune> mixedCommunes = List.of(commune("14762", "Vire Normandie"),
                    new TerritoryCommune("14118", "Caen", "14", 105_403, "INSEE", "2022", ""),
                    new TerritoryCommune("14047", "Bayeux", "14", 9_500, "Recensement de la mairie", "",
                            "Quartier neuf"),
                    commune("14672", "Saint-Vigor-le-Grand"));
            transactions.inTransaction(() -> {
                territories.replace(mixed, mixedCommunes);
                territories.replace(plain, List.of(commune("14047", "Bayeux")));
                return null;
            });

            Map<UUID, TerritorySummary> summaries = transactions.inTransaction(territories::allSummaries);

            assertEquals(Map.of(mixed, new TerritorySummary(4, 116_903, List.of("INSEE", "Recensement de la mairie"),
                    List.of("2022", "2023")), plain, new TerritorySummary(1, 1_000, List.of("INSEE"), List.of("2023"))),
                    summaries, "a case without communes has no summary");
            assertEquals(TerritorySummary.of(mixedCommunes), summaries.get(mixed));
        }
    }

    private static UUID newCase(JooqTransactions transactions, String name) {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        CaseFile created = new CaseFile(UUID.randomUUID(), name, "14", "", "", WorkflowStage.PRE_PROJECT, false, now,
                now, 0);
        transactions.inTransaction(() -> {
            new JooqCaseFileRepository(transactions).insert(created);
            return null;
        });
        return created.id();
    }

    private static TerritoryCommune commune(String code, String name) {
        return new TerritoryCommune(code, name, "14", 1_000, "INSEE", "2023", "");
    }
}
