package fr.referentcpts.persistence.missions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.IndicatorKind;
import fr.referentcpts.core.missions.IndicatorTier;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.persistence.Database;
import fr.referentcpts.persistence.JooqTransactions;
import fr.referentcpts.testing.TestData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indicator terms and the livrables on a real H2 database migrated by Flyway, per case and in bulk. */
class JooqMissionRepositoryTest {
    @TempDir
    Path dataDir;

    private static IndicatorTier tier(String threshold, String amount, String label) {
        return new IndicatorTier(new BigDecimal(threshold), new BigDecimal(amount), label);
    }

    @Test
    void amountTiersDataSourceAndLivrablesSurviveTheRoundTripPerCaseAndInBulk() {
        UUID caseId;
        UUID other;
        Indicator ald;
        Indicator plain;
        try (AppContext context = TestData.open(dataDir)) {
            caseId = context.caseFiles().create(new CaseIdentity("CPTS A", "14", "", ""), WorkflowStage.SIGNATURE).id();
            other = context.caseFiles().create(new CaseIdentity("CPTS B", "50", "", ""), WorkflowStage.SIGNATURE).id();
            // typed in the contract's order: least demanding last, as « 50 et moins ; 51 à 100 ; 101 à 219 »
            ald = new Indicator(UUID.randomUUID(), caseId, Mission.ACCESS, "Patients en ALD sans médecin traitant",
                    IndicatorKind.RESULTS, "patients", new BigDecimal("219"), Direction.LOWER_IS_BETTER,
                    BigDecimal.ONE, Map.of(1, new BigDecimal("150")), Map.of(1, new BigDecimal("120")), null,
                    List.of(tier("50", "9000", ""), tier("100", "6000", ""), tier("219", "3000", "")),
                    "Données issues de requêtes locales CPAM");
            plain = new Indicator(UUID.randomUUID(), other, Mission.PREVENTION, "Actions de prévention",
                    IndicatorKind.MEANS, "actions", null, Direction.HIGHER_IS_BETTER, BigDecimal.ONE,
                    Map.of(1, new BigDecimal("4")), Map.of(), new BigDecimal("2500.50"), List.of(), "");
            context.missions().saveIndicator(ald);
            context.missions().saveIndicator(plain);
            context.missions().saveAction(new MissionAction(UUID.randomUUID(), caseId, Mission.ACCESS,
                    "Soirée d’information", "", "", "", "", "Feuilles d’émargement, compte rendu"));
            // saving again replaces the tiers instead of adding to them
            context.missions().saveIndicator(ald.withTerms(null, List.of(tier("200", "2000", "socle"),
                    tier("30", "10000", "objectif")), "SNDS"));
            context.missions().saveIndicator(ald);
        }
        try (Database database = Database.open(dataDir)) {
            JooqMissionRepository repository = new JooqMissionRepository(new JooqTransactions(database.dsl()));
            Indicator read = repository.indicators(caseId).getFirst();
            assertEquals(List.of("50.00 9000.00 ", "100.00 6000.00 ", "219.00 3000.00 "), read.tiers().stream()
                    .map(t -> t.threshold() + " " + t.amount() + " " + t.label()).toList());
            assertNull(read.amount());
            assertEquals("Données issues de requêtes locales CPAM", read.dataSource());
            assertEquals("Feuilles d’émargement, compte rendu", repository.actions(caseId).getFirst().deliverables());

            Map<UUID, List<Indicator>> all = repository.allIndicators();
            assertEquals(read, all.get(caseId).getFirst());
            Indicator bulk = all.get(other).getFirst();
            assertEquals(new BigDecimal("2500.50"), bulk.amount());
            assertEquals(List.of(), bulk.tiers());
            assertEquals("", bulk.dataSource());
            assertEquals("Feuilles d’émargement, compte rendu",
                    repository.allActions().get(caseId).getFirst().deliverables());
        }
    }
}
