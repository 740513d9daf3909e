package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.funding.SizeClass;
import fr.referentcpts.core.workflow.ContactParty;
import fr.referentcpts.core.workflow.DiagnosisItem;
import fr.referentcpts.core.workflow.LetterDecision;
import fr.referentcpts.core.workflow.LetterItem;
import fr.referentcpts.core.workflow.SignatoryParty;
import fr.referentcpts.i18n.Messages;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The four stage forms, code-first: each binds its ViewModel and delegates « Enregistrer ». */
final class StageForms {
    private StageForms() {
    }

    static Node preProject(PreProjectFormViewModel vm, Messages messages) {
        GridPane grid = grid();
        grid.add(FormControls.field(messages.get("workflow.pre.firstContact"),
                FormControls.date("pre-first-contact", vm.firstContactProperty(), messages), vm.errorProperty("firstContact")),
                0, 0);
        grid.add(FormControls.field(messages.get("workflow.pre.contactedParty"), FormControls.keyed("pre-contacted",
                ContactParty.values(), messages, messages.get("workflow.form.notSpecified"), vm.contactedPartyProperty()),
                vm.errorProperty("contactedParty")), 1, 0);
        grid.add(FormControls.field(messages.get("workflow.pre.problems"), FormControls.area("pre-problems",
                vm.problemsProperty(), 4), vm.errorProperty("problems")), 0, 1, 2, 1);
        return form(grid, FormControls.saveBar("pre-save", messages, vm.saveStateProperty(), vm::save));
    }

    static Node letter(LetterFormViewModel vm, Messages messages) {
        GridPane grid = grid();
        grid.add(FormControls.field(messages.get("workflow.letter.received"),
                FormControls.date("letter-received", vm.receivedProperty(), messages), vm.errorProperty("received")), 0, 0);
        grid.add(FormControls.field(messages.get("workflow.letter.sentToArs"),
                FormControls.date("letter-sent", vm.sentToArsProperty(), messages), vm.errorProperty("sentToArs")), 1, 0);
        VBox content = new VBox(6);
        for (LetterItem item : LetterItem.values()) {
            content.getChildren().add(FormControls.check("letter-item-" + item.name(), messages.get(item),
                    vm.contentProperty(item)));
        }
        grid.add(FormControls.field(messages.get("workflow.letter.content"), content, vm.errorProperty("content")), 0, 1, 2, 1);
        grid.add(FormControls.field(messages.get("workflow.letter.decision"), FormControls.keyed("letter-decision",
                LetterDecision.values(), messages, messages.get("workflow.letter.noDecision"), vm.decisionProperty()),
                vm.errorProperty("decision")), 0, 2);
        grid.add(FormControls.field(messages.get("workflow.letter.decisionDate"),
                FormControls.date("letter-decision-date", vm.decisionDateProperty(), messages),
                vm.errorProperty("decisionDate")), 1, 2);
        grid.add(FormControls.field(messages.get("workflow.letter.decisionComments"), FormControls.area(
                "letter-decision-comments", vm.decisionCommentsProperty(), 2), vm.errorProperty("decisionComments")),
                0, 3, 2, 1);
        grid.add(FormControls.field(messages.get("workflow.letter.seedGrantAmount"), FormControls.text("letter-grant-amount",
                vm.seedGrantAmountProperty(), 140), vm.errorProperty("seedGrantAmount")), 0, 4);
        grid.add(FormControls.field(messages.get("workflow.letter.seedGrantDate"),
                FormControls.date("letter-grant-date", vm.seedGrantDateProperty(), messages), vm.errorProperty("seedGrantDate")),
                1, 4);
        return form(grid, FormControls.saveBar("letter-save", messages, vm.saveStateProperty(), vm::save));
    }

