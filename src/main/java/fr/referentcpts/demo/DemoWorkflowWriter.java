package fr.referentcpts.demo;

import static fr.referentcpts.demo.DemoVocabulary.pick;

import fr.referentcpts.core.CaseServices;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.followup.AnnualReview;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.funding.BaremeLine;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.Payment;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.funding.SizeClass;
import fr.referentcpts.core.geo.Departement;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingKind;
import fr.referentcpts.core.meetings.NextAction;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.core.workflow.ContactParty;
import fr.referentcpts.core.workflow.ContractFunding;
import fr.referentcpts.core.workflow.DecidedBy;
import fr.referentcpts.core.workflow.Decision;
import fr.referentcpts.core.workflow.DiagnosisItem;
import fr.referentcpts.core.workflow.HealthProject;
import fr.referentcpts.core.workflow.LetterDecision;
import fr.referentcpts.core.workflow.LetterItem;
import fr.referentcpts.core.workflow.LetterOfIntent;
import fr.referentcpts.core.workflow.Negotiation;
import fr.referentcpts.core.workflow.PreProject;
import fr.referentcpts.core.workflow.Signatory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The workflow side of a generated case file, written through the same services as the screens:
 * the form of each stage filled as far as the case went, the meetings, the move to the next stage
 * once nothing blocking is missing (so the history holds real decisions), and in follow-up the
 * annual reviews and the payments received. A case still at a stage leaves what a real one would:
 * a letter awaiting its decision, a diagnosis half done, a negotiation planned.
 */
final class DemoWorkflowWriter {
    private static final BigDecimal DEFAULT_AMOUNT = new BigDecimal("10000.00");

    private final CaseServices s;
    private final SplittableRandom random;
    private final Consumer<LocalDate> clockTo;
    private final UUID id;
    private final LocalDate today;
    private final String caseName;
    private final TerritoryCommune seat;
    private final Departement departement;

    /**
     * @param clockTo moves the services' clock to a day (at office hours, never after now)
     * @param seat    the main commune of the territory
     */
    DemoWorkflowWriter(CaseServices services, SplittableRandom random, Consumer<LocalDate> clockTo,
            UUID id, LocalDate today, String caseName, TerritoryCommune seat, Departement departement) {
        this.s = services;
        this.random = random;
        this.clockTo = clockTo;
        this.id = id;
        this.today = today;
        this.caseName = caseName;
        this.seat = seat;
        this.departement = departement;
    }

    /** First contact on {@code from}, the problems stated, and the information meeting. */
    void preProject(LocalDate from, LocalDate until, boolean movesOn, List<Person> team) {
        List<String> problems = new ArrayList<>(DemoVocabulary.PROBLEMS);
        String stated = movesOn || random.nextInt(3) > 0
                ? capitalised(String.join(" ; ", List.of(take(problems), take(problems), take(problems)))) + "."
                : "";
        clockTo.accept(from);
        s.forms().save(id, new PreProject(from, pick(random, List.of(ContactParty.values())), stated, 0));
        boolean held = movesOn || random.nextBoolean();
        LocalDate date = held ? between(from, until, 0.3, 0.8) : today.plusDays(random.nextInt(5, 45));
        meeting(date, MeetingKind.INFORMATION, "Mairie " + DemoVocabulary.of(seat.name()),
                "Présentation de la démarche CPTS, de l’ACI et du calendrier",
                held ? "L’équipe porteuse rédige la lettre d’intention." : "", team.subList(0, Math.min(3,
                        team.size())), "CPAM, délégation départementale de l’ARS", until);
    }

