package fr.referentcpts.core.territory;

import java.util.UUID;

/** A commune of this territory already in another case file's territory (CPTS must not overlap). */
public record Overlap(String inseeCode, UUID otherCaseId, String otherCaseName) {
}
