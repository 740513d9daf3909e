package fr.referentcpts.demo;

import static fr.referentcpts.demo.DemoBuilder.action;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.followup.AnnualReview;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.meetings.MeetingKind;
import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.IndicatorKind;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonKind;
import fr.referentcpts.core.people.Profession;
import fr.referentcpts.core.people.Role;
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

/**
 * The content of the demonstration case files, dated from today: fictitious people on the real
 * territories of {@link DemoCommunes}.
 */
final class DemoCases {
    static final String CPAM = "CPAM du Calvados";
    static final String ARS = "ARS Normandie";

    private DemoCases() {
    }

    /** PRÉ-PROJET: a team, a territory under 20 000 inhabitants, the information meeting still to hold. */
    static void paysDAugeSud(DemoBuilder b) {
        Person vasseur = b.professional("Dr Hélène Vasseur", Profession.GENERAL_PRACTITIONER, "Cabinet médical",
                "Livarot-Pays-d'Auge", Role.PROJECT_LEADER, Role.CONTACT);
        Person gosselin = b.professional("Dr Thomas Gosselin", Profession.GENERAL_PRACTITIONER, "", "Vimoutiers");
        b.professional("Marion Lecoq", Profession.PHARMACIST, "Pharmacie du Marché", "Livarot-Pays-d'Auge");
        b.territory(DemoCommunes.PAYS_D_AUGE_SUD);
        b.s.forms().save(b.id, new PreProject(b.ago(2, 5), ContactParty.CPAM,
                "Trois départs en retraite de médecins généralistes d’ici deux ans ; 1 800 patients sans médecin "
                        + "traitant ; pas d’organisation des soins non programmés le samedi matin.", 0));
        b.meeting(b.ago(2, 0), MeetingKind.OTHER, "Cabinet médical de Livarot",
                "Premier échange sur la démarche CPTS", "Réunion d’information à organiser avec les professionnels "
                        + "du territoire.", List.of(vasseur, gosselin), "Camille Roussel (CPAM)",
                action("Envoyer la plaquette CPTS et l’accès au diagnostic REZONE", "Camille Roussel", b.ago(1, 20),
                        true),
                action("Identifier les infirmiers et kinésithérapeutes intéressés", "Dr Hélène Vasseur",
                        b.ago(0, 3), false));
        b.meeting(b.ago(0, -12), MeetingKind.INFORMATION, "Salle des fêtes de Livarot",
                "Présentation des CPTS, de l’ACI et du calendrier ; premiers besoins du territoire", "",
                List.of(vasseur), "CPAM, ARS (délégation du Calvados)");
    }

    /** LETTRE D'INTENTION: sent to the ARS eleven weeks ago, the decision is awaited. */
    static void bocageVirois(DemoBuilder b) {
        Person martin = b.professional("Dr Claire Martin", Profession.GENERAL_PRACTITIONER, "MSP de Vire",
                "Vire Normandie", Role.PROJECT_LEADER, Role.CONTACT);
        Person roger = b.professional("Dr Paul Roger", Profession.GENERAL_PRACTITIONER, "MSP de Vire", "Vire Normandie");
        Person lefevre = b.professional("Julien Lefèvre", Profession.NURSE, "Cabinet infirmier du Bocage",
                "Vire Normandie");
        b.professional("Émilie Hamel", Profession.NURSE, "Cabinet infirmier de Valdallière", "Valdallière");
        b.professional("Nicolas Fauvel", Profession.PHYSIOTHERAPIST, "", "Vire Normandie");
        b.professional("Anne-Sophie Duval", Profession.PHARMACIST, "Pharmacie de la Porte Horloge", "Vire Normandie");
        b.other("MSP de Vire", PersonKind.MSP_ESP, "", "Vire Normandie", Role.PARTNER);
        b.other("Centre hospitalier de Vire", PersonKind.HEALTH_FACILITY, "", "Vire Normandie", Role.PARTNER);
        b.territory(DemoCommunes.BOCAGE_VIROIS);
        b.s.forms().save(b.id, new PreProject(b.ago(10, 0), ContactParty.BOTH,
                "Démographie médicale en baisse (4 départs de médecins généralistes en 3 ans) ; 12 % des patients "
                        + "de 17 ans et plus sans médecin traitant ; urgences de Vire saturées le week-end ; "
                        + "population âgée et isolée dans les communes rurales.", 0));
        b.meeting(b.ago(9, 0), MeetingKind.INFORMATION, "MSP de Vire", "Présentation de la démarche CPTS et de l’ACI",
                "L’équipe porteuse rédige la lettre d’intention.", List.of(martin, roger, lefevre),
                "Camille Roussel (CPAM), délégation départementale de l’ARS");
        b.advance(WorkflowStage.PRE_PROJECT, b.ago(6, 0), DecidedBy.JOINT,
                "Équipe pluriprofessionnelle constituée ; lettre d’intention attendue.");
        b.meeting(b.ago(5, 0), MeetingKind.WORKING_GROUP, "MSP de Vire", "Rédaction de la lettre d’intention",
                "Plan validé ; calendrier prévisionnel sur 18 mois.", List.of(martin, lefevre), "");
        b.s.forms().save(b.id, new LetterOfIntent(b.ago(4, 0), EnumSet.allOf(LetterItem.class), b.ago(2, 17),
                null, null, "", null, null, 0));
        b.meeting(b.ago(0, 14), MeetingKind.STEERING, "MSP de Vire", "Point d’étape avec l’équipe porteuse",
                "Sans réponse de l’ARS, la CPAM relance.", List.of(martin, roger), "Camille Roussel (CPAM)",
                action("Relancer l’ARS sur l’examen de la lettre d’intention", "Camille Roussel", b.ago(0, -4), false),
                action("Recenser les structures médico-sociales partenaires", "Dr Claire Martin", b.ago(0, -30),
                        false));
    }

