package fr.referentcpts.core.funding;

/** How the amount of a barème line is paid over the contract years. */
public enum PaymentPattern {
    /** 100 % of year 1 at signature, then an advance at each year's start and its balance at its end. */
    OPERATING,
    /** An advance at the start of each period (prorated in a partial first year), the balance at its end. */
    ADVANCE_AND_BALANCE,
    /** Nothing in advance; at the end of each year, the amount × the year's achievement rate. */
    ON_RESULTS,
    /**
     * The whole amount on the date the ARS recognises a serious health crisis, at most a given
     * number of times per contract year; nothing without a recognised crisis.
     */
    ON_CRISIS,
    /** Once, the whole amount, on the date the letter of intent is validated (before the contract). */
    AT_LETTER_VALIDATION
}
