package fr.referentcpts.demo;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.followup.AnnualReview;
import fr.referentcpts.core.followup.CrisisPlanUpdate;
import fr.referentcpts.core.followup.FirstPaymentFile;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.ContractAmendment;
import fr.referentcpts.core.funding.ContractAmount;
import fr.referentcpts.core.funding.CrisisRecognition;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.MissionChoice;
import fr.referentcpts.core.funding.MissionKind;
import fr.referentcpts.core.funding.MissionRule;
import fr.referentcpts.core.funding.Payment;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.meetings.MeetingKind;
import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.IndicatorKind;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonKind;
import fr.referentcpts.core.people.Profession;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.core.workflow.ContactParty;
import fr.referentcpts.core.workflow.DecidedBy;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demonstration's signed contracts beyond their calendar: the crisis mission as avenant 2
 * writes it (plan written then updated, a crisis the ARS recognised), the first payment's file,
 * and an ACI-2019 contract amended to take on the crisis mission.
 */
final class DemoContracts {
    /** A SIRET whose check digit holds (fictitious). */
    static final String SIRET_CAEN_OUEST = "89234567800015";
    static final String SIRET_BESSIN = "88345126700016";

    /** Bayeux Intercom's largest communes, 23 569 inhabitants (taille 1). */
    static final List<TerritoryCommune> BESSIN = List.of(
            commune("14047", "Bayeux", 12_659), commune("14663", "Saint-Vigor-le-Grand", 2_443),
            commune("14515", "Port-en-Bessin-Huppain", 1_876), commune("14676", "Sommervieu", 987),
            commune("14630", "Saint-Martin-des-Entrées", 784), commune("14346", "Juaye-Mondaye", 703),
            commune("14679", "Subles", 690), commune("14236", "Ellon", 636), commune("14436", "Monceaux-en-Bessin", 601),
            commune("14728", "Vaucelles", 599), commune("14377", "Longues-sur-Mer", 585), commune("14465", "Nonant", 520),
            commune("14609", "Saint-Loup-Hors", 504), commune("14552", "Ryes", 482));

    private DemoContracts() {
    }

    /** Caen Ouest (avenant 2, signed 16 months ago): its file, the crisis plan, a crisis recognised. */
    static void caenOuestFollowUp(DemoBuilder b, LocalDate signature) {
        b.s.contracts().savePaymentFile(b.id, new FirstPaymentFile(signature.minusDays(20), SIRET_CAEN_OUEST, "", 0));
        b.s.contracts().savePlan(b.id, new CrisisPlanUpdate(1, signature.plusMonths(4),
                "Plan validé en conseil d’administration ; annuaire de crise et astreinte des pharmacies."));
        b.s.contracts().savePlan(b.id, new CrisisPlanUpdate(2, signature.plusYears(1).plusMonths(2),
                "Mise à jour après l’exercice de gestion de crise avec le CHU."));
        b.s.contracts().recordCrisis(b.id, new CrisisRecognition(b.ago(2, 10), "ARS Normandie, décision 2026-041",
                "Épidémie de bronchiolite : tension sur les urgences pédiatriques du territoire"));
    }

