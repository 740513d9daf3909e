package fr.referentcpts.pdf.annex;

import fr.referentcpts.core.annex.ActionLine;
import fr.referentcpts.core.annex.IndicatorLine;
import fr.referentcpts.core.annex.MissionAnnex;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.i18n.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Annex 2: each chosen mission with its start date and deadlines, its actions and its indicators. */
final class MissionsSection {
    private static final int YEARS = 5;

    private MissionsSection() {
    }

    static void write(List<MissionAnnex> missions, Sheet sheet) {
        Messages messages = sheet.messages();
        sheet.heading(messages.get("annex.pdf.missions.title"), 40);
        if (missions.isEmpty()) {
            sheet.paragraph(messages.get("annex.pdf.missions.none"));
        }
        for (MissionAnnex mission : missions) {
            mission(mission, sheet);
        }
    }

    private static void mission(MissionAnnex mission, Sheet sheet) {
        Messages messages = sheet.messages();
        sheet.subheading(messages.get("annex.pdf.missions.mission", messages.get(mission.mission()),
                messages.get(mission.kind())), 40);
        sheet.paragraph(messages.get("annex.pdf.missions.start", FrenchFormat.date(mission.startDate())));
        sheet.paragraph(mission.startDeadline() == null ? messages.get("annex.pdf.missions.noDeadline")
                : messages.get("annex.pdf.missions.deadlines", FrenchFormat.date(mission.startDeadline()),
                        FrenchFormat.date(mission.deployedDeadline())));
        if (mission.snpOrientation()) {
            sheet.paragraph(messages.get("annex.pdf.missions.snpOrientation"));
        }
        sheet.space(3);
        sheet.flow().ensure(30);
        sheet.flow().paragraph(messages.get("annex.pdf.missions.actions"), sheet.type().bodyBold(), PageFlow.LEFT,
                PageFlow.WIDTH);
        if (mission.actions().isEmpty()) {
            sheet.note(messages.get("annex.pdf.missions.noAction"));
        }
        for (ActionLine action : mission.actions()) {
            action(action, sheet);
        }
        sheet.space(3);
        sheet.flow().ensure(mission.indicators().isEmpty() ? 30 : 64);
        sheet.flow().paragraph(messages.get("annex.pdf.missions.indicators"), sheet.type().bodyBold(), PageFlow.LEFT,
                PageFlow.WIDTH);
        if (mission.indicators().isEmpty()) {
            sheet.note(messages.get("annex.pdf.missions.noIndicator"));
        } else {
            indicators(mission.indicators(), sheet);
        }
        sheet.space(4);
    }

    private static void action(ActionLine action, Sheet sheet) {
        Messages messages = sheet.messages();
        PageFlow flow = sheet.flow();
        flow.ensure(sheet.type().body().leading() * 2);
        flow.paragraph("• " + action.title(), sheet.type().bodyBold(), PageFlow.LEFT + 6, PageFlow.WIDTH - 6);
        if (!action.description().isBlank()) {
            flow.paragraph(action.description(), sheet.type().body(), PageFlow.LEFT + 16, PageFlow.WIDTH - 16);
        }
        List<String> details = new ArrayList<>();
        if (!action.pilot().isEmpty()) {
            details.add(messages.get("annex.pdf.missions.pilot", action.pilot()));
        }
        if (!action.partners().isEmpty()) {
            details.add(messages.get("annex.pdf.missions.partners", action.partners()));
        }
        if (!action.calendar().isEmpty()) {
            details.add(messages.get("annex.pdf.missions.calendar", action.calendar()));
        }
        if (!details.isEmpty()) {
            flow.paragraph(String.join(" ; ", details), sheet.type().small(), PageFlow.LEFT + 16, PageFlow.WIDTH - 16);
        }
        flow.down(2);
    }

    private static void indicators(List<IndicatorLine> indicators, Sheet sheet) {
        Messages messages = sheet.messages();
        List<TableFlow.Column> columns = new ArrayList<>();
        float yearWidth = 40;
        columns.add(TableFlow.Column.left(messages.get("annex.pdf.missions.indicator"),
                PageFlow.WIDTH - 58 - 62 - YEARS * yearWidth - 36));
        columns.add(TableFlow.Column.left(messages.get("annex.pdf.missions.kind"), 58));
        columns.add(TableFlow.Column.left(messages.get("annex.pdf.missions.unit"), 62));
        for (int year = 1; year <= YEARS; year++) {
            columns.add(TableFlow.Column.right(messages.get("annex.pdf.missions.yearTarget", Integer.toString(year)),
                    yearWidth));
        }
        columns.add(TableFlow.Column.right(messages.get("annex.pdf.missions.weight"), 36));
        TableFlow table = new TableFlow(sheet, columns, true).start();
        for (IndicatorLine indicator : indicators) {
            List<String> cells = new ArrayList<>();
            String label = indicator.label() + "\n" + messages.get(indicator.direction());
            if (indicator.baseline() != null) {
                label += " ; " + messages.get("annex.pdf.missions.baseline", sheet.labels().number(indicator.baseline()));
            }
            cells.add(label);
            cells.add(messages.get(indicator.kind()));
            cells.add(indicator.unit());
            for (int year = 1; year <= YEARS; year++) {
                cells.add(target(indicator, indicator.targets().get(year), messages, sheet.labels()));
            }
            cells.add(sheet.labels().number(indicator.weight()));
            table.row(cells);
        }
        table.end();
    }

    private static String target(IndicatorLine indicator, BigDecimal target, Messages messages, AnnexLabels labels) {
        if (target == null) {
            return "–";
        }
        if (indicator.direction() == Direction.YES_NO) {
            return target.signum() != 0 ? messages.get("annex.pdf.yes") : messages.get("annex.pdf.no");
        }
        return labels.number(target);
    }
}