    /** The letter of intent: validated when the case moves on; else waiting, unsent or to revise. */
    void letter(LocalDate from, LocalDate until, boolean movesOn) {
        LocalDate received = between(from, until, 0.1, 0.3);
        LetterOfIntent letter;
        if (movesOn) {
            LocalDate sent = min(received.plusDays(random.nextInt(2, 12)), until);
            BigDecimal grant = random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(15, 36) * 1000L) : null;
            letter = new LetterOfIntent(received, EnumSet.allOf(LetterItem.class), sent, LetterDecision.VALIDATED,
                    until, "Avis favorable de l’ARS et de l’Assurance Maladie.", grant, grant == null ? null : until,
                    0);
        } else {
            Set<LetterItem> content = EnumSet.noneOf(LetterItem.class);
            for (LetterItem item : LetterItem.values()) {
                if (random.nextInt(4) > 0) {
                    content.add(item);
                }
            }
            int state = random.nextInt(3);
            LocalDate sent = state == 0 ? null : between(received, until, 0.1, 0.6);
            letter = state < 2
                    ? new LetterOfIntent(received, content, sent, null, null, "", null, null, 0)
                    : new LetterOfIntent(received, content, sent, LetterDecision.TO_REVISE, between(sent, until, 0.5,
                            1), "Préciser les orientations de la mission parcours et le calendrier.", null, null, 0);
        }
        clockTo.accept(until);
        s.forms().save(id, letter);
    }

    /**
     * The association and its health project: complete and validated when the case moves on, a
     * diagnosis in progress otherwise.
     */
    void healthProject(LocalDate from, LocalDate until, boolean movesOn, List<Person> people) {
        LocalDate statutes = between(from, until, 0.05, 0.25);
        Set<DiagnosisItem> diagnosis = EnumSet.noneOf(DiagnosisItem.class);
        for (DiagnosisItem item : DiagnosisItem.values()) {
            if (movesOn || random.nextInt(10) < 6) {
                diagnosis.add(item);
            }
        }
        LocalDate received = movesOn ? between(from, until, 0.5, 0.7)
                : random.nextBoolean() ? between(from, until, 0.6, 1) : null;
        LocalDate arsValidation = movesOn ? max(received, until.minusDays(random.nextInt(0, 10))) : null;
        meeting(between(from, until, 0.2, 0.5), MeetingKind.WORKING_GROUP, "Maison de santé " + DemoVocabulary.of(
                seat.name()), "Rédaction du projet de santé : diagnostic et missions", "Missions et actions retenues.",
                people.subList(0, Math.min(4, people.size())), "", until);
        clockTo.accept(until);
        s.forms().save(id, new HealthProject(association(), String.format("W%09d", random.nextInt(1_000_000_000)),
                statutes, statutes, seat.name(), withRole(people, Role.PRESIDENT).map(Person::id).orElse(null),
                withRole(people, Role.COORDINATOR).map(Person::id).orElse(null), diagnosis, received, arsValidation,
                movesOn ? until : null, 0));
    }

    /**
     * The negotiation meeting and form; signed on {@code signature} (null: the signature is still
     * to come, planned or not), with the amounts agreed for the lines « à confirmer ».
     */
    void negotiation(LocalDate from, LocalDate until, LocalDate signature, RulesVersion rules, RulesCatalog catalog,
            long population, Set<Mission> missions, List<Person> people) {
        boolean held = signature != null || random.nextInt(3) > 0;
        LocalDate meeting = held ? between(from, until, 0.3, 0.8) : today.plusDays(random.nextInt(5, 40));
        List<Person> delegation = people.subList(0, Math.min(2, people.size()));
        meeting(meeting, MeetingKind.NEGOTIATION, "Locaux de la CPAM", "Missions retenues, objectifs et indicateurs",
                held ? "Accord sur les indicateurs et leurs objectifs." : "", delegation, "CPAM, ARS", until,
                held && signature == null ? new NextAction(UUID.randomUUID(),
                        "Transmettre les objectifs chiffrés des indicateurs", delegation.getLast().name(),
                        today.plusDays(random.nextInt(-10, 30)), false) : null);
        LocalDate signed = signature != null ? signature
                : random.nextBoolean() ? today.plusDays(random.nextInt(15, 90)) : null;
        String president = withRole(people, Role.PRESIDENT).map(Person::name).orElse("");
        clockTo.accept(until);
        s.forms().save(id, new Negotiation(population, seat.populationSource(), seat.populationVintage(),
                signature != null || random.nextBoolean(), rules.id(), null, "",
                new Signatory(president, "Président·e de l’association " + caseName),
                new Signatory(person(), "Directeur·rice"),
                new Signatory(person(), "Délégué·e départemental·e"),
                "CPAM – " + departement.name(), "ARS " + departement.region(), signed, seat.name(), 0));
        SizeClass size = rules.sizeClasses().classify(population);
        Map<LineKey, BigDecimal> agreed = new LinkedHashMap<>();
        for (BaremeLine line : rules.lines()) {
            if (line.amount(size).isEmpty() && (line.key().mission() == null
                    || missions.contains(line.key().mission()))) {
                agreed.put(line.key(), agreedAmount(catalog, rules, line.key(), size));
            }
        }
        s.forms().saveContractAmounts(id, DemoVocabulary.contractAmounts(agreed));
        if (signature != null) {
            meeting(signature, MeetingKind.SIGNATURE, "Mairie " + DemoVocabulary.of(seat.name()),
                    "Signature du contrat tripartite", "", delegation, "CPAM, ARS", signature);
        }
    }

    /**
     * The contract's years up to {@code until}: an annual review after each anniversary and the
     * payments of the calendar received. A contract still followed may have its last review or
     * its latest payments still to come.
     */
    void followUp(LocalDate signature, LocalDate until, boolean current, List<Person> people) {
        List<LocalDate> reviews = new ArrayList<>();
        for (int year = 1; year <= 5; year++) {
            LocalDate date = signature.plusYears(year).plusDays(random.nextInt(15, 45));
            if (!date.isAfter(until)) {
                reviews.add(date);
            }
        }
        if (current && !reviews.isEmpty() && random.nextInt(4) == 0) {
            reviews.removeLast();
        }
        for (int year = 1; year <= reviews.size(); year++) {
            LocalDate date = reviews.get(year - 1);
            clockTo.accept(date);
            s.followUp().saveReview(id, new AnnualReview(year, date, pick(random, DemoVocabulary.REVIEW_COMMENTS), 0));
            meeting(date, MeetingKind.ANNUAL_REVIEW, "Locaux de la CPAM", "Dialogue de gestion de l’année " + year,
                    "Taux d’atteinte des indicateurs validés.", people.subList(0, Math.min(2, people.size())),
                    "CPAM, ARS", date);
        }
        LocalDate lateFrom = current && random.nextInt(5) == 0 ? until.minusDays(60) : until;
        for (Payment payment : calendar(s, id)) {
            LocalDate received = payment.date().plusDays(random.nextInt(7, 21));
            if (!received.isAfter(lateFrom) && payment.amount().signum() > 0) {
                clockTo.accept(received);
                s.followUp().addPayment(new PaymentReceived(UUID.randomUUID(), id, received, payment.amount(),
                        new LineKey(payment.mission(), payment.component()), "Virement de la CPAM"));
            }
        }
    }

    void advance(WorkflowStage from, LocalDate date, String comment) {
        clockTo.accept(date);
        s.workflow().advance(id, from, new Decision(date, DecidedBy.JOINT, comment));
    }

    void abandon(WorkflowStage from, LocalDate date) {
        clockTo.accept(date);
        s.workflow().abandon(id, from, date, pick(random, DemoVocabulary.ABANDON_REASONS));
    }

    void terminate(LocalDate date) {
        clockTo.accept(date);
        s.workflow().terminate(id, date, DecidedBy.JOINT, pick(random, DemoVocabulary.TERMINATION_REASONS));
    }

    /** The payment calendar of a signed contract, as the « Financement » tab computes it (none if it cannot be). */
    static List<Payment> calendar(CaseServices services, UUID caseId) {
        return ContractFunding.compute(services.workflow().snapshot(caseId), services.workflow().engine())
                .filter(ContractFunding.Outcome::computed).map(o -> o.result().payments()).orElse(List.of());
    }

    /**
     * What a contract agrees for a line the texts leave « à confirmer »: the amount another version
     * confirms for it, else the amount of the same component of the prevention mission.
     */
    private static BigDecimal agreedAmount(RulesCatalog catalog, RulesVersion rules, LineKey key, SizeClass size) {
        return catalog.versions().stream().map(v -> v.line(key)).flatMap(Optional::stream)
                .map(l -> l.amount(size)).flatMap(Optional::stream).findFirst()
                .or(() -> rules.line(new LineKey(Mission.PREVENTION, key.component())).flatMap(l -> l.amount(size)))
                .orElse(DEFAULT_AMOUNT);
    }

    private void meeting(LocalDate date, MeetingKind kind, String place, String agenda, String decisions,
            List<Person> participants, String others, LocalDate savedOn, NextAction... actions) {
        clockTo.accept(min(date, savedOn));
        List<NextAction> next = new ArrayList<>();
        for (NextAction action : actions) {
            if (action != null) {
                next.add(action);
            }
        }
        s.meetings().save(new Meeting(UUID.randomUUID(), id, date, null, place, kind,
                participants.stream().map(Person::id).toList(), others, agenda, decisions, next, 0));
    }

    private String association() {
        return "Association " + caseName;
    }

    private String person() {
        return pick(random, DemoVocabulary.FIRST_NAMES) + " " + pick(random, DemoVocabulary.LAST_NAMES);
    }

    private static Optional<Person> withRole(List<Person> people, Role role) {
        return people.stream().filter(p -> p.has(role)).findFirst();
    }

    private LocalDate between(LocalDate from, LocalDate to, double low, double high) {
        return between(random, from, to, low, high);
    }

    /** A day between {@code from} and {@code to}, at a fraction of the way drawn in [{@code low}, {@code high}]. */
    static LocalDate between(SplittableRandom random, LocalDate from, LocalDate to, double low, double high) {
        long span = Math.max(0, ChronoUnit.DAYS.between(from, to));
        return from.plusDays(Math.round(span * (low + (high - low) * random.nextDouble())));
    }

    private String take(List<String> values) {
        return values.remove(random.nextInt(values.size()));
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