    /** PROJET DE SANTÉ: association constituée, diagnostic incomplet, mission crises sans action. */
    static void coeurDuCotentin(DemoBuilder b) {
        Person lemonnier = b.professional("Dr Marc Lemonnier", Profession.GENERAL_PRACTITIONER, "MSP de Valognes",
                "Valognes", Role.PROJECT_LEADER, Role.CONTACT, Role.PRESIDENT);
        Person hebert = b.professional("Dr Sophie Hébert", Profession.GENERAL_PRACTITIONER, "",
                "Bricquebec-en-Cotentin");
        Person leroux = b.professional("Isabelle Leroux", Profession.NURSE, "", "Valognes", Role.TREASURER);
        b.professional("Pierre Lebas", Profession.PHYSIOTHERAPIST, "", "Saint-Sauveur-le-Vicomte", Role.SECRETARY);
        b.professional("Claire Mauger", Profession.PHARMACIST, "Pharmacie centrale", "Montebourg");
        Person osmont = b.other("Laura Osmont", PersonKind.OTHER, "Association CPTS Cœur du Cotentin", "Valognes",
                Role.COORDINATOR);
        b.other("Centre hospitalier public du Cotentin", PersonKind.HEALTH_FACILITY, "", "Valognes", Role.PARTNER);
        b.other("EHPAD Résidence du Castel", PersonKind.MEDICO_SOCIAL, "", "Valognes", Role.PARTNER);
        b.territory(DemoCommunes.COEUR_DU_COTENTIN);
        b.s.forms().save(b.id, new PreProject(b.ago(24, 0), ContactParty.BOTH,
                "Éloignement des urgences de Cherbourg ; sorties d’hospitalisation mal coordonnées ; "
                        + "faible participation au dépistage organisé du cancer colorectal.", 0));
        b.meeting(b.ago(23, 0), MeetingKind.INFORMATION, "Hôtel de ville de Valognes", "Présentation de la démarche",
                "", List.of(lemonnier, hebert, leroux), "CPAM de la Manche, ARS");
        b.advance(WorkflowStage.PRE_PROJECT, b.ago(20, 0), DecidedBy.JOINT, "");
        b.s.forms().save(b.id, new LetterOfIntent(b.ago(18, 0), EnumSet.allOf(LetterItem.class), b.ago(17, 25),
                LetterDecision.VALIDATED, b.ago(15, 0), "Avis favorable de l’ARS et de l’Assurance Maladie, "
                        + "après avis de l’URPS.", new BigDecimal("25000.00"), b.ago(13, 0), 0));
        b.advance(WorkflowStage.LETTER_OF_INTENT, b.ago(15, 0), DecidedBy.JOINT, "Validation du pré-projet.");
        RulesVersion rules = b.rulesAt(b.today);
        b.mission(rules, Mission.ACCESS, null, false, "Recensement des patients sans médecin traitant",
                "Plages de soins non programmés partagées entre les cabinets");
        b.mission(rules, Mission.PATHWAYS, null, false, "Parcours de sortie d’hospitalisation des personnes âgées");
        b.mission(rules, Mission.PREVENTION, null, false, "Promotion du dépistage du cancer colorectal");
        b.mission(rules, Mission.CRISIS, null, false);
        b.mission(rules, Mission.QUALITY, null, false, "Groupe d’analyse des pratiques sur l’antibiothérapie");
        b.s.forms().save(b.id, new HealthProject("Association CPTS Cœur du Cotentin", "W503004512", b.ago(12, 0),
                b.ago(12, 0), "Valognes", lemonnier.id(), osmont.id(), EnumSet.of(DiagnosisItem.MEDICAL_DEMOGRAPHY,
                        DiagnosisItem.POPULATION_HEALTH, DiagnosisItem.INFRASTRUCTURES_AND_PATHWAYS,
                        DiagnosisItem.ACCESS_TO_GP), null, null, null, 0));
        b.meeting(b.ago(3, 0), MeetingKind.WORKING_GROUP, "MSP de Valognes", "Groupe de travail « Accès aux soins »",
                "Deux actions retenues pour la mission accès aux soins.", List.of(lemonnier, hebert, osmont), "",
                action("Compléter le diagnostic : liens ville–hôpital et soins non programmés", "Laura Osmont",
                        b.ago(0, 10), false));
        b.meeting(b.ago(0, -21), MeetingKind.STEERING, "MSP de Valognes", "Relecture du projet de santé avant dépôt",
                "", List.of(lemonnier, osmont), "Camille Roussel (CPAM)");
    }

