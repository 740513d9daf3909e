package fr.referentcpts.core.workflow;

/**
 * How much of every case file a read of the whole portfolio fetches ({@link WorkflowService#snapshots(PortfolioRead)}).
 * Either way, a territory is known by its summary only and overlaps are not looked for.
 */
public enum PortfolioRead {
    /** Everything else a case file read alone has (the budget: payments received, termination in the history). */
    WHOLE,
    /**
     * What the home screen's figures depend on (stage, population, ACI money of the year,
     * deadlines): the case file, its territory's summary, missions with their indicators and
     * rates, letter of intent, negotiation, contract amounts and records, meetings with their next
     * actions, annual reviews. Left empty: people, mission actions, pre-project and health
     * project forms, history, payments received and meeting participants — over a portfolio of
     * 1 000 case files, about 50 000 of the 100 000 rows {@link #WHOLE} reads.
     */
    HOME
}