    static Node healthProject(HealthProjectFormViewModel vm, Messages messages) {
        GridPane grid = grid();
        grid.add(FormControls.field(messages.get("workflow.project.associationName"), FormControls.text("project-name",
                vm.associationNameProperty(), 260), vm.errorProperty("associationName")), 0, 0);
        TextField rna = FormControls.text("project-rna", vm.rnaProperty(), 140);
        rna.setPromptText("W143001234");
        grid.add(FormControls.field(messages.get("workflow.project.rna"), rna, vm.errorProperty("rna")), 1, 0);
        grid.add(FormControls.field(messages.get("workflow.project.statutesDate"),
                FormControls.date("project-statutes", vm.statutesDateProperty(), messages), vm.errorProperty("statutesDate")),
                0, 1);
        grid.add(FormControls.field(messages.get("workflow.project.constitutiveAssembly"), FormControls.date("project-assembly",
                vm.constitutiveAssemblyProperty(), messages), vm.errorProperty("constitutiveAssembly")), 1, 1);
        grid.add(FormControls.field(messages.get("workflow.project.seat"), FormControls.text("project-seat",
                vm.seatProperty(), 260), vm.errorProperty("seat")), 0, 2);
        grid.add(FormControls.field(messages.get("workflow.project.president"), person("project-president", vm,
                vm.presidentProperty(), messages), vm.errorProperty("presidentId")), 0, 3);
        grid.add(FormControls.field(messages.get("workflow.project.coordinator"), person("project-coordinator", vm,
                vm.coordinatorProperty(), messages), vm.errorProperty("coordinatorId")), 1, 3);
        VBox diagnosis = new VBox(6);
        for (DiagnosisItem item : DiagnosisItem.values()) {
            diagnosis.getChildren().add(FormControls.check("project-diag-" + item.name(), messages.get(item),
                    vm.diagnosisProperty(item)));
        }
        grid.add(FormControls.field(messages.get("workflow.project.diagnosis"), diagnosis, vm.errorProperty("diagnosis")),
                0, 4, 2, 1);
        grid.add(FormControls.field(messages.get("workflow.project.received"),
                FormControls.date("project-received", vm.receivedProperty(), messages), vm.errorProperty("received")), 0, 5);
        HBox validations = new HBox(16,
                FormControls.field(messages.get("workflow.project.arsValidation"), FormControls.date("project-ars",
                        vm.arsValidationProperty(), messages), vm.errorProperty("arsValidation")),
                FormControls.field(messages.get("workflow.project.amValidation"), FormControls.date("project-am",
                        vm.amValidationProperty(), messages), vm.errorProperty("amValidation")));
        grid.add(validations, 0, 6, 2, 1);
        return form(grid, FormControls.saveBar("project-save", messages, vm.saveStateProperty(), vm::save));
    }

