package fr.referentcpts.core.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One payment of the calendar.
 *
 * @param date            when it is due (signature, a mission’s start or an anniversary)
 * @param contractYear    the contract year it funds (1–5); a balance or a variable part is paid
 *                        at the anniversary that ends the year it funds
 * @param mission         null for the operating budget
 * @param periodStart     first day of the period it funds
 * @param periodEnd       the day after the period it funds (the anniversary ending it)
 * @param amountToConfirm the line is « à confirmer » and its amount was entered by the user
 */
public record Payment(LocalDate date, int contractYear, Mission mission, Component component, PaymentKind kind,
        BigDecimal amount, Explanation explanation, LocalDate periodStart, LocalDate periodEnd,
        boolean amountToConfirm) {
}
