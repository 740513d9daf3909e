package fr.referentcpts.core.geo;

import java.util.List;
import java.util.Map;

/** A small referential of real communes (figures of the shipped 2023 vintage) for worked examples. */
final class GeoFixtures {
    static final String GRAND_PARIS = "200054781";
    static final String CINOR = "249740119";
    static final String PAYS_DE_FALAISE = "241400514";
    static final String LISIEUX = "200069532";
    static final String SAINT_OMER = "200069037";
    static final ReferentialSource SOURCE = new ReferentialSource("@etalab/decoupage-administratif", "6.0.0",
            "Licence Ouverte 2.0", new PopulationVintage("INSEE population municipale", "2023"),
            "Populations légales 2023", Map.of("976", new PopulationVintage("INSEE population municipale", "2017")));

    private GeoFixtures() {
    }

    static CommuneReferential referential() {
        return CommuneReferential.builder(SOURCE)
                .addEpci(GRAND_PARIS, "Métropole du Grand Paris", "METRO")
                .addEpci(CINOR, "CA Intercommunale du Nord de la Réunion (CINOR)", "CA")
                .addEpci(PAYS_DE_FALAISE, "CC du Pays de Falaise", "CC")
                .addEpci(LISIEUX, "CA Lisieux Normandie", "CA")
                .addEpci(SAINT_OMER, "CA du Pays de Saint-Omer", "CA")
                .addEpci("200042463", "CC Pyrénées Audoises", "CC")
                .addEpci("200035129", "CC du Pays d'Uzès", "CC")
                .addEpci("241700624", "CC de l'Île d'Oléron", "CC")
                .addEpci("244500427", "CC des Loges", "CC")
                .addEpci("200065597", "CU Caen la Mer", "CU")
                .addEpci("242010056", "CA du Pays Ajaccien", "CA")
                .addEpci("200067213", "CA Mamoudzou", "CA")
                .addEpci("200040715", "Eurométropole de Strasbourg", "METRO")
                .addEpci("241400415", "CC Cœur Côte Fleurie", "CC")
                .addEpci("200069524", "CC Pré-Bocage Intercom", "CC")
                .addCommune(commune("93066", "Saint-Denis", "93", 149_077, GRAND_PARIS, "93200", "93210", "93380"))
                .addCommune(commune("97411", "Saint-Denis", "974", 155_634, CINOR, "97400", "97417", "97490"))
                .addCommune(commune("11339", "Saint-Denis", "11", 523, "200042463", "11310"))
                .addCommune(commune("30247", "Saint-Denis", "30", 296, "200035129", "30500"))
                .addCommune(commune("17323", "Saint-Denis-d'Oléron", "17", 1_358, "241700624", "17650"))
                .addCommune(commune("45273", "Saint-Denis-de-l'Hôtel", "45", 3_065, "244500427", "45550"))
                .addCommune(commune("93039", "L'Île-Saint-Denis", "93", 8_696, GRAND_PARIS, "93450"))
                .addCommune(commune("94038", "L'Haÿ-les-Roses", "94", 31_188, GRAND_PARIS, "94240"))
                .addCommune(commune("50523", "Sainte-Mère-Église", "50", 3_174, null, "50480"))
                .addCommune(commune("14258", "Falaise", "14", 7_680, PAYS_DE_FALAISE, "14700"))
                .addCommune(commune("08164", "Falaise", "08", 346, null, "08400"))
                .addCommune(commune("14467", "Noron-l'Abbaye", "14", 327, PAYS_DE_FALAISE, "14700"))
                .addCommune(commune("14118", "Caen", "14", 109_400, "200065597", "14000"))
                .addCommune(commune("14366", "Lisieux", "14", 19_994, LISIEUX, "14100"))
                .addCommune(commune("62765", "Saint-Omer", "62", 14_034, SAINT_OMER, "62500"))
                .addCommune(commune("2A004", "Ajaccio", "2A", 76_320, "242010056", "20000", "20090", "20167"))
                .addCommune(commune("67482", "Strasbourg", "67", 293_771, "200040715", "67000", "67100", "67200"))
                .addCommune(commune("93072", "Stains", "93", 39_543, GRAND_PARIS, "93240"))
                .addCommune(commune("97611", "Mamoudzou", "976", 71_437, "200067213", "97600"))
                .addCommune(commune("14220", "Deauville", "14", 3_539, "241400415", "14800"))
                .addCommune(commune("14715", "Trouville-sur-Mer", "14", 4_619, "241400415", "14360"))
                .addCommune(commune("92077", "Ville-d'Avray", "92", 11_089, GRAND_PARIS, "92410"))
                .addCommune(commune("14752", "Villers-Bocage", "14", 3_088, "200069524", "14310"))
                .addCommune(commune("75056", "Paris", "75", 2_103_778, GRAND_PARIS, "75001", "75002"))
                .build();
    }

    static Commune commune(String code, String name, String departement, long population, String epci,
            String... postalCodes) {
        return new Commune(code, name, departement, List.of(postalCodes), population, epci);
    }

    static List<String> names(List<Commune> communes) {
        return communes.stream().map(Commune::name).toList();
    }

    static List<String> labels(List<Commune> communes) {
        return communes.stream().map(Commune::label).toList();
    }
}
