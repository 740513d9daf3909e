package fr.referentcpts.ui;

import fr.referentcpts.testing.AppFlowTest;
import static fr.referentcpts.testing.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingKind;
import fr.referentcpts.core.people.Profession;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.core.workflow.ContactParty;
import fr.referentcpts.core.workflow.PreProject;
import fr.referentcpts.testing.FxTestSupport;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.testing.WorkflowFixture;
import fr.referentcpts.ui.home.HomeViewModel;
import fr.referentcpts.ui.portfolio.CaseRow;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/**
 * « Y aller » opens where the next action is done and puts the cursor in the field that is
 * missing — a tab or the stage form, never the window's search; a meeting planned for tonight is
 * shown « à venir », and with nothing to fill in there is no « Y aller ». The clock reads
 * 22/11/2026 at 10:30.
 */
class GoToFlowTest extends AppFlowTest {
    @Test
    void goToPutsTheCursorInTheMissingFieldAndATonightMeetingIsToCome() throws Exception {
        try (AppContext context = TestData.open(dataDir)) {
            WorkflowFixture fixture = new WorkflowFixture(context);
            fixture.newCase("CPTS A – équipe à constituer");
            UUID form = fixture.newCase("CPTS B – formulaire à remplir").id();
            fixture.person(form, "Dr Claire Martin", Profession.GENERAL_PRACTITIONER, Role.CONTACT);
            fixture.person(form, "Julien Lefèvre", Profession.NURSE);
            context.territories().add(form, List.of(WorkflowFixture.commune("14762", "Vire Normandie", 27_457)));
            UUID tonight = fixture.newCase("CPTS C – réunion ce soir").id();
            fixture.person(tonight, "Dr Paul Roger", Profession.GENERAL_PRACTITIONER, Role.CONTACT);
            fixture.person(tonight, "Léa Morin", Profession.NURSE);
            context.territories().add(tonight, List.of(WorkflowFixture.commune("14726", "Valdallière", 25_696)));
            context.stageForms().save(tonight, new PreProject(WorkflowFixture.TODAY.minusMonths(1), ContactParty.BOTH,
                    "Départs en retraite de médecins généralistes.", 0));
            context.meetings().save(new Meeting(UUID.randomUUID(), tonight, WorkflowFixture.TODAY, LocalTime.of(20, 0),
                    "Mairie de Vire", MeetingKind.INFORMATION, List.of(), "", "", "", List.of(), 0));
        }
        app = FxTestSupport.start(dataDir);
        waitUntil(() -> lookup("#cases").tryQuery().isPresent() && table().getItems().size() == 3);
        // The home figures follow the list: three pre-projects, tonight's meeting among « À venir ».
        waitUntil(() -> homeUpcoming().stream().anyMatch(row -> row.caseName().equals("CPTS C – réunion ce soir")));
        assertTrue(lookup("#pipeline-pre_project").queryButton().getText().endsWith("  3"));

        // The team is missing: « Y aller » opens « Équipe » with the cursor on « Ajouter ».
        open("CPTS A – équipe à constituer", "#req-PRE_TEAM");
        goTo("Complétez l’équipe projet");
        waitUntil(() -> selectedTab().equals("tab-team") && focusedId().equals("team-add"));

        // The pre-project form is missing its first contact: the form opens, the cursor in that date.
        open("CPTS B – formulaire à remplir", "#req-PRE_FIRST_CONTACT");
        goTo("Indiquez la date du premier contact");
        waitUntil(() -> selectedTab().equals("tab-workflow") && focusedId().equals("pre-first-contact"));
        assertFalse(focusedId().equals("search"), "never the window's search");

        // Tonight's information meeting is to come (grey), not held; nothing to fill in: no « Y aller ».
        open("CPTS C – réunion ce soir", "#req-PRE_INFO_MEETING");
        waitUntil(() -> lookup("#req-PRE_INFO_MEETING").query().getStyleClass().contains("req-upcoming"));
        assertTrue(lookup("#req-PRE_INFO_MEETING").query().getStyleClass().contains("req-upcoming"));
        assertTrue(lookup(".req-blocking").queryAll().isEmpty(), "nothing counted missing");
        assertEquals("0 élément(s) bloquant(s) manquant(s), 0 avertissement(s), 1 à venir, 7 élément(s) réuni(s)",
                lookup("#workflow-summary").queryAs(Label.class).getText());
        assertTrue(lookup("#workflow-next-action").queryAs(Label.class).getText()
                .startsWith("Rien d’autre à faire pour l’instant"));
        assertFalse(lookup("#workflow-next-go").queryAs(Button.class).isVisible(), "nowhere to go");
        assertTrue(lookup("#workflow-advance").query().isDisabled(), "the meeting is not held yet");
    }

