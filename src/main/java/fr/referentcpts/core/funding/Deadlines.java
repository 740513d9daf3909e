package fr.referentcpts.core.funding;

/**
 * How long after signature a mission must start and be fully deployed (ARS Hauts-de-France
 * table: ACCESS 6 / 18 months, PATHWAYS and PREVENTION 12 / 24, CRISIS 6 / 18).
 */
public record Deadlines(int startMonths, int deployedMonths) {
    public Deadlines {
        if (startMonths <= 0 || deployedMonths < startMonths) {
            throw new IllegalArgumentException("deadlines " + startMonths + "/" + deployedMonths);
        }
    }
}
