package fr.referentcpts.demo;

import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.people.Profession;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/** The words of the generated portfolio: people's names, referents, actions per mission. All fictitious. */
final class DemoVocabulary {
    static final List<String> REFERENTS = List.of("Camille Roussel", "Julien Marchand", "Sophie Lefebvre",
            "Thomas Girard", "Nadia Benali", "Claire Dubois", "Antoine Lemoine", "Élodie Perrin");

    static final List<String> FIRST_NAMES = List.of("Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine",
            "Anne", "Christine", "Valérie", "Sandrine", "Céline", "Aurélie", "Émilie", "Julie", "Laure", "Hélène",
            "Pauline", "Camille", "Léa", "Manon", "Inès", "Jean", "Philippe", "Michel", "Alain", "Patrick",
            "Nicolas", "Christophe", "Pierre", "Frédéric", "Stéphane", "Laurent", "Olivier", "Sébastien",
            "Vincent", "Mathieu", "Guillaume", "Julien", "Romain", "Karim", "Hugo", "Lucas", "Benoît", "Yann",
            "Gaëlle", "Maëlle", "Solène", "François", "Jérôme", "Cédric", "Damien");

    static final List<String> LAST_NAMES = List.of("Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard",
            "Durand", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David",
            "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau",
            "Vincent", "Muller", "Lefebvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier",
            "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin",
            "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis",
            "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud",
            "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez", "Gérard",
            "Roche", "Renard", "Schmitt", "Le Gall", "Le Goff", "Kerboul", "Ollivier", "Hamon", "Benali",
            "Haddad", "Nguyen", "Lebrun", "Carpentier", "Leclerc", "Caron", "Picard", "Hubert", "Collet");

    /** Professions of the members, about as often as they appear in CPTS teams. */
    static final List<Map.Entry<Profession, Integer>> PROFESSIONS = List.of(
            Map.entry(Profession.GENERAL_PRACTITIONER, 30), Map.entry(Profession.NURSE, 20),
            Map.entry(Profession.PHARMACIST, 12), Map.entry(Profession.PHYSIOTHERAPIST, 10),
            Map.entry(Profession.SPECIALIST, 6), Map.entry(Profession.MIDWIFE, 4), Map.entry(Profession.DENTIST, 4),
            Map.entry(Profession.SPEECH_THERAPIST, 4), Map.entry(Profession.PSYCHOLOGIST, 4),
            Map.entry(Profession.PODIATRIST, 3), Map.entry(Profession.BIOLOGIST, 2),
            Map.entry(Profession.RADIOLOGIST, 1));

    static final Map<Mission, List<String>> ACTIONS = Map.of(
            Mission.ACCESS, List.of("Cellule d’orientation des patients sans médecin traitant",
                    "Créneaux de soins non programmés partagés entre cabinets",
                    "Régulation des demandes de soins non programmés avec le SAS",
                    "Recensement des disponibilités des médecins traitants"),
            Mission.PATHWAYS, List.of("Parcours insuffisance cardiaque ville–hôpital",
                    "Parcours personnes âgées à domicile après hospitalisation",
                    "Protocole pluriprofessionnel plaies chroniques",
                    "Parcours diabète de type 2 avec les pharmaciens"),
            Mission.PREVENTION, List.of("Campagne de vaccination grippe et covid en officine",
                    "Journées de dépistage du cancer colorectal", "Prévention des chutes chez les plus de 75 ans",
                    "Ateliers nutrition et activité physique en milieu scolaire"),
            Mission.CRISIS, List.of("Plan de réponse aux situations sanitaires exceptionnelles",
                    "Annuaire de crise des professionnels du territoire", "Exercice de simulation canicule"),
            Mission.QUALITY, List.of("Groupes d’analyse de pratiques pluriprofessionnels",
                    "Revue des événements indésirables associés aux soins", "Bon usage des antibiotiques"),
            Mission.SUPPORT, List.of("Accueil des internes et des étudiants en santé",
                    "Soirée d’accueil des nouveaux installés", "Guide d’installation sur le territoire"));

    static final List<String> PARTNERS = List.of("CPAM", "ARS", "centre hospitalier", "DAC", "EHPAD du secteur",
            "SSIAD", "conseil départemental", "communauté de communes", "URPS", "SAS du département");

    static final List<String> EHPAD = List.of("Les Tilleuls", "La Roseraie", "Les Jardins du Parc", "Le Bois Joli",
            "Les Hortensias", "Saint-Joseph");

