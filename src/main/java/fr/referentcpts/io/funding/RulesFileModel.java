package fr.referentcpts.io.funding;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The JSON shape of a rules file (see {@code resources/rules/README.md}), as read by Jackson. */
final class RulesFileModel {
    private RulesFileModel() {
    }

    record RulesFile(Integer format, String id, String label, String inForce, ConfirmationJson confirmation,
            List<SourceJson> legalReferences, SizeClassesJson sizeClasses, List<MissionJson> missions,
            ScheduleJson schedule, List<LineJson> lines, List<TotalJson> totals, List<NoteJson> notes) {
    }

    record ConfirmationJson(String completes, String confirmedBy, String confirmedOn, String text) {
    }

    record SourceJson(String text, String reference, String date) {
    }

    record SizeClassesJson(List<Long> lowerBounds, String status, Boolean convention, SourceJson source) {
    }

    record MissionJson(String code, String kind, String availableFrom, DeadlinesJson deadlines, SourceJson source) {
    }

    record DeadlinesJson(Integer startMonths, Integer deployedMonths, String status, Boolean convention,
            SourceJson source) {
    }

    record ScheduleJson(ParameterJson contractYears, ParameterJson advanceRate, ParameterJson operatingFirstYearRate,
            ParameterJson prorata, List<PatternJson> payment, ParameterJson termination,
            ParameterJson crisisPaymentsPerYear) {
    }

    record ParameterJson(JsonNode value, String status, Boolean convention, SourceJson source) {
    }

    record PatternJson(String component, String pattern, String status, Boolean convention, SourceJson source) {
    }

    record LineJson(String mission, String component, String label, Map<String, BigDecimal> amounts, String status,
            String confidence, SourceJson source, String note, String signedBefore, Map<String, CellJson> cells) {
    }

    /** What differs in one size class from its line: status, confidence, source (format 2). */
    record CellJson(String status, String confidence, SourceJson source) {
    }

    record TotalJson(String id, String label, List<String> missions, List<String> components,
            Map<String, BigDecimal> amounts, String status, SourceJson source, String note) {
    }

    record NoteJson(String id, String text, String status, SourceJson source) {
    }
}
