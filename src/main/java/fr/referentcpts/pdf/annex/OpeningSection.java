package fr.referentcpts.pdf.annex;

import fr.referentcpts.core.annex.AnnexIdentity;
import fr.referentcpts.core.annex.AnnexReport;
import fr.referentcpts.core.annex.DraftReason;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.funding.Source;
import fr.referentcpts.i18n.Messages;
import java.util.List;

/** The title, the draft notice with its reasons, and the identification of the parties and rules. */
final class OpeningSection {
    private OpeningSection() {
    }

    static void write(AnnexReport report, Sheet sheet) {
        Messages messages = sheet.messages();
        PageFlow flow = sheet.flow();
        flow.paragraph(messages.get("annex.pdf.title"), sheet.type().title(), PageFlow.LEFT, PageFlow.WIDTH);
        flow.down(2);
        flow.paragraph(messages.get("annex.pdf.subtitle"), sheet.type().subtitle(), PageFlow.LEFT, PageFlow.WIDTH);
        flow.down(4);
        if (report.draft()) {
            draftNotice(report.draftReasons(), sheet);
        }
        identity(report, sheet);
    }

    /** The « PROJET » notice and what remains to settle (the amendment prints it too). */
    static void draftNotice(List<DraftReason> reasons, Sheet sheet) {
        Messages messages = sheet.messages();
        PageFlow flow = sheet.flow();
        Style body = sheet.type().body();
        float inner = PageFlow.WIDTH - 16;
        int lines = flow.wrap(messages.get("annex.pdf.draftNotice"), sheet.type().bodyBold(), inner).size();
        for (DraftReason reason : reasons) {
            lines += flow.wrap("– " + sheet.labels().reason(reason), body, inner - 8).size();
        }
        float height = lines * body.leading() + 12;
        flow.down(6);
        if (height <= flow.room()) {
            float top = flow.y();
            flow.fill(PageFlow.LEFT, top, PageFlow.WIDTH, height, Style.NOTICE_FILL);
            flow.rule(PageFlow.LEFT, top, PageFlow.LEFT, top - height, Style.DRAFT, 2);
        }
        flow.down(6);
        flow.paragraph(messages.get("annex.pdf.draftNotice"), sheet.type().bodyBold().withColor(Style.DRAFT),
                PageFlow.LEFT + 8, inner);
        for (DraftReason reason : reasons) {
            flow.paragraph("– " + sheet.labels().reason(reason), body, PageFlow.LEFT + 16, inner - 8);
        }
        flow.down(8);
    }

    private static void identity(AnnexReport report, Sheet sheet) {
        Messages messages = sheet.messages();
        AnnexLabels labels = sheet.labels();
        AnnexIdentity identity = report.identity();
        sheet.heading(messages.get("annex.pdf.identity.title"), 60);
        TableFlow table = new TableFlow(sheet, List.of(TableFlow.Column.left("", 150),
                TableFlow.Column.left("", PageFlow.WIDTH - 150)), false).start();
        Style value = sheet.type().table();
        table.labelled(messages.get("annex.pdf.identity.association"), labels.orToComplete(identity.associationName()));
        table.labelled(messages.get("annex.pdf.identity.rna"), labels.orToComplete(identity.rnaNumber()));
        table.labelled(messages.get("annex.pdf.identity.seat"), labels.orToComplete(identity.seat()));
        table.labelled(messages.get("annex.pdf.identity.cpam"), labels.orToComplete(identity.cpamName()));
        table.labelled(messages.get("annex.pdf.identity.ars"), labels.orToComplete(identity.arsName()));
        table.labelled(messages.get("annex.pdf.identity.rules"), messages.get("annex.pdf.identity.rulesValue",
                report.rules().label(), report.rules().id(), FrenchFormat.date(report.rules().inForce())));
        table.end();
        sheet.subheading(messages.get("annex.pdf.identity.legal"), 24);
        for (Source source : report.rules().legalReferences()) {
            sheet.flow().paragraph("– " + source.citation(), value, PageFlow.LEFT + 6, PageFlow.WIDTH - 6);
        }
    }
}
