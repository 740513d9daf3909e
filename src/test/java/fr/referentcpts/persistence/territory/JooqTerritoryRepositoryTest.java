package fr.referentcpts.persistence.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A territory's communes come back in the order the referent entered them, for one case and for all at once. */
class JooqTerritoryRepositoryTest {
    @TempDir
    Path dataDir;

    @Test
    void communesKeepTheirOrderWhenOneCaseOrEveryCaseIsRead() {
        try (AppContext context = TestData.open(dataDir)) {
            UUID bocage = context.caseFiles().create(new CaseIdentity("CPTS du Bocage", "14", "", "")).id();
            UUID bessin = context.caseFiles().create(new CaseIdentity("CPTS du Bessin", "14", "", "")).id();
            context.territories().add(bocage, List.of(commune("14762", "Vire Normandie"), commune("14118", "Caen"),
                    commune("14047", "Bayeux")));
            context.territories().add(bessin, List.of(commune("14672", "Saint-Vigor-le-Grand"),
                    commune("14047", "Bayeux")));

            List<String> entered = List.of("Vire Normandie", "Caen", "Bayeux");
            assertEquals(entered, names(context.workflow().snapshot(bocage)));
            CaseSnapshot fromAll = context.workflow().snapshots().stream().filter(s -> s.id().equals(bocage))
                    .findFirst().orElseThrow();
            assertEquals(entered, names(fromAll));
            assertEquals(List.of("Saint-Vigor-le-Grand", "Bayeux"), context.territories().territory(bessin).communes()
                    .stream().map(TerritoryCommune::name).toList());
        }
    }

    private static List<String> names(CaseSnapshot snapshot) {
        return snapshot.territory().communes().stream().map(TerritoryCommune::name).toList();
    }

    private static TerritoryCommune commune(String code, String name) {
        return new TerritoryCommune(code, name, "14", 1_000, "INSEE", "2023", "");
    }
}
