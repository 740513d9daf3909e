package fr.referentcpts.ui;

import static fr.referentcpts.testing.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.IndicatorKind;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.core.people.Profession;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.core.workflow.HistoryKind;
import fr.referentcpts.core.workflow.LetterDecision;
import fr.referentcpts.testing.FxTestSupport;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.testing.WorkflowFixture;
import fr.referentcpts.ui.portfolio.CaseRow;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A referent walks one case from pré-projet to the signed contract through the « Parcours »
 * tab, headless: each form filled makes its missing items turn met, each stage is passed with a
 * decision, and the history records them. The team, the territory and the missions (edited in
 * their own tabs) are prepared beforehand.
 */
class WorkflowFlowTest extends FxRobot {
    @TempDir
    Path dataDir;
    private Application app;
    private UUID caseId;

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxTestSupport.stop(app);
        }
    }

    @Test
    void fromPreProjectToTheSignedContract() throws Exception {
        prepareCase();
        app = FxTestSupport.start(dataDir);
        waitUntil(() -> lookup("#cases").tryQuery().isPresent() && table().getItems().size() == 1);
        interact(() -> table().getSelectionModel().select(0));
        waitUntil(() -> lookup("#req-PRE_FIRST_CONTACT").tryQuery().isPresent());

        // Pré-projet: the team and the territory are there; the form and the meeting are missing.
        assertState("#req-PRE_TEAM", "req-met");
        assertState("#req-PRE_FIRST_CONTACT", "req-blocking");
        type("#pre-first-contact", "12/09/2026");
        type("#pre-problems", "Départs en retraite de médecins généralistes ; urgences saturées le week-end.");
        click("#pre-save");
        waitForState("#req-PRE_FIRST_CONTACT", "req-met");
        waitForState("#req-PRE_PROBLEMS", "req-met");
        assertState("#req-PRE_INFO_MEETING", "req-blocking");
        assertTrue(lookup("#workflow-advance").query().isDisabled());

        FxTestSupport.openTab(this, "tab-meetings");
        clickOn(FxTestSupport.node(this, "#meeting-new"));
        waitUntil(() -> lookup("#meeting-save").tryQuery().isPresent());
        type("#meeting-place", "MSP de Vire");
        fire("#meeting-save");
        waitUntil(() -> lookup("#meeting-save").tryQuery().isEmpty());
        FxTestSupport.openTab(this, "tab-workflow");
        waitForState("#req-PRE_INFO_MEETING", "req-met");
        advance();
        waitUntil(() -> lookup("#req-LETTER_RECEIVED").tryQuery().isPresent());

        // Lettre d'intention.
        assertState("#req-LETTER_DECISION", "req-blocking");
        type("#letter-received", "02/10/2026");
        for (String item : List.of("TERRITORY", "FIRST_DIAGNOSIS", "ACTORS_AND_PARTNERS", "ORIENTATIONS", "CALENDAR")) {
            click("#letter-item-" + item);
        }
        type("#letter-sent", "05/10/2026");
        choose("#letter-decision", LetterDecision.VALIDATED);
        type("#letter-decision-date", "12/11/2026");
        click("#letter-save");
        waitForState("#req-LETTER_DECISION", "req-met");
        waitForState("#req-LETTER_CONTENT-CALENDAR", "req-met");
        assertState("#req-LETTER_SEED_GRANT", "req-warning");
        advance();
        waitUntil(() -> lookup("#req-PROJECT_RNA").tryQuery().isPresent());

        // Projet de santé: the missions are there; president and coordinator come from their roles.
        assertState("#req-PROJECT_SOCLE_MISSION-CRISIS", "req-met");
        assertState("#req-PROJECT_PRESIDENT", "req-met");
        type("#project-name", "Association CPTS du Bocage Virois");
        type("#project-rna", "W14300123");
        click("#project-save");
        waitUntil(() -> !errorUnder("#project-rna").isEmpty());
        assertTrue(errorUnder("#project-rna").contains("n’est pas un numéro RNA"), errorUnder("#project-rna"));
        type("#project-rna", "W143001234");
        type("#project-statutes", "02/02/2026");
        type("#project-assembly", "02/02/2026");
        type("#project-seat", "Vire Normandie");
        for (String item : List.of("MEDICAL_DEMOGRAPHY", "POPULATION_HEALTH", "INFRASTRUCTURES_AND_PATHWAYS",
                "CITY_HOSPITAL_LINKS", "EMERGENCIES_AND_UNSCHEDULED_CARE", "ACCESS_TO_GP")) {
            click("#project-diag-" + item);
        }
        type("#project-received", "01/09/2026");
        type("#project-ars", "05/11/2026");
        type("#project-am", "06/11/2026");
        click("#project-save");
        waitForState("#req-PROJECT_AM_VALIDATION", "req-met");
        waitForState("#req-PROJECT_DIAGNOSIS-ACCESS_TO_GP", "req-met");
        advance();
        waitUntil(() -> lookup("#req-SIGN_POPULATION").tryQuery().isPresent());

        // Négociation et signature.
        assertState("#req-SIGN_INDICATORS-ACCESS", "req-met");
        assertState("#req-SIGN_MEETING", "req-blocking");
        FxTestSupport.openTab(this, "tab-meetings");
        clickOn(FxTestSupport.node(this, "#meeting-new"));
        waitUntil(() -> lookup("#meeting-save").tryQuery().isPresent());
        fire("#meeting-save");
        waitUntil(() -> lookup("#meeting-save").tryQuery().isEmpty());
        FxTestSupport.openTab(this, "tab-workflow");
        waitForState("#req-SIGN_MEETING", "req-met");
        click("#negotiation-use-total");
        click("#negotiation-size-confirmed");
        @SuppressWarnings("unchecked")
        ChoiceBox<RulesVersion> rulesBox = (ChoiceBox<RulesVersion>) lookup("#negotiation-rules").query();
        RulesVersion av2 = interactValue(() -> rulesBox.getItems().stream().filter(v -> v != null && v.id().equals("ACI-2019-AV2")).findFirst().orElseThrow());
        choose("#negotiation-rules", av2);
        type("#negotiation-cpts-quality", "Présidente de l’association");
        type("#negotiation-cpam-name", "Bertrand Lelièvre");
        type("#negotiation-cpam-quality", "Directeur général");
        type("#negotiation-ars-name", "Claire Rigault");
        type("#negotiation-ars-quality", "Déléguée départementale");
        type("#negotiation-cpam", "CPAM du Calvados");
        type("#negotiation-ars", "ARS Normandie");
        type("#negotiation-signature-date", "20/11/2026");
        type("#negotiation-signature-place", "Vire");
        click("#negotiation-save");
        waitForState("#req-SIGN_DATE", "req-met");
        waitForState("#req-SIGN_SIGNATORY-ARS", "req-met");
        assertState("#req-SIGN_POPULATION", "req-met");
        assertState("#req-SIGN_RULES", "req-met");
        advance();
        waitUntil(() -> table().getItems().getFirst().stageLabel().equals("Suivi du contrat"));

        FxTestSupport.stop(app);
        app = null;
        try (AppContext context = TestData.open(dataDir)) {
            var history = context.workflow().snapshot(caseId).history();
            assertEquals(4, history.stream().filter(h -> h.kind() == HistoryKind.ADVANCE).count());
            assertEquals(WorkflowStage.FOLLOW_UP, history.getLast().to());
            assertTrue(history.stream().anyMatch(h -> h.kind() == HistoryKind.LETTER_VALIDATED));
        }
    }

    /** The case and what other tabs edit: team with roles, territory, missions with actions and indicators. */
    private void prepareCase() {
        try (AppContext context = TestData.open(dataDir)) {
            WorkflowFixture fixture = new WorkflowFixture(context);
            CaseFile caseFile = fixture.newCase("CPTS du Bocage Virois");
            caseId = caseFile.id();
            fixture.person(caseId, "Dr Claire Martin", Profession.GENERAL_PRACTITIONER, Role.PROJECT_LEADER,
                    Role.CONTACT);
            fixture.person(caseId, "Julien Lefèvre", Profession.NURSE);
            fixture.person(caseId, "Dr Anne Lebrun", Profession.PHARMACIST, Role.PRESIDENT);
            fixture.person(caseId, "Sophie Marie", null, Role.COORDINATOR);
            context.territories().add(caseId, List.of(WorkflowFixture.commune("14762", "Vire Normandie", 17_457),
                    WorkflowFixture.commune("14726", "Valdallière", 5_696),
                    WorkflowFixture.commune("14658", "Noues de Sienne", 4_207)));
            RulesVersion rules = context.rules().versionInForceAt(WorkflowFixture.TODAY);
            for (Mission mission : List.of(Mission.ACCESS, Mission.PATHWAYS, Mission.PREVENTION, Mission.CRISIS)) {
                context.missions().saveMission(caseId, new CaseMission(mission, true, null, false), rules);
                context.missions().saveAction(new MissionAction(UUID.randomUUID(), caseId, mission, "Action " + mission,
                        "", "", "", ""));
                context.missions().saveIndicator(new Indicator(UUID.randomUUID(), caseId, mission,
                        "Indicateur " + mission, IndicatorKind.RESULTS, "", null, Direction.HIGHER_IS_BETTER,
                        BigDecimal.ONE, Map.of(1, BigDecimal.TEN), Map.of()));
            }
        }
    }

    private void advance() throws Exception {
        try {
            waitUntil(() -> !lookup("#workflow-advance").query().isDisabled());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("still missing: " + lookup(".req-blocking").queryAll().stream().map(Node::getId)
                    .toList(), e);
        }
        click("#workflow-advance");
        waitUntil(() -> lookup("#transition-confirm").tryQuery().isPresent());
        fire("#transition-confirm");
        waitUntil(() -> lookup("#transition-confirm").tryQuery().isEmpty());
    }

    /**
     * Scrolls the « Parcours » to a button or check box and activates it. The forms are used
     * through their controls (fire, setText) rather than mouse coordinates: the tab re-lays out
     * as requirements turn met, and a headless robot would click where a control just was.
     */
    private void click(String query) throws Exception {
        reveal(query);
        interact(() -> {
            Node node = lookup(query).query();
            if (node instanceof javafx.scene.control.ButtonBase button) {
                button.fire();
            } else {
                clickOn(node);
            }
        });
    }

    /**
     * Presses a dialog's button. Not by mouse: a headless click whose release lands after the
     * window closed leaves the robot's button pressed for the next test.
     */
    private void fire(String query) throws Exception {
        waitUntil(() -> lookup(query).tryQuery().isPresent());
        interact(() -> ((javafx.scene.control.ButtonBase) lookup(query).query()).fire());
    }

    /** Replaces the text of a field, as typed. */
    private void type(String query, String text) throws Exception {
        reveal(query);
        interact(() -> {
            javafx.scene.control.TextInputControl field = lookup(query).query();
            field.requestFocus();
            field.setText(text);
        });
    }

    private <T> void choose(String query, T value) throws Exception {
        reveal(query);
        interact(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<T> box = (ChoiceBox<T>) lookup(query).query();
            box.setValue(value);
        });
    }

    private void reveal(String query) throws Exception {
        waitUntil(() -> lookup(query).tryQuery().isPresent());
        interact(() -> {
            Node node = lookup(query).query();
            for (Node up = node.getParent(); up != null; up = up.getParent()) {
                if (up instanceof TitledPane pane && !pane.isExpanded()) {
                    pane.setExpanded(true);
                }
            }
            Node scroll = node;
            while (scroll != null && !(scroll instanceof ScrollPane)) {
                scroll = scroll.getParent();
            }
            if (scroll instanceof ScrollPane pane) {
                pane.layout();
                Node content = pane.getContent();
                Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double hidden = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                if (hidden > 0) {
                    pane.setVvalue(Math.max(0, Math.min(1, (bounds.getMinY() - 60) / hidden)));
                }
            }
        });
    }

    private void waitForState(String query, String state) throws Exception {
        waitUntil(() -> lookup(query).tryQuery().map(n -> n.getStyleClass().contains(state)).orElse(false));
    }

    private void assertState(String query, String state) {
        Node node = lookup(query).query();
        assertTrue(node.getStyleClass().contains(state), query + " " + node.getStyleClass());
    }

    /** The French error under a field (the label after it in its form field). */
    private String errorUnder(String query) {
        Node field = lookup(query).query();
        return field.getParent().getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("field-error"))
                .map(n -> ((Label) n).getText()).findFirst().orElse("");
    }

    private <T> T interactValue(java.util.concurrent.Callable<T> work) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(work).get();
    }

    @SuppressWarnings("unchecked")
    private TableView<CaseRow> table() {
        return lookup("#cases").queryAs(TableView.class);
    }
}
