package fr.referentcpts.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Rows of several case files read in one query and grouped by case, in the order the query
 * returned them: what a repository serves for one case ({@link #of}) and for all
 * (the home screen reads every case file at once instead of in thousands of small queries).
 */
public final class CaseRows {
    private CaseRows() {
    }

    public static <R, T> Map<UUID, List<T>> grouped(Iterable<R> rows, Function<R, UUID> caseId, Function<R, T> map) {
        Map<UUID, List<T>> grouped = new LinkedHashMap<>();
        for (R row : rows) {
            grouped.computeIfAbsent(caseId.apply(row), k -> new ArrayList<>()).add(map.apply(row));
        }
        return grouped;
    }

    /** At most one row per case (a stage form). */
    public static <R, T> Map<UUID, T> single(Iterable<R> rows, Function<R, UUID> caseId, Function<R, T> map) {
        Map<UUID, T> byCase = new LinkedHashMap<>();
        for (R row : rows) {
            byCase.put(caseId.apply(row), map.apply(row));
        }
        return byCase;
    }

    /** The rows of one case, as a list of its own (callers may sort or change it). */
    public static <T> List<T> of(Map<UUID, List<T>> grouped, UUID caseId) {
        return new ArrayList<>(grouped.getOrDefault(caseId, List.of()));
    }
}