    /** NÉGOCIATION ET SIGNATURE: négociation tenue, indicateurs à compléter, signature prévue dans trois semaines. */
    static void coteDeNacre(DemoBuilder b) {
        Person marchand = b.professional("Dr Julie Marchand", Profession.GENERAL_PRACTITIONER, "MSP de la Côte de Nacre",
                "Douvres-la-Délivrande", Role.PROJECT_LEADER, Role.CONTACT, Role.PRESIDENT);
        b.professional("Dr Olivier Piel", Profession.GENERAL_PRACTITIONER, "", "Ouistreham");
        b.professional("Nathalie Guérin", Profession.NURSE, "", "Courseulles-sur-Mer", Role.TREASURER);
        b.professional("Romain Letellier", Profession.PHYSIOTHERAPIST, "", "Luc-sur-Mer");
        b.professional("Cécile Bazire", Profession.MIDWIFE, "", "Douvres-la-Délivrande");
        b.professional("Sébastien Jeanne", Profession.PHARMACIST, "Pharmacie de la Mer", "Ouistreham");
        Person fontaine = b.other("Aurélie Fontaine", PersonKind.OTHER, "CPTS Côte de Nacre", "Douvres-la-Délivrande",
                Role.COORDINATOR);
        b.other("CHU de Caen Normandie", PersonKind.HEALTH_FACILITY, "", "Caen", Role.PARTNER);
        b.territory(DemoCommunes.COTE_DE_NACRE);
        b.s.forms().save(b.id, new PreProject(b.ago(30, 0), ContactParty.CPAM,
                "Afflux saisonnier de population l’été ; soins non programmés reportés sur le CHU ; "
                        + "vieillissement de la population du littoral.", 0));
        b.meeting(b.ago(29, 0), MeetingKind.INFORMATION, "Mairie de Douvres-la-Délivrande",
                "Présentation de la démarche", "", List.of(marchand), "CPAM, ARS");
        b.advance(WorkflowStage.PRE_PROJECT, b.ago(27, 0), DecidedBy.JOINT, "");
        b.s.forms().save(b.id, new LetterOfIntent(b.ago(25, 0), EnumSet.allOf(LetterItem.class), b.ago(24, 26),
                LetterDecision.VALIDATED, b.ago(22, 0), "", new BigDecimal("20000.00"), b.ago(20, 0), 0));
        b.advance(WorkflowStage.LETTER_OF_INTENT, b.ago(22, 0), DecidedBy.JOINT, "Validation du pré-projet.");
        RulesVersion rules = b.rulesAt(b.today);
        b.mission(rules, Mission.ACCESS, null, true, "Régulation téléphonique des demandes de soins non programmés",
                "Accès à un médecin traitant pour les patients en ALD");
        b.mission(rules, Mission.PATHWAYS, null, false, "Parcours insuffisance cardiaque");
        b.mission(rules, Mission.PREVENTION, null, false, "Prévention des chutes des personnes âgées");
        b.mission(rules, Mission.CRISIS, null, false, "Plan de réponse aux crises sanitaires (canicule, épidémies)");
        b.mission(rules, Mission.SUPPORT, b.ago(0, -120), false, "Accueil des internes et des nouveaux installés");
        b.s.forms().save(b.id, new HealthProject("CPTS Côte de Nacre", "W143005678", b.ago(18, 0), b.ago(18, 0),
                "Douvres-la-Délivrande", marchand.id(), fontaine.id(), EnumSet.allOf(DiagnosisItem.class),
                b.ago(4, 0), b.ago(2, 0), b.ago(1, 27), 0));
        b.advance(WorkflowStage.HEALTH_PROJECT, b.ago(1, 27), DecidedBy.JOINT, "Projet de santé validé par l’ARS et la CPAM.");
        b.meeting(b.ago(0, 21), MeetingKind.NEGOTIATION, "CPAM du Calvados, Caen",
                "Missions retenues, objectifs et indicateurs", "Indicateurs d’accès et de parcours arrêtés ; "
                        + "objectifs de prévention à chiffrer.", List.of(marchand, fontaine), "CPAM, ARS",
                action("Transmettre les objectifs chiffrés des indicateurs de prévention", "Aurélie Fontaine",
                        b.ago(0, -7), false));
        b.indicator(Mission.ACCESS, "Patients sans médecin traitant ayant trouvé un médecin traitant",
                IndicatorKind.RESULTS, Direction.HIGHER_IS_BETTER, "patients", new int[] {150, 200, 250, 300, 350});
        b.indicator(Mission.ACCESS, "Part des demandes de soins non programmés orientées dans les 24 h",
                IndicatorKind.RESULTS, Direction.HIGHER_IS_BETTER, "%", new int[] {60, 70, 75, 80, 80});
        b.indicator(Mission.PATHWAYS, "Patients inclus dans un parcours", IndicatorKind.RESULTS,
                Direction.HIGHER_IS_BETTER, "patients", new int[] {40, 80, 120, 150, 180});
        b.indicator(Mission.PREVENTION, "Actions de prévention menées", IndicatorKind.MEANS,
                Direction.HIGHER_IS_BETTER, "actions", new int[0]);
        b.indicator(Mission.CRISIS, "Plan de réponse aux crises sanitaires rédigé", IndicatorKind.MEANS,
                Direction.YES_NO, "", new int[] {1, 1, 1, 1, 1});
        b.s.forms().save(b.id, new Negotiation(49_375L, DemoCommunes.SOURCE, DemoCommunes.VINTAGE, true, rules.id(), null, "",
                new Signatory("Dr Julie Marchand", "Présidente de l’association CPTS Côte de Nacre"),
                new Signatory("Bertrand Lelièvre", "Directeur général"), Signatory.NONE,
                CPAM, ARS, b.ago(0, -21), "Douvres-la-Délivrande", 0));
        b.meeting(b.ago(0, -21), MeetingKind.SIGNATURE, "Mairie de Douvres-la-Délivrande", "Signature du contrat",
                "", List.of(marchand), "CPAM, ARS");
    }

