package fr.referentcpts.ui;

import fr.referentcpts.testing.AppFlowTest;
import static fr.referentcpts.testing.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.testing.FxTestSupport;
import fr.referentcpts.testing.TestData;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;

/**
 * The case tabs are built the first time they are opened (a faster start): opened after the
 * case has loaded, they show its territory and its missions, the selected one with its choice.
 */
class CaseTabsFlowTest extends AppFlowTest {
    @Test
    void aTabOpenedLaterShowsTheCaseAlreadyLoaded() throws Exception {
        try (AppContext context = TestData.open(dataDir)) {
            CaseFile created = context.caseFiles().create(
                    new CaseIdentity("CPTS du Bocage Virois", "14", "Camille Roussel", ""), WorkflowStage.HEALTH_PROJECT);
            context.territories().add(created.id(), List.of(
                    new TerritoryCommune("14762", "Vire Normandie", "14", 17_500, "INSEE", "2023", "")));
            RulesVersion rules = context.rulesInForceToday();
            context.missions().saveMission(created.id(),
                    new CaseMission(rules.missions().getFirst().mission(), true, null, false), rules);
        }
        app = FxTestSupport.start(dataDir);
        waitUntil(() -> lookup("#cases").tryQuery().isPresent() && table("#cases").getItems().size() == 1
                && lookup("CPTS du Bocage Virois").tryQuery().isPresent());
        clickOn("CPTS du Bocage Virois");
        waitUntil(() -> lookup("#detail-name").queryAs(TextField.class).getText().equals("CPTS du Bocage Virois"));
        assertTrue(lookup("#territory-table").tryQuery().isEmpty(), "no tab content before the tab is opened");

        clickOn(FxTestSupport.node(this, "#tab-territory"));
        waitUntil(() -> lookup("#territory-table").tryQuery().isPresent()
                && table("#territory-table").getItems().size() == 1);

        clickOn(FxTestSupport.node(this, "#tab-missions"));
        waitUntil(() -> lookup("#missions-table").tryQuery().isPresent()
                && table("#missions-table").getSelectionModel().getSelectedIndex() == 0);
        assertTrue(lookup("#mission-chosen").queryAs(CheckBox.class).isSelected(),
                "the selected mission's choice is shown without selecting it again");
        assertEquals(1, lookup("#territory-table").queryAll().size(), "each tab is built once");
    }

    @Test
    void anotherCaseOpensOnItsParcoursAndEachTabThenShowsThatCaseOnly() throws Exception {
        try (AppContext context = TestData.open(dataDir)) {
            for (var commune : List.of(
                    new TerritoryCommune("14762", "Vire Normandie", "14", 17_500, "INSEE", "2023", ""),
                    new TerritoryCommune("14047", "Bayeux", "14", 13_000, "INSEE", "2023", ""))) {
                CaseFile created = context.caseFiles().create(new CaseIdentity("CPTS de " + commune.name(), "14",
                        "Camille Roussel", ""), WorkflowStage.HEALTH_PROJECT);
                context.territories().add(created.id(), List.of(commune));
            }
        }
        app = FxTestSupport.start(dataDir);
        waitUntil(() -> lookup("#cases").tryQuery().isPresent() && table("#cases").getItems().size() == 2);
        clickOn("CPTS de Vire Normandie");
        FxTestSupport.openTab(this, "tab-territory");
        waitUntil(() -> lookup("#territory-table").tryQuery().isPresent() && communes().equals(List.of("Vire Normandie")));

        clickOn("CPTS de Bayeux");
        waitUntil(() -> lookup("#detail-name").queryAs(TextField.class).getText().equals("CPTS de Bayeux"));
        assertEquals("tab-workflow", lookup("#case-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().getSelectedItem().getId(), "another case opens on its « Parcours »");
        assertEquals(List.of(), communes(), "the hidden tab no longer holds the previous case");

        FxTestSupport.openTab(this, "tab-territory");
        waitUntil(() -> communes().equals(List.of("Bayeux")));
    }

    private List<String> communes() {
        return table("#territory-table").getItems().stream()
                .map(row -> ((fr.referentcpts.ui.territory.TerritoryRow) row).commune().name()).toList();
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table(String id) {
        return lookup(id).queryAs(TableView.class);
    }
}
