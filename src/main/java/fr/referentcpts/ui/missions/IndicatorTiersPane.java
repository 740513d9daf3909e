package fr.referentcpts.ui.missions;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.Forms;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The tiers of the indicator form: one row per tier (seuil, montant, libellé, « Retirer »), and « Ajouter un palier ». */
final class IndicatorTiersPane {
    private IndicatorTiersPane() {
    }

    static VBox of(IndicatorFormViewModel vm, Messages messages) {
        Label title = new Label(messages.get("missions.indicator.tiers"));
        title.getStyleClass().add("field-label");
        Label rule = new Label(messages.get("indicator.terms.tiersRule"));
        rule.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        rule.setWrapText(true);
        rule.setMaxWidth(640);
        rule.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane rows = new GridPane(8, 4);
        rows.setId("indicator-tiers");
        Runnable fill = () -> fill(rows, vm, messages);
        vm.tiers().addListener((ListChangeListener<TierRow>) change -> fill.run());
        fill.run();
        Button add = new Button(messages.get("missions.indicator.tier.add"));
        add.setId("indicator-tier-add");
        add.setOnAction(e -> vm.addTier());
        // beyond four tiers the rows scroll, so the dialog keeps fitting a 768-pixel-high screen
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(170);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        return new VBox(4, title, scroll, add, rule);
    }

    private static void fill(GridPane rows, IndicatorFormViewModel vm, Messages messages) {
        rows.getChildren().clear();
        if (vm.tiers().isEmpty()) {
            return;
        }
        rows.add(new Label(messages.get("missions.indicator.tier.threshold")), 0, 0);
        rows.add(new Label(messages.get("missions.indicator.tier.amount")), 1, 0);
        rows.add(new Label(messages.get("missions.indicator.tier.label")), 2, 0);
        for (int i = 0; i < vm.tiers().size(); i++) {
            TierRow tier = vm.tiers().get(i);
            rows.add(Forms.textField("indicator-tier-threshold-" + (i + 1), tier.thresholdProperty(), 90), 0, i + 1);
            rows.add(Forms.textField("indicator-tier-amount-" + (i + 1), tier.amountProperty(), 100), 1, i + 1);
            rows.add(Forms.textField("indicator-tier-label-" + (i + 1), tier.labelProperty(), 200), 2, i + 1);
            Button remove = new Button(messages.get("missions.indicator.tier.remove"));
            remove.getStyleClass().add(Styles.FLAT);
            remove.setOnAction(e -> vm.removeTier(tier));
            rows.add(remove, 3, i + 1);
        }
    }
}