    static final List<String> CALENDARS = List.of("Dès la signature", "Première année du contrat",
            "Deuxième année du contrat", "En continu", "Chaque trimestre", "Avant la fin de l’année");

    /** What a team reports at its first contact with the ARS or the CPAM. */
    static final List<String> PROBLEMS = List.of(
            "départs en retraite de médecins généralistes non remplacés",
            "part élevée de patients sans médecin traitant, dont des patients en ALD",
            "recours aux urgences pour des soins non programmés faute de créneaux en ville",
            "sorties d’hospitalisation mal coordonnées avec les professionnels de ville",
            "population âgée et isolée dans les communes rurales",
            "faible participation aux dépistages organisés des cancers",
            "couverture vaccinale insuffisante des adolescents",
            "afflux saisonnier de population l’été",
            "difficultés d’accès aux soins de kinésithérapie et d’orthophonie",
            "pas d’organisation des soins non programmés le samedi matin");

    static final List<String> REVIEW_COMMENTS = List.of(
            "Objectifs de l’année atteints pour l’essentiel ; indicateurs de résultats en progression.",
            "Démarrage plus lent que prévu sur la mission parcours ; plan d’action renforcé.",
            "Accès aux soins : objectifs dépassés. Prévention : deux actions reportées à l’année suivante.",
            "Taux d’atteinte validés par l’ARS et la CPAM ; effort à porter sur la qualité des données.",
            "Bonne dynamique ; nouveaux adhérents infirmiers et pharmaciens.");

    static final List<String> ABANDON_REASONS = List.of(
            "Équipe trop restreinte pour porter les missions socles ; rapprochement avec la CPTS voisine.",
            "Départ du médecin porteur du projet, personne pour reprendre la coordination.",
            "Les professionnels ont préféré rejoindre le projet de CPTS du territoire voisin.",
            "Pas de consensus sur le périmètre du territoire entre les professionnels.");

    static final List<String> TERMINATION_REASONS = List.of(
            "Dissolution de l’association porteuse de la CPTS.",
            "Fusion avec la CPTS voisine sous un nouveau contrat.",
            "Missions socles non mises en œuvre malgré les relances : résiliation par la CPAM et l’ARS.");

    /** Amounts a contract states itself, each with the reason the negotiation gave. */
    static java.util.Map<fr.referentcpts.core.funding.LineKey, fr.referentcpts.core.funding.ContractAmount> contractAmounts(
            java.util.Map<fr.referentcpts.core.funding.LineKey, java.math.BigDecimal> amounts) {
        java.util.Map<fr.referentcpts.core.funding.LineKey, fr.referentcpts.core.funding.ContractAmount> stated =
                new java.util.LinkedHashMap<>();
        amounts.forEach((line, amount) -> stated.put(line, new fr.referentcpts.core.funding.ContractAmount(amount, "",
                null, "Montant fixé au contrat, le barème de l’avenant 2 ne le précisant pas pour cette taille")));
        return stated;
    }

    private DemoVocabulary() {
    }

    static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static <T> T weighted(RandomGenerator random, List<Map.Entry<T, Integer>> weights) {
        int total = weights.stream().mapToInt(Map.Entry::getValue).sum();
        int draw = random.nextInt(total);
        for (Map.Entry<T, Integer> entry : weights) {
            draw -= entry.getValue();
            if (draw < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** « Élodie Le Goff » → « elodie.le-goff » (for fictitious e-mail addresses). */
    static String mailbox(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String[] parts = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").strip().split(" ", 2);
        return parts.length == 1 ? parts[0] : parts[0] + "." + parts[1].replace(' ', '-');
    }

    /** « de Vire », « d’Avranches », « du Havre », « des Andelys », « de la Ferté-Macé ». */
    static String of(String place) {
        if (place.startsWith("Le ")) {
            return "du " + place.substring(3);
        }
        if (place.startsWith("Les ")) {
            return "des " + place.substring(4);
        }
        if (place.startsWith("La ")) {
            return "de la " + place.substring(3);
        }
        if (place.startsWith("L'") || place.startsWith("L’")) {
            return "de l’" + place.substring(2);
        }
        char first = Normalizer.normalize(place.substring(0, 1), Normalizer.Form.NFD).charAt(0);
        return "AEIOUYaeiouy".indexOf(first) >= 0 ? "d’" + place : "de " + place;
    }
}
