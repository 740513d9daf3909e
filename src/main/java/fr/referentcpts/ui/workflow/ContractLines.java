package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.funding.BaremeLine;
import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.funding.SizeClass;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.i18n.Messages;
import java.util.List;

/** The barème lines a contract's negotiation shows, and how they read. */
final class ContractLines {
    private ContractLines() {
    }

    /** The structure's lines (the operating complement aside: amendments grant it) and those of the chosen missions. */
    static List<BaremeLine> relevant(RulesVersion rules, CaseSnapshot snapshot) {
        return rules.lines().stream()
                .filter(line -> line.key().component() != Component.OPERATING_COMPLEMENT)
                .filter(line -> line.key().mission() == null || snapshot.missions().chosen().stream()
                        .map(CaseMission::mission).anyMatch(m -> m == line.key().mission()))
                .toList();
    }

    /** « Fonctionnement », « Accès aux soins – Volet fixe ». */
    static String label(Messages messages, LineKey key) {
        return key.mission() == null ? messages.get(key.component())
                : messages.get(key.mission()) + " – " + messages.get(key.component());
    }

    /** « Barème : 75 000,00 € (proposé) », or that the barème has no amount for the size. */
    static String bareme(Messages messages, BaremeLine line, SizeClass size) {
        var cell = line.cell(size);
        return cell.amount() == null ? messages.get("workflow.negotiation.baremeUnknown")
                : messages.get("workflow.negotiation.bareme", FrenchFormat.amount(cell.amount()),
                        messages.get(cell.status()));
    }
}