    /**
     * SUIVI DU CONTRAT under the ACI 2019 (signed 15/02/2022, before avenant 2 came into force),
     * amended on 01/01/2023 to take on the crisis mission of avenant 2.
     */
    static void bessin(DemoBuilder b) {
        LocalDate signature = LocalDate.of(2022, 2, 15);
        Person lecoq = b.professional("Dr Marianne Lecoq", Profession.GENERAL_PRACTITIONER, "MSP de Bayeux", "Bayeux",
                Role.PRESIDENT, Role.CONTACT);
        b.professional("Thomas Vauquelin", Profession.NURSE, "", "Port-en-Bessin-Huppain", Role.PROJECT_LEADER);
        b.professional("Dr Sophie Hamel", Profession.GENERAL_PRACTITIONER, "", "Saint-Vigor-le-Grand");
        b.professional("Julien Leroux", Profession.PHARMACIST, "Pharmacie de la cathédrale", "Bayeux");
        Person coordinator = b.other("Anaïs Letellier", PersonKind.OTHER, "CPTS du Bessin", "Bayeux",
                Role.COORDINATOR);
        b.other("Centre hospitalier de Bayeux", PersonKind.HEALTH_FACILITY, "", "Bayeux", Role.PARTNER);
        b.territory(BESSIN);
        b.s.forms().save(b.id, new PreProject(signature.minusMonths(26), ContactParty.BOTH,
                "Départs en retraite de médecins généralistes ; saturation des urgences de Bayeux l’été.", 0));
        b.meeting(signature.minusMonths(25), MeetingKind.INFORMATION, "Mairie de Bayeux", "Présentation", "",
                List.of(lecoq), "CPAM, ARS");
        b.s.forms().save(b.id, new LetterOfIntent(signature.minusMonths(22), EnumSet.allOf(LetterItem.class),
                signature.minusMonths(22), LetterDecision.VALIDATED, signature.minusMonths(19), "",
                new BigDecimal("25000.00"), signature.minusMonths(18), 0));
        RulesVersion rules = b.rulesAt(signature);
        b.mission(rules, Mission.ACCESS, null, false, "Accès à un médecin traitant pour les patients en ALD");
        b.mission(rules, Mission.PATHWAYS, null, false, "Parcours de la personne âgée à domicile");
        b.mission(rules, Mission.PREVENTION, null, false, "Dépistage du cancer du sein");
        b.s.forms().save(b.id, new HealthProject("Association CPTS du Bessin", "W142005577", signature.minusMonths(15),
                signature.minusMonths(15), "Bayeux", lecoq.id(), coordinator.id(), EnumSet.allOf(DiagnosisItem.class),
                signature.minusMonths(4), signature.minusMonths(2), signature.minusMonths(2), 0));
        b.indicator(Mission.ACCESS, "Patients en ALD sans médecin traitant", IndicatorKind.RESULTS,
                Direction.LOWER_IS_BETTER, "patients", new int[] {180, 150, 120, 100, 80}, 190, 160, 118, 95);
        b.indicator(Mission.PATHWAYS, "Protocoles pluriprofessionnels formalisés", IndicatorKind.MEANS,
                Direction.HIGHER_IS_BETTER, "protocoles", new int[] {1, 2, 3, 4, 5}, 1, 2, 3, 4);
        b.indicator(Mission.PREVENTION, "Taux de dépistage du cancer du sein", IndicatorKind.RESULTS,
                Direction.HIGHER_IS_BETTER, "%", new int[] {68, 70, 72, 74, 75}, 67, 70, 71, 73);
        b.meeting(signature.minusWeeks(3), MeetingKind.NEGOTIATION, "CPAM du Calvados, Caen", "Négociation", "",
                List.of(lecoq, coordinator), "CPAM, ARS");
        b.s.forms().save(b.id, new Negotiation(23_569L, DemoCommunes.SOURCE, DemoCommunes.VINTAGE, true, rules.id(),
                null, "", new Signatory("Dr Marianne Lecoq", "Présidente de l’association CPTS du Bessin"),
                new Signatory("Bertrand Lelièvre", "Directeur général"),
                new Signatory("Claire Rigault", "Déléguée départementale du Calvados"), DemoCases.CPAM, DemoCases.ARS,
                signature, "Bayeux", 0));
        b.advance(WorkflowStage.PRE_PROJECT, signature.minusMonths(24), DecidedBy.JOINT, "");
        b.advance(WorkflowStage.LETTER_OF_INTENT, signature.minusMonths(19), DecidedBy.JOINT, "Validation du pré-projet.");
        b.advance(WorkflowStage.HEALTH_PROJECT, signature.minusMonths(2), DecidedBy.JOINT, "Projet de santé validé.");
        b.advance(WorkflowStage.SIGNATURE, signature, DecidedBy.JOINT, "Contrat tripartite signé.");
        b.s.contracts().savePaymentFile(b.id, new FirstPaymentFile(signature.minusDays(10), SIRET_BESSIN, "", 0));
        // taille 1: the crisis amounts no text gives, as the amendment states them
        b.s.forms().saveContractAmounts(b.id, Map.of(
                new LineKey(Mission.CRISIS, Component.FIXED), own("10000", "Avenant n° 1 : part fixe de la mission "
                        + "crises sanitaires fixée pour la taille 1"),
                new LineKey(Mission.CRISIS, Component.CONDITIONAL), own("30000", "Avenant n° 1 : part versée en cas de "
                        + "crise reconnue, fixée pour la taille 1")));
        b.s.contracts().addAmendment(b.id, new ContractAmendment(0, LocalDate.of(2023, 1, 1), "ACI-2019-AV2",
                List.of(new MissionChoice(Mission.CRISIS, null, false)), List.of(), false, null,
                "Mission socle de réponse aux crises sanitaires graves de l’avenant 2, à compter du 1er janvier 2023 "
                        + "(le complément de fonctionnement ne s’applique pas : contrat signé après le 31/12/2021)"));
        for (int year = 1; year <= 4; year++) {
            b.s.followUp().saveReview(b.id, new AnnualReview(year, signature.plusYears(year).plusDays(20),
                    "Objectifs de l’année examinés ; versement du solde validé.", 0));
        }
        b.s.contracts().savePlan(b.id, new CrisisPlanUpdate(1, LocalDate.of(2023, 5, 10), "Plan rédigé."));
        receivedPayments(b);
    }

