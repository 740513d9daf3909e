package fr.referentcpts.pdf.annex;

import fr.referentcpts.core.amendment.AmendmentChange;
import fr.referentcpts.core.amendment.AmendmentEffect;
import fr.referentcpts.core.amendment.AmendmentReport;
import fr.referentcpts.core.amendment.EnvelopeChange;
import fr.referentcpts.core.amendment.YearChange;
import fr.referentcpts.core.annex.AnnexIdentity;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.funding.AmountStatus;
import fr.referentcpts.core.funding.AnnualLine;
import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.Source;
import fr.referentcpts.i18n.Messages;
import java.util.List;

/** The sections of « Avenant n° N au contrat tripartite »: parties, contract amended, articles, money, references. */
final class AmendmentSections {
    private static final String NONE = "—";

    private AmendmentSections() {
    }

    static void opening(AmendmentReport report, String title, Sheet sheet) {
        Messages messages = sheet.messages();
        PageFlow flow = sheet.flow();
        flow.paragraph(title, sheet.type().title(), PageFlow.LEFT, PageFlow.WIDTH);
        flow.down(2);
        flow.paragraph(messages.get("amendmentUi.pdf.subtitle", FrenchFormat.date(report.signatureDate())),
                sheet.type().subtitle(), PageFlow.LEFT, PageFlow.WIDTH);
        flow.down(4);
        if (report.draft()) {
            OpeningSection.draftNotice(report.draftReasons(), sheet);
        }
        AnnexLabels labels = sheet.labels();
        AnnexIdentity identity = report.identity();
        sheet.heading(messages.get("amendmentUi.pdf.parties"), 60);
        TableFlow table = new TableFlow(sheet, List.of(TableFlow.Column.left("", 150),
                TableFlow.Column.left("", PageFlow.WIDTH - 150)), false).start();
        table.labelled(messages.get("annex.pdf.identity.association"), labels.orToComplete(identity.associationName()));
        table.labelled(messages.get("annex.pdf.identity.rna"), labels.orToComplete(identity.rnaNumber()));
        table.labelled(messages.get("annex.pdf.identity.seat"), labels.orToComplete(identity.seat()));
        table.labelled(messages.get("annex.pdf.identity.cpam"), labels.orToComplete(identity.cpamName()));
        table.labelled(messages.get("annex.pdf.identity.ars"), labels.orToComplete(identity.arsName()));
        table.end();

        sheet.heading(messages.get("amendmentUi.pdf.contract"), 40);
        TableFlow contract = new TableFlow(sheet, List.of(TableFlow.Column.left("", 150),
                TableFlow.Column.left("", PageFlow.WIDTH - 150)), false).start();
        contract.labelled(messages.get("amendmentUi.pdf.signedOn"), messages.get("amendmentUi.pdf.term",
                FrenchFormat.date(report.signatureDate()), FrenchFormat.date(report.contractEnd())));
        contract.labelled(messages.get("amendmentUi.pdf.contractRules"), messages.get("annex.pdf.identity.rulesValue",
                report.contractRules().label(), report.contractRules().id(),
                FrenchFormat.date(report.contractRules().inForce())));
        contract.labelled(messages.get("amendmentUi.pdf.effectiveDate"), FrenchFormat.date(report.effectiveDate()));
        contract.end();
    }

    static void articles(AmendmentReport report, Sheet sheet) {
        Messages messages = sheet.messages();
        sheet.heading(messages.get("amendmentUi.pdf.article1"), 40);
        for (AmendmentChange change : report.changes()) {
            sheet.flow().paragraph("– " + sentence(change, messages), sheet.type().body(), PageFlow.LEFT + 6,
                    PageFlow.WIDTH - 6);
            sheet.space(2);
        }
        sheet.space(4);
        sheet.paragraph(messages.get("amendmentUi.pdf.reason", report.reason()));
    }

