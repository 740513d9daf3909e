package fr.referentcpts.demo;

import fr.referentcpts.core.territory.TerritoryCommune;
import java.util.ArrayList;
import java.util.List;

/**
 * The territories of the demonstration portfolio: real communes of the Calvados and the Manche
 * (INSEE codes, populations légales 2023).
 */
final class DemoCommunes {
    static final String SOURCE = "INSEE, populations légales (population municipale)";
    static final String VINTAGE = "2023";

    /** 39 communes, 106234 habitants. */
    static final List<TerritoryCommune> CAEN_OUEST = communes(
            "14327", "Hérouville-Saint-Clair", 23470, "14098", "Thue et Mue", 6182, "14271", "Fleury-sur-Orne", 5941,
            "14101", "Bretteville-sur-Odon", 4494, "14738", "Verson", 4059, "14137", "Carpiquet", 3428,
            "14383", "Louvigny", 2612, "14543", "Rots", 2544, "14587", "Saint-Germain-la-Blanche-Herbe", 2482,
            "14566", "Saint-Contest", 2465, "14610", "Saint-Manvieu-Norrey", 2160, "14454", "Mouen", 1788,
            "14030", "Authie", 1707, "14556", "Saint-André-sur-Orne", 1664, "14254", "Éterville", 1529,
            "14707", "Tourville-sur-Odon", 1153, "14341", "Ifs", 11937, "14408", "Saint-Martin-de-May", 4529,
            "14274", "Fontaine-Étoupefour", 2810, "14349", "Laize-Clinchamps", 2155, "14257", "Évrecy", 2066,
            "14277", "Fontenay-le-Marmion", 2055, "14266", "Feuguerolles-Bully", 1520,
            "14249", "Esquay-Notre-Dame", 1444, "14592", "Sainte-Honorine-du-Fay", 1362,
            "14042", "Baron-sur-Odon", 1154, "14311", "Grainville-sur-Odon", 1105, "14006", "Amayé-sur-Orne", 1079,
            "14396", "Maltot", 1060, "14747", "Vieux", 727, "14721", "Vacognes-Neuilly", 681, "14297", "Gavrus", 635,
            "14438", "Mondrainville", 594, "14034", "Avenay", 555, "14089", "Bougy", 376, "14393", "Maizet", 360,
            "14122", "La Caine", 159, "14519", "Préaux-Bocage", 107, "14446", "Montigny", 86);

    /** 20 communes, 49375 habitants. */
    static final List<TerritoryCommune> COTE_DE_NACRE = communes(
            "14228", "Douvres-la-Délivrande", 5143, "14191", "Courseulles-sur-Mer", 4268,
            "14384", "Luc-sur-Mer", 3275, "14066", "Bernières-sur-Mer", 2437, "14562", "Saint-Aubin-sur-Mer", 2101,
            "14354", "Langrune-sur-Mer", 1916, "14014", "Colomby-Anguerny", 1353, "14197", "Cresserons", 1068,
            "14044", "Basly", 1029, "14015", "Anisy", 819, "14535", "Reviers", 627, "14509", "Plumetot", 200,
            "14488", "Ouistreham", 9212, "14325", "Hermanville-sur-Mer", 3323,
            "14166", "Colleville-Montgomery", 2586, "14365", "Lion-sur-Mer", 2486,
            "14068", "Biéville-Beuville", 3840, "14060", "Bénouville", 1987, "14558", "Saint-Aubin-d'Arquenay", 1118,
            "14495", "Périers-sur-le-Dan", 587);

    /** 12 communes, 26214 habitants. */
    static final List<TerritoryCommune> BOCAGE_VIROIS = communes(
            "14762", "Vire Normandie", 17457, "14726", "Valdallière", 5696, "14127", "Campagnolles", 562,
            "14352", "Landelles-et-Coupigny", 818, "14559", "Saint-Aubin-des-Bois", 226, "14054", "Beaumesnil", 207,
            "14424", "Le Mesnil-Robert", 181, "14511", "Pont-Bellanger", 60,
            "14619", "Sainte-Marie-Outre-l'Eau", 124, "14572", "Saint-Denis-de-Méré", 754,
            "14512", "Pontécoulant", 71, "14496", "Périgny", 58);

    /** 4 communes, 18724 habitants. */
    static final List<TerritoryCommune> PAYS_D_AUGE_SUD = communes(
            "14371", "Livarot-Pays-d'Auge", 6207, "14654", "Saint-Pierre-en-Auge", 7100, "61508", "Vimoutiers", 2978,
            "14570", "Valorbiquet", 2439);

    /** 12 communes, 29181 habitants. */
    static final List<TerritoryCommune> COEUR_DU_COTENTIN = communes(
            "50615", "Valognes", 6969, "50082", "Bricquebec-en-Cotentin", 5893, "50087", "Brix", 2165,
            "50551", "Saint-Sauveur-le-Vicomte", 2114, "50341", "Montebourg", 1925, "50579", "Sottevast", 1459,
            "50149", "Couville", 1249, "50425", "Rauville-la-Bigot", 1082, "50648", "Yvetot-Bocage", 1212,
            "50599", "Tollevast", 1654, "50417", "Quettehou", 1811, "50562", "Saint-Vaast-la-Hougue", 1648);

    /** 6 communes, 7995 habitants. */
    static final List<TerritoryCommune> ISIGNY = communes(
            "14342", "Isigny-sur-Mer", 3543, "14312", "Grandcamp-Maisy", 1522, "14711", "Trévières", 925,
            "14281", "Formigny La Bataille", 765, "14591", "Aure sur Mer", 692, "14124", "La Cambe", 548);

    /** 15 communes, 18142 habitants. */
    static final List<TerritoryCommune> FALAISE = communes(
            "14258", "Falaise", 7680, "14516", "Potigny", 2089, "14764", "Pont-d'Ouilly", 1018, "14720", "Ussy", 869,
            "14735", "Vendeuvre", 800, "14753", "Villers-Canivet", 720, "14332", "La Hoguette", 662,
            "14678", "Soumont-Saint-Quentin", 659, "14452", "Morteaux-Coulibœuf", 601,
            "14486", "Ouilly-le-Tesson", 571, "14289", "Fresné-la-Mère", 566, "14737", "Versainville", 520,
            "14240", "Épaney", 488, "14646", "Saint-Pierre-Canivet", 462, "14394", "Maizières", 437);

    private DemoCommunes() {
    }

    private static List<TerritoryCommune> communes(Object... triples) {
        List<TerritoryCommune> list = new ArrayList<>();
        for (int i = 0; i < triples.length; i += 3) {
            String code = (String) triples[i];
            list.add(new TerritoryCommune(code, (String) triples[i + 1], TerritoryCommune.departementOf(code),
                    ((Integer) triples[i + 2]).longValue(), SOURCE, VINTAGE, ""));
        }
        return List.copyOf(list);
    }
}
