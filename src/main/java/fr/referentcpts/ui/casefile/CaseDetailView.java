package fr.referentcpts.ui.casefile;

import atlantafx.base.theme.Styles;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.Forms;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import fr.referentcpts.ui.common.Completion;

/**
 * The open case file: its name and stage, archive/delete actions, and its tabs (identity,
 * edited in place and saved automatically, then territory, team…).
 */
public final class CaseDetailView extends VBox {
    private final TabPane tabs;

    public CaseDetailView(CaseDetailViewModel vm, Messages messages, List<String> departementSuggestions,
            List<Tab> moreTabs) {
        this(vm, messages, departementSuggestions, List.of(), moreTabs);
    }

    /** {@code firstTabs} come before the identity tab (the « Parcours »), {@code moreTabs} after it. */
    public CaseDetailView(CaseDetailViewModel vm, Messages messages, List<String> departementSuggestions,
            List<Tab> firstTabs, List<Tab> moreTabs) {
        getStyleClass().add("case-detail");
        setSpacing(12);

        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(vm.nameProperty());
        title.setWrapText(true);
        Label stage = new Label();
        stage.getStyleClass().addAll("badge", "stage-badge");
        stage.textProperty().bind(vm.stageLabelProperty());
        Label archived = new Label(messages.get("casefile.archived"));
        archived.getStyleClass().addAll("badge", "archived-badge");
        archived.visibleProperty().bind(vm.archivedProperty());
        archived.managedProperty().bind(archived.visibleProperty());
        HBox badges = new HBox(8, stage, archived);
        badges.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TextField name = new TextField();
        name.setId("detail-name");
        name.textProperty().bindBidirectional(vm.nameProperty());
        TextField departement = new TextField();
        departement.setId("detail-departement");
        departement.setPromptText(messages.get("casefile.departement.prompt"));
        departement.textProperty().bindBidirectional(vm.departementProperty());
        // Saved when the referent leaves the field, presses Enter or picks a suggestion, never mid-choice.
        Completion.bind(departement, departementSuggestions).setOnAutoCompleted(e -> vm.commitDepartement(() -> { }));
        departement.setOnAction(e -> vm.commitDepartement(() -> { }));
        departement.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                vm.commitDepartement(() -> { });
            }
        });
        TextField referent = new TextField();
        referent.setId("detail-referent");
        referent.textProperty().bindBidirectional(vm.referentProperty());
        TextArea notes = new TextArea();
        notes.setId("detail-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(6);
        notes.textProperty().bindBidirectional(vm.notesProperty());

        IdentityErrors errors = vm.fieldErrors();
        VBox form = new VBox(10,
                Forms.field(messages.get("casefile.field.name"), name, errors.nameProperty()),
                Forms.field(messages.get("casefile.field.departement"), departement, errors.departementProperty()),
                Forms.field(messages.get("casefile.field.referent"), referent, errors.referentProperty()),
                Forms.field(messages.get("casefile.field.notes"), notes, errors.notesProperty()));

        Button archive = new Button(messages.get("casefile.archive"));
        archive.setId("detail-archive");
        archive.setOnAction(e -> vm.archive());
        archive.visibleProperty().bind(vm.archivedProperty().not());
        archive.managedProperty().bind(archive.visibleProperty());
        Button restore = new Button(messages.get("casefile.restore"));
        restore.setId("detail-restore");
        restore.setOnAction(e -> vm.restore());
        restore.visibleProperty().bind(vm.archivedProperty());
        restore.managedProperty().bind(restore.visibleProperty());
        Button delete = new Button(messages.get("casefile.delete"));
        delete.setId("detail-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> vm.delete());
        Label saveState = new Label();
        saveState.setId("detail-save-state");
        saveState.getStyleClass().add(Styles.TEXT_MUTED);
        saveState.textProperty().bind(vm.saveStateProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Button button : List.of(archive, restore, delete)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }

        form.getChildren().add(saveState);
        form.getStyleClass().add("tab-content");
        Tab identity = new Tab(messages.get("casefile.tab.identity"), new ScrollPane(form));
        identity.setId("tab-identity");
        tabs = new TabPane();
        tabs.getTabs().addAll(firstTabs);
        tabs.getTabs().add(identity);
        tabs.getTabs().addAll(moreTabs);
        tabs.getSelectionModel().selectFirst();
        tabs.getTabs().forEach(tab -> tab.setClosable(false));
        tabs.setId("case-tabs");
        // Compact headers: the nine tabs of a case fit beside the list on a 1366-px screen.
        tabs.getStyleClass().add(Styles.DENSE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        ((ScrollPane) identity.getContent()).setFitToWidth(true);
        HBox header = new HBox(12, badges, spacer, archive, restore, delete);
        header.getStyleClass().add("detail-actions");
        getChildren().addAll(title, header, tabs);
    }

    /** A warning shown under the case's title while {@code text} is not empty (a broken history chain). */
    public void warning(javafx.beans.property.ReadOnlyStringProperty text) {
        Label banner = new Label();
        banner.setId("detail-warning");
        banner.setWrapText(true);
        banner.getStyleClass().add(Styles.DANGER);
        banner.textProperty().bind(text);
        banner.visibleProperty().bind(text.isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        getChildren().add(1, banner);
    }

    /** Shows the tab {@code id}; false when there is none. */
    public boolean select(String id) {
        for (Tab tab : tabs.getTabs()) {
            if (id.equals(tab.getId())) {
                tabs.getSelectionModel().select(tab);
                return true;
            }
        }
        return false;
    }

    /**
     * Another case opens: on its first tab (« Parcours »), every tab scrolled back to the top, not
     * where the previous case was left.
     */
    public void showFirstTabAtTop() {
        tabs.getSelectionModel().selectFirst();
        for (Tab tab : tabs.getTabs()) {
            if (tab.getContent() instanceof ScrollPane scroll) {
                scroll.setVvalue(scroll.getVmin());
                scroll.setHvalue(scroll.getHmin());
            }
        }
    }

    public boolean has(String id) {
        return tabs.getTabs().stream().anyMatch(tab -> id.equals(tab.getId()));
    }
}
