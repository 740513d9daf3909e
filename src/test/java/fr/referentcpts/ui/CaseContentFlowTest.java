package fr.referentcpts.ui;

import fr.referentcpts.testing.AppFlowTest;
import static fr.referentcpts.testing.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.testing.FxTestSupport;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.ui.missions.MissionRow;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/**
 * Building a case's content through the window, headless: communes typed in, a member added,
 * missions chosen — and everything still there after a restart.
 */
class CaseContentFlowTest extends AppFlowTest {
    @Test
    void communesMembersAndMissionsAreEnteredAndKept() throws Exception {
        try (AppContext context = TestData.open(dataDir)) {
            context.caseFiles().create(new CaseIdentity("CPTS du Bocage Virois", "14", "Camille", ""));
        }
        app = FxTestSupport.start(dataDir);
        waitUntil(() -> lookup("CPTS du Bocage Virois").tryQuery().isPresent());
        clickOn("CPTS du Bocage Virois");

        FxTestSupport.openTab(this, "tab-territory");
        addCommune("14762", "Vire Normandie", "16774");
        waitUntil(() -> label("#territory-total").getText().startsWith("16\u202F774 habitants"));
        addCommune("14061", "Souleuvre en Bocage", "8785");
        waitUntil(() -> label("#territory-total").getText().equals("25\u202F559 habitants – 2 commune(s)"));
        assertEquals("Taille 1 – à 14\u202F441 habitants du seuil de la taille 2", label("#territory-size-class").getText());

        FxTestSupport.openTab(this, "tab-team");
        clickOn(FxTestSupport.node(this, "#team-add"));
        waitUntil(() -> lookup("#person-name").tryQuery().isPresent());
        clickOn(FxTestSupport.node(this, "#person-profession"));
        clickOn("Médecin généraliste");
        clickOn(FxTestSupport.node(this, "#person-name")).write("Dr Claire Martin");
        clickOn(FxTestSupport.node(this, "#person-role-PROJECT_LEADER"));
        clickOn(FxTestSupport.node(this, "#person-save"));
        waitUntil(() -> label("#team-professions").getText().startsWith("1 professionnel(s) de santé"));

        FxTestSupport.openTab(this, "tab-missions");
        waitUntil(() -> missions().getItems().size() >= 5);
        clickOn(FxTestSupport.node(this, "#mission-chosen"));
        waitUntil(() -> row(Mission.ACCESS).caseMission().chosen());

        FxTestSupport.stop(app);
        app = FxTestSupport.start(dataDir);
        waitUntil(() -> lookup("#detail-name").tryQuery().isPresent());
        FxTestSupport.openTab(this, "tab-territory");
        waitUntil(() -> label("#territory-total").getText().equals("25\u202F559 habitants – 2 commune(s)"));
        FxTestSupport.openTab(this, "tab-missions");
        waitUntil(() -> !missions().getItems().isEmpty() && row(Mission.ACCESS).caseMission().chosen());
        assertTrue(lookup("#mission-chosen").queryAs(CheckBox.class).isSelected());
    }

    private void addCommune(String code, String name, String population) {
        // The manual entry is folded under the communes table: unfold it as a referent would.
        interact(() -> ((javafx.scene.control.TitledPane) lookup("#territory-manual").query()).setExpanded(true));
        clickOn(FxTestSupport.node(this, "#territory-code")).write(code);
        clickOn(FxTestSupport.node(this, "#territory-name")).write(name);
        clickOn(FxTestSupport.node(this, "#territory-population")).write(population);
        clickOn(FxTestSupport.node(this, "#territory-vintage")).write("2023");
        clickOn(FxTestSupport.node(this, "#territory-add"));
    }

    private Label label(String id) {
        return lookup(id).queryAs(Label.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<MissionRow> missions() {
        return lookup("#missions-table").queryAs(TableView.class);
    }

    private MissionRow row(Mission mission) {
        return missions().getItems().stream().filter(r -> r.mission() == mission).findFirst().orElseThrow();
    }
}