    /** SUIVI: contrat signé il y a 16 mois, dialogue de gestion de l’année 1 tenu, versements reçus. */
    static void caenOuest(DemoBuilder b) {
        LocalDate signature = b.ago(16, 0);
        Person lamy = b.professional("Dr François Lamy", Profession.GENERAL_PRACTITIONER, "MSP du Chemin Vert",
                "Hérouville-Saint-Clair", Role.PRESIDENT);
        Person legoff = b.professional("Dr Yann Le Goff", Profession.GENERAL_PRACTITIONER, "", "Ifs",
                Role.PROJECT_LEADER, Role.CONTACT);
        b.professional("Dr Inès Benali", Profession.GENERAL_PRACTITIONER, "", "Bretteville-sur-Odon");
        b.professional("Karine Vautier", Profession.NURSE, "", "Verson", Role.TREASURER);
        b.professional("Guillaume Marie", Profession.PHYSIOTHERAPIST, "", "Évrecy", Role.SECRETARY);
        b.professional("Hélène Jouan", Profession.PHARMACIST, "Pharmacie des Rives de l’Odon", "Fleury-sur-Orne");
        b.professional("Lucie Picot", Profession.SPEECH_THERAPIST, "", "Hérouville-Saint-Clair");
        Person brunet = b.other("Léa Brunet", PersonKind.OTHER, "CPTS Caen Ouest", "Hérouville-Saint-Clair",
                Role.COORDINATOR);
        b.other("CHU de Caen Normandie", PersonKind.HEALTH_FACILITY, "", "Caen", Role.PARTNER);
        b.other("URPS Médecins libéraux de Normandie", PersonKind.URPS, "", "Caen", Role.PARTNER);
        b.territory(DemoCommunes.CAEN_OUEST);
        LocalDate start = signature.minusMonths(30);
        b.s.forms().save(b.id, new PreProject(start, ContactParty.BOTH,
                "Quartiers prioritaires avec une forte part de patients sans médecin traitant ; recours aux urgences "
                        + "du CHU pour des soins non programmés ; couverture vaccinale insuffisante.", 0));
        b.meeting(start.plusMonths(1), MeetingKind.INFORMATION, "Hôtel de ville d’Hérouville-Saint-Clair",
                "Présentation de la démarche", "", List.of(lamy, legoff), "CPAM, ARS, URPS");
        b.s.forms().save(b.id, new LetterOfIntent(signature.minusMonths(25), EnumSet.allOf(LetterItem.class),
                signature.minusMonths(25).plusDays(3), LetterDecision.VALIDATED, signature.minusMonths(22), "",
                new BigDecimal("30000.00"), signature.minusMonths(20), 0));
        RulesVersion rules = b.rulesAt(signature);
        b.mission(rules, Mission.ACCESS, null, true, "Cellule d’orientation des demandes de soins non programmés",
                "Recherche d’un médecin traitant pour les patients vulnérables");
        b.mission(rules, Mission.PATHWAYS, null, false, "Parcours diabète de type 2", "Sorties d’hospitalisation");
        b.mission(rules, Mission.PREVENTION, null, false, "Couverture vaccinale des adolescents (HPV)");
        if (rules.offers(Mission.CRISIS)) {
            b.mission(rules, Mission.CRISIS, signature, false, "Plan de réponse aux crises sanitaires");
        }
        b.mission(rules, Mission.QUALITY, signature.plusMonths(5), false,
                "Groupes d’analyse des pratiques pluriprofessionnels");
        b.s.forms().save(b.id, new HealthProject("Association CPTS Caen Ouest", "W143003399", signature.minusMonths(18),
                signature.minusMonths(18), "Hérouville-Saint-Clair", lamy.id(), brunet.id(),
                EnumSet.allOf(DiagnosisItem.class), signature.minusMonths(5), signature.minusMonths(3),
                signature.minusMonths(3).plusDays(5), 0));
        b.indicator(Mission.ACCESS, "Patients sans médecin traitant ayant trouvé un médecin traitant",
                IndicatorKind.RESULTS, Direction.HIGHER_IS_BETTER, "patients", new int[] {300, 400, 500, 600, 700},
                260);
        b.indicator(Mission.ACCESS, "Part des demandes de soins non programmés orientées dans les 24 h",
                IndicatorKind.RESULTS, Direction.HIGHER_IS_BETTER, "%", new int[] {70, 75, 80, 85, 90}, 72);
        b.indicator(Mission.PATHWAYS, "Protocoles pluriprofessionnels formalisés", IndicatorKind.MEANS,
                Direction.HIGHER_IS_BETTER, "protocoles", new int[] {2, 4, 6, 8, 10}, 2);
        b.indicator(Mission.PREVENTION, "Actions de prévention menées", IndicatorKind.MEANS,
                Direction.HIGHER_IS_BETTER, "actions", new int[] {4, 6, 8, 8, 8}, 5);
        if (rules.offers(Mission.CRISIS)) {
            b.indicator(Mission.CRISIS, "Plan de réponse aux crises sanitaires rédigé", IndicatorKind.MEANS,
                    Direction.YES_NO, "", new int[] {1, 1, 1, 1, 1}, 1);
        }
        b.indicator(Mission.QUALITY, "Groupes d’analyse des pratiques pluriprofessionnels tenus", IndicatorKind.MEANS,
                Direction.HIGHER_IS_BETTER, "groupes", new int[] {3, 6, 6, 6, 6}, 2);
        b.meeting(signature.minusMonths(1), MeetingKind.NEGOTIATION, "CPAM du Calvados, Caen",
                "Missions, objectifs et indicateurs", "Accord sur les indicateurs et leurs objectifs.",
                List.of(lamy, brunet), "CPAM, ARS");
        b.s.forms().save(b.id, new Negotiation(106_234L, DemoCommunes.SOURCE, DemoCommunes.VINTAGE, true, rules.id(), null, "",
                new Signatory("Dr François Lamy", "Président de l’association CPTS Caen Ouest"),
                new Signatory("Bertrand Lelièvre", "Directeur général"),
                new Signatory("Claire Rigault", "Déléguée départementale du Calvados"), CPAM, ARS, signature, "Caen", 0));
        b.advance(WorkflowStage.PRE_PROJECT, start.plusMonths(3), DecidedBy.JOINT, "");
        b.advance(WorkflowStage.LETTER_OF_INTENT, signature.minusMonths(22), DecidedBy.JOINT, "Validation du pré-projet.");
        b.advance(WorkflowStage.HEALTH_PROJECT, signature.minusMonths(3).plusDays(5), DecidedBy.JOINT,
                "Projet de santé validé.");
        b.advance(WorkflowStage.SIGNATURE, signature, DecidedBy.JOINT, "Contrat tripartite signé.");
        LocalDate review = signature.plusYears(1).plusDays(21);
        b.s.followUp().saveReview(b.id, new AnnualReview(1, review, "Démarrage conforme ; la cellule d’orientation "
                + "des soins non programmés traite 72 % des demandes dans les 24 h. Objectif médecin traitant "
                + "atteint à 87 %.", 0));
        b.meeting(review, MeetingKind.ANNUAL_REVIEW, "CPAM du Calvados, Caen", "Dialogue de gestion de l’année 1",
                "Taux d’atteinte validés ; effort à porter sur la qualité.", List.of(lamy, brunet), "CPAM, ARS",
                action("Préparer le bilan à mi-parcours de la mission parcours", "Léa Brunet", b.ago(0, -45), false));
        DemoContracts.caenOuestFollowUp(b, signature);
        DemoContracts.receivedPayments(b);
    }

