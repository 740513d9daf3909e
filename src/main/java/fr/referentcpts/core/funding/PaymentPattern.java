package fr.referentcpts.core.funding;

/** How the annual amount of a barème line is paid over the contract years (domain §7). */
public enum PaymentPattern {
    /** 100 % of year 1 at signature, then an advance at each year’s start and its balance at its end. */
    OPERATING,
    /** An advance at the start of each period (prorated in a partial first year), the balance at its end. */
    ADVANCE_AND_BALANCE,
    /** Nothing in advance; at the end of each year, the amount × the year’s achievement rate. */
    ON_RESULTS
}