    static Node negotiation(NegotiationFormViewModel vm, Messages messages) {
        GridPane grid = grid();
        Label hint = new Label();
        hint.getStyleClass().add("text-muted");
        hint.textProperty().bind(vm.territoryHintProperty());
        Button useTotal = new Button(messages.get("workflow.negotiation.useTotal"));
        useTotal.setId("negotiation-use-total");
        useTotal.setOnAction(e -> vm.useTerritoryTotal());
        grid.add(new HBox(12, hint, useTotal), 0, 0, 2, 1);
        Label sizeClass = new Label();
        sizeClass.setId("negotiation-size-class");
        sizeClass.textProperty().bind(vm.sizeClassLabelProperty());
        grid.add(FormControls.field(messages.get("workflow.negotiation.population"), new HBox(12,
                FormControls.text("negotiation-population", vm.populationProperty(), 120), sizeClass),
                vm.errorProperty("confirmedPopulation")), 0, 1);
        grid.add(FormControls.field(messages.get("workflow.negotiation.source"), new HBox(8,
                FormControls.text("negotiation-source", vm.populationSourceProperty(), 200),
                FormControls.text("negotiation-vintage", vm.populationVintageProperty(), 60)),
                vm.errorProperty("populationSource")), 1, 1);
        grid.add(FormControls.check("negotiation-size-confirmed", messages.get("workflow.negotiation.sizeConfirmed"),
                vm.sizeClassConfirmedProperty()), 0, 2, 2, 1);
        grid.add(FormControls.field(messages.get("workflow.negotiation.rules"), FormControls.choice("negotiation-rules",
                vm.rulesChoices(), RulesVersion::title, messages.get("workflow.negotiation.rulesDefault"), vm.rulesProperty()),
                vm.errorProperty("rulesVersionId")), 0, 3);
        grid.add(FormControls.field(messages.get("workflow.negotiation.rulesReason"), FormControls.text(
                "negotiation-rules-reason", vm.rulesReasonProperty(), 260), vm.errorProperty("rulesReason")), 1, 3);
        grid.add(FormControls.field(messages.get("workflow.negotiation.sizeOverride"), FormControls.choice(
                "negotiation-size-override", List.of(SizeClass.values()),
                size -> messages.get("workflow.form.sizeClass", size.number()), messages.get("workflow.negotiation.noOverride"),
                vm.sizeClassOverrideProperty()), vm.errorProperty("sizeClassOverride")), 0, 4);
        grid.add(FormControls.field(messages.get("workflow.negotiation.overrideReason"), FormControls.text(
                "negotiation-override-reason", vm.overrideReasonProperty(), 260), vm.errorProperty("overrideReason")),
                1, 4);
        VBox amounts = new VBox(6);
        ComboBox<fr.referentcpts.core.funding.LineKey> addLine = new ComboBox<>();
        addLine.setId("negotiation-add-amount");
        addLine.setPromptText(messages.get("workflow.negotiation.addAmount"));
        addLine.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(fr.referentcpts.core.funding.LineKey key) {
                return key == null ? "" : vm.lineLabel(key);
            }

            @Override
            public fr.referentcpts.core.funding.LineKey fromString(String text) {
                return null;
            }
        });
        addLine.setOnShowing(e -> addLine.getItems().setAll(vm.linesToAdd()));
        addLine.valueProperty().bindBidirectional(vm.lineToAddProperty());
        Runnable fillAmounts = () -> {
            List<Node> rows = new java.util.ArrayList<>(vm.amounts().stream().map(row -> {
                String id = "negotiation-amount-" + row.key().code().replace('.', '-');
                TextField amount = FormControls.text(id, row.amount(), 120);
                amount.setPromptText(messages.get("workflow.negotiation.amountPrompt"));
                TextField reason = FormControls.text(id + "-reason", row.reason(), 300);
                reason.setPromptText(messages.get("workflow.negotiation.amountReason"));
                Label barème = new Label(row.barème());
                barème.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
                return (Node) FormControls.field(messages.get("workflow.negotiation.amount", row.label()),
                        new HBox(8, amount, reason, barème), vm.errorProperty(row.key().code()));
            }).toList());
            rows.add(addLine);
            amounts.getChildren().setAll(rows);
        };
        vm.amounts().addListener((ListChangeListener<AmountRow>) c -> fillAmounts.run());
        fillAmounts.run();
        grid.add(amounts, 0, 5, 2, 1);
        int row = 6;
        for (SignatoryParty party : SignatoryParty.values()) {
            String id = party.name().toLowerCase(java.util.Locale.ROOT);
            grid.add(FormControls.field(messages.get("workflow.negotiation.signatoryName", messages.get(party)), FormControls.text(
                    "negotiation-" + id + "-name", vm.nameProperty(party), 220), vm.errorProperty(id + "Name")), 0, row);
            grid.add(FormControls.field(messages.get("workflow.negotiation.signatoryQuality"), FormControls.text(
                    "negotiation-" + id + "-quality", vm.qualityProperty(party), 260), vm.errorProperty(id + "Quality")),
                    1, row++);
        }
        grid.add(FormControls.field(messages.get("workflow.negotiation.cpamName"), FormControls.text("negotiation-cpam",
                vm.cpamNameProperty(), 220), vm.errorProperty("cpamName")), 0, row);
        grid.add(FormControls.field(messages.get("workflow.negotiation.arsName"), FormControls.text("negotiation-ars",
                vm.arsNameProperty(), 220), vm.errorProperty("arsName")), 1, row++);
        grid.add(FormControls.field(messages.get("workflow.negotiation.signatureDate"), FormControls.date(
                "negotiation-signature-date", vm.signatureDateProperty(), messages), vm.errorProperty("signatureDate")), 0, row);
        grid.add(FormControls.field(messages.get("workflow.negotiation.signaturePlace"), FormControls.text(
                "negotiation-signature-place", vm.signaturePlaceProperty(), 220), vm.errorProperty("signaturePlace")),
                1, row);
        return form(grid, FormControls.saveBar("negotiation-save", messages, vm.saveStateProperty(), vm::save));
    }

    private static ComboBox<PersonChoice> person(String id, HealthProjectFormViewModel vm,
            javafx.beans.property.ObjectProperty<PersonChoice> value, Messages messages) {
        ComboBox<PersonChoice> box = new ComboBox<>(vm.people());
        box.setId(id);
        box.setPromptText(messages.get("workflow.project.choosePerson"));
        box.valueProperty().bindBidirectional(value);
        box.setPrefWidth(240);
        return box;
    }

    static GridPane grid() {
        GridPane grid = new GridPane(16, 10);
        grid.getStyleClass().add("stage-form");
        return grid;
    }

    static VBox form(Node content, Node saveBar) {
        VBox box = new VBox(12, content, saveBar);
        box.getStyleClass().add("stage-form-box");
        return box;
    }
}
