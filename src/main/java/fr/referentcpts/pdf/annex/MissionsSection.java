package fr.referentcpts.pdf.annex;

import fr.referentcpts.core.annex.ActionLine;
import fr.referentcpts.core.annex.IndicatorLine;
import fr.referentcpts.core.annex.MissionAnnex;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.i18n.IndicatorLabels;
import fr.referentcpts.i18n.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Annex 2: each chosen mission with its start date and deadlines, its actions (with their
 * livrables) and its indicators as real annexes write them — initial value, target per year,
 * weight, the indicator's own amount or tiers (« 50 et moins → 9 000 € »), the source of its
 * data — and the most the mission's indicators can earn per year.
 */
final class MissionsSection {
    private static final int YEARS = 5;
    private static final float YEAR_WIDTH = 37;
    private static final float WEIGHT_WIDTH = 28;
    /** The « Montant » column, printed only for a mission whose indicators state amounts. */
    private static final float TERMS_WIDTH = 124;

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
            terms(mission, sheet);
        }
        sheet.space(4);
    }

    /** The mission's maximum and how its amounts are earned, when its indicators state amounts. */
    private static void terms(MissionAnnex mission, Sheet sheet) {
        Messages messages = sheet.messages();
        if (!mission.maximumEarnable().isEmpty()) {
            boolean sameEachYear = mission.maximumEarnable().values().stream().distinct().count() == 1;
            sheet.paragraph(sameEachYear
                    ? messages.get("annex.pdf.missions.maximum",
                            FrenchFormat.wholeAmount(mission.maximumEarnable().values().iterator().next()))
                    : messages.get("annex.pdf.missions.maximumByYear", mission.maximumEarnable().entrySet().stream()
                            .map(e -> messages.get("annex.pdf.missions.yearTarget", Integer.toString(e.getKey()))
                                    + " : " + FrenchFormat.wholeAmount(e.getValue()))
                            .collect(Collectors.joining(" ; "))));
        }
        if (mission.indicators().stream().anyMatch(i -> !i.tiers().isEmpty())) {
            sheet.note(messages.get("indicator.terms.tiersRule"));
        }
        if (mission.indicators().stream().anyMatch(i -> i.tiers().isEmpty() && i.amount() != null)) {
            sheet.note(messages.get("indicator.terms.convention"));
        }
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
        if (!action.deliverables().isEmpty()) {
            details.add(messages.get("annex.pdf.missions.deliverables", action.deliverables()));
        }
        if (!details.isEmpty()) {
            flow.paragraph(String.join(" ; ", details), sheet.type().small(), PageFlow.LEFT + 16, PageFlow.WIDTH - 16);
        }
        flow.down(2);
    }

    private static void indicators(List<IndicatorLine> indicators, Sheet sheet) {
        Messages messages = sheet.messages();
        IndicatorLabels terms = new IndicatorLabels(messages);
        boolean withTerms = indicators.stream().anyMatch(i -> i.amount() != null || !i.tiers().isEmpty());
        List<TableFlow.Column> columns = new ArrayList<>();
        columns.add(TableFlow.Column.left(messages.get("annex.pdf.missions.indicator"),
                PageFlow.WIDTH - YEARS * YEAR_WIDTH - WEIGHT_WIDTH - (withTerms ? TERMS_WIDTH : 0)));
        for (int year = 1; year <= YEARS; year++) {
            columns.add(TableFlow.Column.right(messages.get("annex.pdf.missions.yearTarget", Integer.toString(year)),
                    YEAR_WIDTH));
        }
        columns.add(TableFlow.Column.right(messages.get("annex.pdf.missions.weight"), WEIGHT_WIDTH));
        if (withTerms) {
            columns.add(TableFlow.Column.left(messages.get("annex.pdf.missions.terms"), TERMS_WIDTH));
        }
        TableFlow table = new TableFlow(sheet, columns, true).start();
        for (IndicatorLine indicator : indicators) {
            List<String> cells = new ArrayList<>();
            cells.add(description(indicator, messages));
            for (int year = 1; year <= YEARS; year++) {
                cells.add(target(indicator, indicator.targets().get(year), messages));
            }
            cells.add(sheet.labels().number(indicator.weight()));
            if (!withTerms) {
                table.row(cells);
                continue;
            }
            String stated = String.join("\n", indicator.tiers().isEmpty()
                    ? List.of(terms.terms(indicator.direction(), indicator.unit(), indicator.amount(), List.of()))
                    : terms.tiers(indicator.direction(), indicator.unit(), indicator.tiers()));
            cells.add(stated.isEmpty() ? "–" : stated);
            table.row(cells);
        }
        table.end();
    }

    /** « Label », « Résultats · patients · Plus c’est bas, mieux c’est », « valeur de départ : 219 », « source des données : … ». */
    private static String description(IndicatorLine indicator, Messages messages) {
        List<String> nature = new ArrayList<>(List.of(messages.get(indicator.kind())));
        if (!indicator.unit().isEmpty()) {
            nature.add(indicator.unit());
        }
        nature.add(messages.get(indicator.direction()));
        List<String> lines = new ArrayList<>(List.of(indicator.label(), String.join(" · ", nature)));
        if (indicator.baseline() != null) {
            lines.add(messages.get("annex.pdf.missions.baseline",
                    IndicatorLabels.value(indicator.baseline(), indicator.unit())));
        }
        if (!indicator.dataSource().isEmpty()) {
            lines.add(messages.get("annex.pdf.missions.dataSource", indicator.dataSource()));
        }
        return String.join("\n", lines);
    }

    private static String target(IndicatorLine indicator, BigDecimal target, Messages messages) {
        if (target == null) {
            return "–";
        }
        if (indicator.direction() == Direction.YES_NO) {
            return target.signum() != 0 ? messages.get("annex.pdf.yes") : messages.get("annex.pdf.no");
        }
        return IndicatorLabels.value(target);
    }
}