    private static ContractAmount own(String amount, String reason) {
        return new ContractAmount(new BigDecimal(amount), "", null, reason);
    }

    private static TerritoryCommune commune(String code, String name, long population) {
        return new TerritoryCommune(code, name, TerritoryCommune.departementOf(code), population, DemoCommunes.SOURCE,
                DemoCommunes.VINTAGE, "");
    }

    /** TERMINÉ: a contract signed five years ago, reviewed every year, ended last month. */
    static void paysDeFalaise(DemoBuilder b) {
        LocalDate signature = b.ago(62, 0);
        Person levavasseur = b.professional("Dr Agnès Levavasseur", Profession.GENERAL_PRACTITIONER, "MSP de Falaise",
                "Falaise", Role.PROJECT_LEADER, Role.CONTACT, Role.PRESIDENT);
        b.professional("Dr Éric Boulay", Profession.GENERAL_PRACTITIONER, "", "Potigny");
        b.professional("Stéphanie Guillot", Profession.NURSE, "", "Falaise");
        Person coordinator = b.other("Mathieu Dufour", PersonKind.OTHER, "CPTS du Pays de Falaise", "Falaise",
                Role.COORDINATOR);
        b.territory(DemoCommunes.FALAISE);
        b.s.forms().save(b.id, new PreProject(signature.minusMonths(28), ContactParty.ARS,
                "Désert médical au sud du territoire ; pas de garde le week-end.", 0));
        b.meeting(signature.minusMonths(27), MeetingKind.INFORMATION, "MSP de Falaise", "Présentation", "",
                List.of(levavasseur), "CPAM, ARS");
        b.s.forms().save(b.id, new LetterOfIntent(signature.minusMonths(24), EnumSet.allOf(LetterItem.class),
                signature.minusMonths(24), LetterDecision.VALIDATED, signature.minusMonths(21), "", null, null, 0));
        RulesVersion rules = b.rulesAt(signature);
        for (MissionRule rule : rules.missions()) {
            if (rule.kind() == MissionKind.SOCLE) {
                b.mission(rules, rule.mission(), signature, false, "Action principale de la mission");
                b.indicator(rule.mission(), "Indicateur de résultat de la mission", IndicatorKind.RESULTS,
                        Direction.HIGHER_IS_BETTER, "", new int[] {10, 10, 10, 10, 10}, 9, 10, 10, 11, 10);
            }
        }
        b.s.forms().save(b.id, new HealthProject("Association CPTS du Pays de Falaise", "W142001122",
                signature.minusMonths(18), signature.minusMonths(18), "Falaise", levavasseur.id(), coordinator.id(),
                EnumSet.allOf(DiagnosisItem.class), signature.minusMonths(4), signature.minusMonths(2),
                signature.minusMonths(2), 0));
        b.meeting(signature.minusWeeks(3), MeetingKind.NEGOTIATION, "CPAM du Calvados, Caen", "Négociation", "",
                List.of(levavasseur, coordinator), "CPAM, ARS");
        b.s.forms().save(b.id, new Negotiation(18_142L, DemoCommunes.SOURCE, DemoCommunes.VINTAGE, true, rules.id(), null, "",
                new Signatory("Dr Agnès Levavasseur", "Présidente de l’association"),
                new Signatory("Bertrand Lelièvre", "Directeur général"),
                new Signatory("Claire Rigault", "Déléguée départementale du Calvados"),
                DemoCases.CPAM, DemoCases.ARS, signature,
                "Falaise", 0));
        Map<LineKey, String> toConfirm = new java.util.HashMap<>();
        toConfirm.put(LineKey.OPERATING, "50000.00");
        toConfirm.put(new LineKey(Mission.CRISIS, Component.FIXED), "10000.00");
        toConfirm.put(new LineKey(Mission.CRISIS, Component.VARIABLE), "10000.00");
        enterAmountsToConfirm(b, rules, toConfirm);
        b.advance(WorkflowStage.PRE_PROJECT, signature.minusMonths(26), DecidedBy.JOINT, "");
        b.advance(WorkflowStage.LETTER_OF_INTENT, signature.minusMonths(21), DecidedBy.JOINT, "");
        b.advance(WorkflowStage.HEALTH_PROJECT, signature.minusMonths(2), DecidedBy.JOINT, "");
        b.advance(WorkflowStage.SIGNATURE, signature, DecidedBy.JOINT, "Contrat tripartite signé.");
        for (int year = 1; year <= 5; year++) {
            b.s.followUp().saveReview(b.id, new AnnualReview(year, signature.plusYears(year).plusDays(14),
                    year == 5 ? "Bilan final : objectifs atteints." : "Objectifs de l’année atteints.", 0));
        }
        receivedPayments(b);
        b.advance(WorkflowStage.FOLLOW_UP, b.ago(1, 0), DecidedBy.JOINT,
                "Contrat arrivé à échéance ; renouvellement en préparation.");
    }

    /** Records as received (ten days after their date) the calendar's payments due more than ten days ago. */
    static void receivedPayments(DemoBuilder b) {
        for (Payment payment : DemoWorkflowWriter.calendar(b.s, b.id)) {
            LocalDate received = payment.date().plusDays(10);
            if (!received.isAfter(b.today)) {
                b.s.followUp().addPayment(new PaymentReceived(UUID.randomUUID(), b.id, received, payment.amount(),
                        new LineKey(payment.mission(), payment.component()), "Virement de la CPAM"));
            }
        }
    }

    /** The amounts agreed for the lines « à confirmer » of the contract's version (none for a confirmed one). */
    private static void enterAmountsToConfirm(DemoBuilder b, RulesVersion rules, Map<LineKey, String> amounts) {
        Map<LineKey, BigDecimal> entered = new java.util.HashMap<>();
        amounts.forEach((line, amount) -> rules.line(line)
                .filter(l -> !l.confirmed())
                .ifPresent(l -> entered.put(line, new BigDecimal(amount))));
        b.entered(entered);
    }
}
