package fr.referentcpts.ui.workflow;

import atlantafx.base.theme.Styles;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.workflow.Place;
import fr.referentcpts.core.workflow.Requirement;
import fr.referentcpts.core.workflow.StageFlow;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.FirstMissing;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Accordion;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The « Parcours » tab: where the case stands on the path, the one next action, what the stage
 * asks for (missing blocking items in red, warnings in amber, what is not due yet in grey), the
 * transitions, the stage forms and the history timeline. « Y aller » opens where the next action
 * is done and puts the cursor in the field it fills in.
 */
public final class WorkflowView extends VBox {
    /** The form panes, by the stage whose data they hold (FOLLOW_UP: dialogue de gestion and payments). */
    private final Map<WorkflowStage, TitledPane> panes = new EnumMap<>(WorkflowStage.class);
    private final Accordion accordion = new Accordion();

    /**
     * @param navigate   opens the tab where a requirement is filled (team, territory, meetings…) and focuses its field
     * @param navigable  whether a place can be opened from here
     */
    public WorkflowView(WorkflowViewModel vm, Forms forms, Messages messages, Consumer<Requirement> navigate,
            Predicate<Place> navigable) {
        setSpacing(14);
        getStyleClass().addAll("tab-content", "workflow");

        FlowPane steps = new FlowPane(6, 6);
        steps.setId("workflow-steps");
        Label endState = new Label();
        endState.getStyleClass().addAll("badge", "end-state");
        vm.stageProperty().addListener((obs, old, stage) -> fillSteps(steps, endState, stage, messages));

        Label nextTitle = new Label(messages.get("workflow.next.title"));
        nextTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Label next = new Label();
        next.setId("workflow-next-action");
        next.setWrapText(true);
        next.setMinHeight(Region.USE_PREF_SIZE);
        next.textProperty().bind(vm.nextActionProperty());
        Button go = new Button(messages.get("workflow.next.go"));
        go.setId("workflow-next-go");
        go.getStyleClass().add(Styles.SMALL);
        go.managedProperty().bind(go.visibleProperty());
        go.setVisible(false);
        go.setOnAction(e -> goTo(vm.nextRequirementProperty().get(), vm, navigate));
        vm.nextRequirementProperty().addListener((obs, old, r) -> go.setVisible(r != null
                && reachable(r.kind().place(), navigable)));
        VBox callout = new VBox(6, nextTitle, next, go);
        callout.getStyleClass().add("next-action");

        Label summary = new Label();
        summary.setId("workflow-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(vm.summaryProperty());
        VBox requirements = new VBox(4);
        requirements.setId("workflow-requirements");
        vm.requirements().addListener((ListChangeListener<RequirementRow>) c -> fillRequirements(requirements,
                vm.requirements(), r -> goTo(r, vm, navigate), navigable));

        Button advance = new Button();
        advance.setId("workflow-advance");
        advance.getStyleClass().add(Styles.ACCENT);
        advance.textProperty().bind(vm.advanceLabelProperty());
        advance.disableProperty().bind(vm.canAdvanceProperty().not());
        advance.setOnAction(e -> open(vm, TransitionViewModel.Mode.ADVANCE, vm.advanceLabelProperty().get(), messages,
                window()));
        Button back = action("workflow-back", messages.get("workflow.action.back"), vm.canGoBackProperty());
        back.setOnAction(e -> open(vm, TransitionViewModel.Mode.BACK, messages.get("workflow.action.back"), messages,
                window()));
        Button abandon = action("workflow-abandon", messages.get("workflow.action.abandon"), vm.canAbandonProperty());
        abandon.setOnAction(e -> open(vm, TransitionViewModel.Mode.ABANDON, messages.get("workflow.action.abandon"),
                messages, window()));
        Button terminate = action("workflow-terminate", messages.get("workflow.action.terminate"),
                vm.canTerminateProperty());
        terminate.setOnAction(e -> open(vm, TransitionViewModel.Mode.TERMINATE, messages.get("workflow.action.terminate"),
                messages, window()));
        FlowPane actions = new FlowPane(8, 8, advance, back, abandon, terminate);
        actions.getStyleClass().add("workflow-actions");

        pane(WorkflowStage.PRE_PROJECT, "workflow-form-pre", messages.get("stage.pre_project"),
                () -> StageForms.preProject(forms.preProject(), messages));
        pane(WorkflowStage.LETTER_OF_INTENT, "workflow-form-letter", messages.get("stage.letter_of_intent"),
                () -> new VBox(12, StageForms.letter(forms.letter(), messages),
                        ContractForms.letterPayment(forms.contract().letterPayment())));
        pane(WorkflowStage.HEALTH_PROJECT, "workflow-form-project", messages.get("stage.health_project"),
                () -> StageForms.healthProject(forms.healthProject(), messages));
        // The first payment's file: a signature form, kept at hand in the follow-up once signed.
        Node paymentFile = ContractForms.paymentFile(forms.contract().paymentFile(), messages);
        VBox fileAtSignature = new VBox(paymentFile);
        VBox fileInFollowUp = new VBox();
        pane(WorkflowStage.SIGNATURE, "workflow-form-negotiation", messages.get("stage.signature"),
                () -> new VBox(18, StageForms.negotiation(forms.negotiation(), messages), fileAtSignature));
        pane(WorkflowStage.FOLLOW_UP, "workflow-form-follow-up", messages.get("stage.follow_up"),
                () -> new VBox(18, FollowUpForms.review(forms.review(), messages),
                        FollowUpForms.payments(forms.payments(), messages),
                        ContractForms.crises(forms.contract().crises(), messages),
                        ContractForms.plan(forms.contract().plan(), messages), fileInFollowUp,
                        AmendmentsPane.of(forms.amendments(), messages)));
        vm.stageProperty().addListener((obs, old, stage) -> (stage == WorkflowStage.FOLLOW_UP
                || stage == WorkflowStage.TERMINATED || stage == WorkflowStage.CLOSED ? fileInFollowUp : fileAtSignature).getChildren().setAll(paymentFile));
        accordion.setId("workflow-forms");
        vm.stageProperty().addListener((obs, old, stage) -> expand(stage));

        VBox timeline = new VBox(6);
        timeline.setId("workflow-history");
        vm.history().addListener((ListChangeListener<HistoryRow>) c -> fillHistory(timeline, vm.history(), messages));
        TitledPane history = new TitledPane(messages.get("workflow.history.title"), timeline);
        history.setId("workflow-history-pane");

        Label formsTitle = new Label(messages.get("workflow.forms.title"));
        formsTitle.getStyleClass().add(Styles.TITLE_4);
        getChildren().addAll(new HBox(8, steps, endState), callout, actions, summary, requirements, formsTitle,
                accordion, history);
    }

    /** The ViewModels of the stage forms shown in the tab. */
    public record Forms(PreProjectFormViewModel preProject, LetterFormViewModel letter,
            HealthProjectFormViewModel healthProject, NegotiationFormViewModel negotiation,
            AnnualReviewViewModel review, PaymentsViewModel payments, ContractFollowUpViewModel contract,
            AmendmentsViewModel amendments) {
    }

    /**
     * A stage's form, built the first time its pane opens: the window opens on the current
     * stage's form only (the five forms' fields and their styles are most of the startup work
     * of the case detail).
     */
    private void pane(WorkflowStage stage, String id, String title, Supplier<Node> content) {
        TitledPane pane = fr.referentcpts.ui.common.LazyPane.of(id, title, content);
        panes.put(stage, pane);
        accordion.getPanes().add(pane);
    }

    private void expand(WorkflowStage stage) {
        WorkflowStage shown = stage == null ? null : stage == WorkflowStage.CLOSED || stage == WorkflowStage.TERMINATED ? WorkflowStage.FOLLOW_UP : stage;
        TitledPane pane = panes.get(shown);
        if (pane != null) {
            accordion.setExpandedPane(pane);
        }
    }

    /** Opens the form or the tab that fills {@code r} in, the cursor in its field (never the window's search). */
    private void goTo(Requirement r, WorkflowViewModel vm, Consumer<Requirement> navigate) {
        if (r == null) {
            return;
        }
        Place place = r.kind().place();
        if (place == Place.STAGE_FORM || place == Place.FOLLOW_UP) {
            WorkflowStage form = RequirementFields.form(r, vm.stageProperty().get());
            TitledPane pane = panes.get(form);
            if (pane != null) {
                boolean animated = pane.isAnimated();
                pane.setAnimated(false);
                expand(form);
                pane.setAnimated(animated);
                layout();
                FirstMissing.focus(pane.getContent(), RequirementFields.ids(r));
            }
        } else {
            navigate.accept(r);
        }
    }

    private static boolean reachable(Place place, Predicate<Place> navigable) {
        return place != null && (navigable.test(place) || place == Place.STAGE_FORM || place == Place.FOLLOW_UP);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static void open(WorkflowViewModel vm, TransitionViewModel.Mode mode, String label, Messages messages,
            Window owner) {
        String title = label.endsWith("…") ? label.substring(0, label.length() - 1) : label;
        new TransitionDialog(vm.transition(mode), messages, owner, title, vm::apply).show();
    }

    private static Button action(String id, String text, javafx.beans.value.ObservableBooleanValue enabled) {
        Button button = new Button(text);
        button.setId(id);
        button.visibleProperty().bind(enabled);
        button.managedProperty().bind(button.visibleProperty());
        return button;
    }

    private static void fillSteps(FlowPane steps, Label endState, WorkflowStage stage, Messages messages) {
        steps.getChildren().clear();
        int at = stage == null ? -1 : stage == WorkflowStage.CLOSED ? StageFlow.PATH.size() : StageFlow.PATH.indexOf(stage);
        for (int i = 0; i < StageFlow.PATH.size(); i++) {
            Label step = new Label(messages.get(StageFlow.PATH.get(i)));
            step.getStyleClass().add("step");
            step.getStyleClass().add(i == at ? "step-current" : i < at ? "step-done" : "step-ahead");
            if (i > 0) {
                Label arrow = new Label("›");
                arrow.getStyleClass().add("step-arrow");
                steps.getChildren().add(arrow);
            }
            steps.getChildren().add(step);
        }
        boolean ended = stage != null && stage.isEndState();
        endState.setText(ended ? messages.get(stage) : "");
        endState.setVisible(ended);
        endState.setManaged(ended);
    }

    private static void fillRequirements(VBox box, List<RequirementRow> rows, Consumer<Requirement> navigate,
            Predicate<Place> navigable) {
        box.getChildren().setAll(rows.stream().map(row -> {
            Label mark = new Label(switch (row.state()) {
                case MET -> "✓";
                case MISSING_BLOCKING -> "✗";
                case MISSING_WARNING -> "!";
                case UPCOMING -> "○";
            });
            mark.getStyleClass().add("requirement-mark");
            Label label = new Label(row.label());
            label.setWrapText(true);
            label.getStyleClass().add("requirement-label");
            Label detail = new Label(row.detail());
            detail.setWrapText(true);
            detail.getStyleClass().addAll("requirement-detail", Styles.TEXT_MUTED);
            detail.setVisible(!row.detail().isEmpty());
            detail.setManaged(!row.detail().isEmpty());
            VBox text = new VBox(1, label, detail);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox line = new HBox(8, mark, text);
            line.setId("req-" + row.code().replace(':', '-'));
            line.getStyleClass().addAll("requirement", switch (row.state()) {
                case MET -> "req-met";
                case MISSING_BLOCKING -> "req-blocking";
                case MISSING_WARNING -> "req-warning";
                case UPCOMING -> "req-upcoming";
            });
            if ((row.state() == RequirementRow.State.MISSING_BLOCKING || row.state() == RequirementRow.State.MISSING_WARNING)
                    && reachable(row.place(), navigable)) {
                line.getStyleClass().add("req-link");
                line.setOnMouseClicked(e -> navigate.accept(row.requirement()));
            }
            line.setMinHeight(Region.USE_PREF_SIZE);
            return (Node) line;
        }).toList());
    }

    private static void fillHistory(VBox box, List<HistoryRow> rows, Messages messages) {
        if (rows.isEmpty()) {
            Label none = new Label(messages.get("workflow.history.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().setAll(none);
            return;
        }
        box.getChildren().setAll(rows.stream().map(row -> {
            Label date = new Label(row.date());
            date.getStyleClass().add("history-date");
            date.setMinWidth(Region.USE_PREF_SIZE);
            Label title = new Label(row.title());
            title.setWrapText(true);
            title.getStyleClass().add(Styles.TEXT_BOLD);
            Label detail = new Label(row.detail());
            detail.setWrapText(true);
            detail.setVisible(!row.detail().isEmpty());
            detail.setManaged(!row.detail().isEmpty());
            Label author = new Label(row.author());
            author.getStyleClass().add(Styles.TEXT_MUTED);
            VBox text = new VBox(1, title, detail, author);
            HBox line = new HBox(12, date, text);
            line.getStyleClass().add("history-row");
            return (Node) line;
        }).toList());
    }
}