    /** SANS SUITE: a small team that joins a neighbouring project. */
    static void paysDIsigny(DemoBuilder b) {
        Person lecardonnel = b.professional("Dr Jean Lecardonnel", Profession.GENERAL_PRACTITIONER, "",
                "Isigny-sur-Mer", Role.PROJECT_LEADER, Role.CONTACT);
        b.professional("Sylvie Lemarchand", Profession.NURSE, "", "Grandcamp-Maisy");
        b.territory(DemoCommunes.ISIGNY);
        b.s.forms().save(b.id, new PreProject(b.ago(14, 0), ContactParty.CPAM,
                "Isolement des professionnels ; un seul cabinet de kinésithérapie.", 0));
        b.meeting(b.ago(13, 0), MeetingKind.INFORMATION, "Mairie d’Isigny-sur-Mer", "Présentation de la démarche", "",
                List.of(lecardonnel), "CPAM");
        b.advance(WorkflowStage.PRE_PROJECT, b.ago(12, 0), DecidedBy.JOINT, "");
        b.s.workflow().abandon(b.id, WorkflowStage.LETTER_OF_INTENT, b.ago(6, 0), "L’équipe rejoint le projet de CPTS du "
                + "Bessin : territoire trop restreint (8 000 habitants) pour porter seule les missions socles.");
    }
}