    static void envelope(AmendmentReport report, Sheet sheet) {
        Messages messages = sheet.messages();
        AmendmentEffect effect = report.effect();
        String from = FrenchFormat.date(report.effectiveDate());
        sheet.heading(messages.get("amendmentUi.pdf.article2"), 60);
        sheet.paragraph(messages.get("amendmentUi.pdf.envelopeIntro", from));
        sheet.space(4);
        TableFlow table = new TableFlow(sheet, List.of(
                TableFlow.Column.left(messages.get("annex.pdf.finance.line"), PageFlow.WIDTH - 250),
                TableFlow.Column.right(messages.get("amendmentUi.pdf.before"), 125),
                TableFlow.Column.right(messages.get("amendmentUi.pdf.after", from), 125)), true).start();
        for (EnvelopeChange line : effect.envelope()) {
            table.row(List.of(sheet.labels().line(line.key()), amount(line.before(), sheet),
                    amount(line.after(), sheet)));
        }
        table.totalRow(List.of(messages.get("annex.pdf.finance.annualTotal"),
                FrenchFormat.amount(effect.annualTotalBefore()), FrenchFormat.amount(effect.annualTotalAfter())));
        table.end();
        if (effect.envelope().stream().map(EnvelopeChange::after).anyMatch(l -> l != null
                && l.status() == AmountStatus.PROPOSED)) {
            sheet.note(messages.get("annex.pdf.finance.proposedNote"));
        }
        effect.envelope().stream().map(EnvelopeChange::after).filter(l -> l != null && l.contractAmount() != null)
                .forEach(l -> sheet.note(messages.get("annex.pdf.finance.contractNote", sheet.labels().line(l.key()),
                        l.contractAmount().reason())));
        if (effect.envelope().stream().anyMatch(l -> l.key().component() == Component.CONDITIONAL)) {
            sheet.note(messages.get("annex.pdf.finance.conditionalNote"));
        }

        sheet.subheading(messages.get("amendmentUi.pdf.byYear"), 50);
        TableFlow years = new TableFlow(sheet, List.of(
                TableFlow.Column.left(messages.get("annex.pdf.finance.period"), PageFlow.WIDTH - 300),
                TableFlow.Column.right(messages.get("amendmentUi.pdf.before"), 100),
                TableFlow.Column.right(messages.get("amendmentUi.pdf.afterShort"), 100),
                TableFlow.Column.right(messages.get("amendmentUi.pdf.difference"), 100)), true).start();
        for (YearChange year : effect.years()) {
            years.row(List.of(year.contractYear() == 0 ? messages.get("annex.pdf.finance.beforeContract")
                    : messages.get("annex.pdf.finance.contractYear", Integer.toString(year.contractYear()),
                            FrenchFormat.date(year.from()), FrenchFormat.date(year.to())),
                    FrenchFormat.amount(year.before()), FrenchFormat.amount(year.after()),
                    FrenchFormat.amount(year.difference())));
        }
        years.totalRow(List.of(messages.get("annex.pdf.finance.contractTotal"),
                FrenchFormat.amount(effect.contractTotalBefore()), FrenchFormat.amount(effect.contractTotalAfter()),
                FrenchFormat.amount(effect.contractTotalAfter().subtract(effect.contractTotalBefore()))));
        years.end();
        sheet.note(messages.get("amendmentUi.pdf.byYearNote", from));
        sheet.subheading(messages.get("amendmentUi.pdf.article3"), 30);
        sheet.paragraph(messages.get("amendmentUi.pdf.unchanged", from));
    }

    static void references(AmendmentReport report, Sheet sheet) {
        sheet.heading(sheet.messages().get("amendmentUi.pdf.legal"), 30);
        for (Source source : report.legalReferences()) {
            sheet.flow().paragraph("– " + source.citation(), sheet.type().table(), PageFlow.LEFT + 6,
                    PageFlow.WIDTH - 6);
        }
    }

    /** The article in plain French: « À compter du 01/01/2023, la mission « … » est ajoutée au contrat. » */
    private static String sentence(AmendmentChange change, Messages messages) {
        String from = FrenchFormat.date(change.from());
        return switch (change.kind()) {
            case MISSION_ADDED -> messages.get("amendmentUi.pdf.missionAdded", from, messages.get(change.mission()));
            case MISSION_START_CHANGED -> change.previousStart() == null
                    ? messages.get("amendmentUi.pdf.startSet", from, messages.get(change.mission()))
                    : messages.get("amendmentUi.pdf.startChanged", from, messages.get(change.mission()),
                            FrenchFormat.date(change.previousStart()));
            case OPERATING_COMPLEMENT -> messages.get("amendmentUi.pdf.complement", from);
            case SIZE_CLASS -> messages.get("amendmentUi.pdf.sizeClass", from, Integer.toString(change.nextSize()),
                    Integer.toString(change.previousSize()));
            case RULES_VERSION -> messages.get("amendmentUi.pdf.rules", from, change.nextRules(), change.previousRules());
        };
    }

    private static String amount(AnnualLine line, Sheet sheet) {
        return line == null ? NONE : sheet.labels().funding().amount(line);
    }
}
