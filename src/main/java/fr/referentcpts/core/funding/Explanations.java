package fr.referentcpts.core.funding;

import fr.referentcpts.core.common.FrenchFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The explanation of each kind of payment, with its figures formatted in French when first read
 * (the values they are formatted from are immutable).
 */
final class Explanations {
    private Explanations() {
    }

    /** « 100 % de 75 000 € (fonctionnement de l’année 1, versé à la signature) ». */
    static Explanation operatingAtSignature(BigDecimal rate, BigDecimal annual) {
        return explain("funding.explain.operatingFull", () -> args(percent(rate), whole(annual)));
    }

    /** « 75 % de 45 000 € (avance de l’année 2) ». */
    static Explanation advance(BigDecimal rate, BigDecimal annual, int year) {
        return explain("funding.explain.advance", () -> args(percent(rate), whole(annual), Integer.toString(year)));
    }

    /** « 75 % de 45 000 € × 195/365 jours (démarrage le 01/09/2026) ». */
    static Explanation proratedAdvance(BigDecimal rate, BigDecimal annual, Prorata prorata) {
        return explain("funding.explain.advanceProrated", () -> args(percent(rate), whole(annual),
                Long.toString(prorata.days()), Long.toString(prorata.yearDays()), date(prorata.start())));
    }

    /** « solde de l’année 2 : 45 000 € − 33 750,00 € d’avance ». */
    static Explanation balance(int year, BigDecimal annual, BigDecimal advance) {
        return explain("funding.explain.balance", () -> args(Integer.toString(year), whole(annual), amount(advance)));
    }

    /** « solde de l’année 1 : 45 000 € × 195/365 jours − 18 030,82 € d’avance ». */
    static Explanation proratedBalance(BigDecimal annual, Prorata prorata, BigDecimal advance) {
        return explain("funding.explain.balanceProrated", () -> args(Integer.toString(prorata.year()), whole(annual),
                Long.toString(prorata.days()), Long.toString(prorata.yearDays()), amount(advance)));
    }

    /** « 25 000 € × 80 % d’atteinte (année 1) », or prorated in a partial first year. */
    static Explanation variable(BigDecimal annual, BigDecimal rate, Prorata prorata) {
        if (prorata.full()) {
            return explain("funding.explain.variable", () -> args(whole(annual), percent(rate),
                    Integer.toString(prorata.year())));
        }
        return explain("funding.explain.variableProrated", () -> args(whole(annual), Long.toString(prorata.days()),
                Long.toString(prorata.yearDays()), percent(rate), Integer.toString(prorata.year()),
                date(prorata.start())));
    }

    /** « 12 500 € gagnés indicateur par indicateur (année 1) », or prorated in a partial first year. */
    static Explanation earned(BigDecimal amount, Prorata prorata) {
        if (prorata.full()) {
            return explain("funding.explain.earned", () -> args(amount(amount), Integer.toString(prorata.year())));
        }
        return explain("funding.explain.earnedProrated", () -> args(amount(amount), Long.toString(prorata.days()),
                Long.toString(prorata.yearDays()), Integer.toString(prorata.year()), date(prorata.start())));
    }

    /** « 67 500 € : crise sanitaire grave reconnue par l’ARS le 01/02/2027 (réf. …), année 2 ». */
    static Explanation onCrisis(BigDecimal annual, CrisisRecognition crisis, int year) {
        return explain("funding.explain.onCrisis", () -> args(whole(annual), date(crisis.date()),
                crisis.reference().isEmpty() ? "" : " (" + crisis.reference() + ")", Integer.toString(year)));
    }

    /** « 25 000 € à la validation de la lettre d’intention, le 01/10/2025 ». */
    static Explanation letterOfIntent(BigDecimal amount, LocalDate validated) {
        return explain("funding.explain.letterOfIntent", () -> args(whole(amount), date(validated)));
    }

    /** « 56 250,00 € × 200/365 jours non couverts (résiliation le 01/10/2027) ». */
    static Explanation recovery(BigDecimal paid, long uncoveredDays, long periodDays, LocalDate termination) {
        return explain("funding.explain.recovery", () -> args(amount(paid), Long.toString(uncoveredDays),
                Long.toString(periodDays), date(termination)));
    }

    private static Explanation explain(String messageKey, Supplier<String[]> arguments) {
        return Explanation.deferred(messageKey, arguments);
    }

    private static String[] args(String... arguments) {
        return arguments;
    }

    private static String percent(BigDecimal rate) {
        return FrenchFormat.percent(rate);
    }

    /** Barème figures are whole euros: « 45 000 € ». */
    private static String whole(BigDecimal amount) {
        return FrenchFormat.wholeAmount(amount);
    }

    private static String amount(BigDecimal amount) {
        return FrenchFormat.amount(amount);
    }

    private static String date(LocalDate date) {
        return FrenchFormat.date(date);
    }
}
