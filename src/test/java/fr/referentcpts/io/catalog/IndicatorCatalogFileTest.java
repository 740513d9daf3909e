package fr.referentcpts.io.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.IndicatorKind;
import fr.referentcpts.core.missions.IndicatorTemplate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped catalogue of indicator types, with the usual data source and livrables of each. */
class IndicatorCatalogFileTest {
    @Test
    void everyShippedIndicatorHasItsUsualDataSourceAndLivrables() {
        List<IndicatorTemplate> catalog = IndicatorCatalogFile.load();
        assertTrue(catalog.size() >= 20);
        assertTrue(catalog.stream().noneMatch(t -> t.dataSource().isEmpty() || t.deliverables().isEmpty()),
                "each line states a data source and livrables");
        IndicatorTemplate ald = catalog.stream().filter(t -> t.label().startsWith("Patients en ALD")).findFirst()
                .orElseThrow();
        assertEquals(Mission.ACCESS, ald.mission());
        assertEquals("Données issues de requêtes locales CPAM", ald.dataSource());
    }

    @Test
    void aFileOfTheFirstFormatStillReadsWithoutTheNewColumns() throws IOException {
        List<IndicatorTemplate> read = IndicatorCatalogFile.parse(new BufferedReader(new StringReader(
                "# commentaire\nPREVENTION\tMEANS\tHIGHER_IS_BETTER\tactions\tActions menées\n"
                        + "ACCESS\tMEANS\tYES_NO\t\tSAS\tConvention SAS\tConvention signée\n")));
        assertEquals(List.of(
                new IndicatorTemplate(Mission.PREVENTION, "Actions menées", IndicatorKind.MEANS, "actions",
                        Direction.HIGHER_IS_BETTER, "", ""),
                new IndicatorTemplate(Mission.ACCESS, "SAS", IndicatorKind.MEANS, "", Direction.YES_NO,
                        "Convention SAS", "Convention signée")), read);
    }

    @Test
    void aLineWithAnotherNumberOfColumnsIsRefusedWithItsLineNumber() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> IndicatorCatalogFile.parse(
                new BufferedReader(new StringReader("\nACCESS\tMEANS\tYES_NO\t\tSAS\tConvention SAS\n"))));
        assertEquals("catalog/indicators.tsv:2: 7 colonnes attendues", e.getMessage());
    }
}
