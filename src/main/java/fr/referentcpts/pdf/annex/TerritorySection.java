package fr.referentcpts.pdf.annex;

import fr.referentcpts.core.annex.CommuneLine;
import fr.referentcpts.core.annex.TerritoryAnnex;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.i18n.Messages;
import java.util.List;

/** Annex 1: the communes of the territory with their populations, the total, its source and the size class. */
final class TerritorySection {
    private TerritorySection() {
    }

    static void write(TerritoryAnnex territory, Sheet sheet) {
        Messages messages = sheet.messages();
        sheet.heading(messages.get("annex.pdf.territory.title"), 50);
        if (territory.communes().isEmpty()) {
            sheet.paragraph(messages.get("annex.pdf.territory.none"));
        } else {
            TableFlow table = new TableFlow(sheet, List.of(
                    TableFlow.Column.left(messages.get("annex.pdf.territory.code"), 80),
                    TableFlow.Column.left(messages.get("annex.pdf.territory.commune"), PageFlow.WIDTH - 190),
                    TableFlow.Column.right(messages.get("annex.pdf.territory.population"), 110)), true).start();
            for (CommuneLine commune : territory.communes()) {
                table.row(List.of(commune.inseeCode(), commune.name(), FrenchFormat.integer(commune.population())));
            }
            table.totalRow(List.of(messages.get("annex.pdf.territory.total"),
                    messages.get("annex.pdf.territory.communeCount", FrenchFormat.integer(territory.communes().size())),
                    FrenchFormat.integer(territory.communesTotal())));
            table.end();
        }
        String origin = String.join(" ", territory.source(), territory.vintage()).strip();
        sheet.paragraph(origin.isEmpty()
                ? messages.get("annex.pdf.territory.retained", FrenchFormat.integer(territory.population()))
                : messages.get("annex.pdf.territory.retainedFrom", FrenchFormat.integer(territory.population()), origin));
        if (territory.population() != territory.communesTotal() && !territory.communes().isEmpty()) {
            sheet.note(messages.get("annex.pdf.territory.differs", FrenchFormat.integer(territory.communesTotal())));
        }
        sheet.space(2);
        sheet.flow().paragraph(messages.get("annex.pdf.territory.sizeClass", Integer.toString(territory.sizeClass())),
                sheet.type().bodyBold(), PageFlow.LEFT, PageFlow.WIDTH);
        if (territory.sizeClass() != territory.sizeClassFromPopulation()) {
            sheet.note(messages.get("annex.pdf.territory.sizeOverride",
                    Integer.toString(territory.sizeClassFromPopulation()), territory.overrideReason()));
        }
    }
}