    /**
     * A socle mission not chosen in the health project: its line leads to « Missions », that
     * mission selected — the tab reads the case only then, « Y aller » waits for it.
     */
    @Test
    void aMissingMissionLeadsToItsRowInTheMissionsTab() throws Exception {
        try (AppContext context = TestData.open(dataDir)) {
            WorkflowFixture fixture = new WorkflowFixture(context);
            UUID id = fixture.newCase("CPTS D – missions à choisir").id();
            fixture.walkTo(id, fr.referentcpts.core.casefile.WorkflowStage.HEALTH_PROJECT);
        }
        app = FxTestSupport.start(dataDir);
        waitUntil(() -> lookup("#cases").tryQuery().isPresent() && table().getItems().size() == 1);
        open("CPTS D – missions à choisir", "#req-PROJECT_SOCLE_MISSION-CRISIS");
        assertTrue(lookup("#req-PROJECT_SOCLE_MISSION-CRISIS").query().getStyleClass().contains("req-link"));

        interact(() -> lookup("#req-PROJECT_SOCLE_MISSION-CRISIS").query().fireEvent(new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, javafx.scene.input.MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, false, null)));

        waitUntil(() -> selectedTab().equals("tab-missions") && selectedMission()
                .equals(fr.referentcpts.core.funding.Mission.CRISIS));
    }

    private Object selectedMission() {
        Object row = lookup("#missions-table").queryAs(TableView.class).getSelectionModel().getSelectedItem();
        return row == null ? "" : ((fr.referentcpts.ui.missions.MissionRow) row).mission();
    }

    private List<HomeViewModel.DeadlineRow> homeUpcoming() {
        return List.copyOf(lookup("#home-upcoming").<ListView<HomeViewModel.DeadlineRow>>query().getItems());
    }

    private void open(String name, String requirement) throws Exception {
        interact(() -> {
            TableView<CaseRow> cases = table();
            cases.getItems().stream().filter(r -> r.name().equals(name)).findFirst()
                    .ifPresent(r -> cases.getSelectionModel().select(r));
        });
        FxTestSupport.openTab(this, "tab-workflow");
        waitUntil(() -> lookup(requirement).tryQuery().isPresent() && lookup("#detail-name").tryQuery()
                .map(n -> ((javafx.scene.control.TextField) n).getText().equals(name)).orElse(false));
    }

    /** Presses « Y aller » from the keyboard's focus, as a user tabbing to it would. */
    /**
     * « Y aller » once the case opened shows its next action ({@code next}, its beginning) — the name
     * in the header comes first, the « Parcours » of the case read after, as a referent sees them.
     */
    private void goTo(String next) throws Exception {
        waitUntil(() -> lookup("#workflow-next-action").queryAs(Label.class).getText().startsWith(next)
                && lookup("#workflow-next-go").queryAs(Button.class).isVisible());
        interact(() -> {
            Button go = lookup("#workflow-next-go").queryAs(Button.class);
            go.requestFocus();
            go.fire();
        });
    }

    private String selectedTab() {
        return lookup("#case-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }

    private String focusedId() {
        Node focused = lookup("#cases").query().getScene().getFocusOwner();
        return focused == null || focused.getId() == null ? "" : focused.getId();
    }

    @SuppressWarnings("unchecked")
    private TableView<CaseRow> table() {
        return lookup("#cases").queryAs(TableView.class);
    }
}
