package fr.referentcpts.core.geo;

import java.util.List;
import java.util.Locale;

/**
 * The search indexes of the referential, built once from its communes and EPCI: names (and
 * their forms without spaces or without legal form) and codes (INSEE, postal, SIREN). The work
 * per entry is one method call so that, in a cold start, the JIT compiles it after a few hundred
 * entries rather than interpreting a 35 000-turn loop body.
 */
final class SearchIndexes {
    final NameIndex communeNames;
    final NameIndex communeCodes;
    final NameIndex epciNames;
    final NameIndex epciCodes;

    SearchIndexes(List<Commune> communes, List<Epci> epcis) {
        long[] populations = new long[communes.size()];
        String[] keys = new String[communes.size()];
        NameIndex.Builder names = new NameIndex.Builder();
        NameIndex.Builder codes = new NameIndex.Builder();
        for (int i = 0; i < keys.length; i++) {
            addCommune(i, communes.get(i), populations, keys, names, codes);
        }
        long[] order = NameIndex.tieBreaks(populations, keys);
        this.communeNames = names.build(order);
        this.communeCodes = codes.buildCodes(order);

        long[] epciPopulations = new long[epcis.size()];
        String[] epciKeys = new String[epcis.size()];
        NameIndex.Builder epciNameKeys = new NameIndex.Builder();
        NameIndex.Builder epciCodeKeys = new NameIndex.Builder();
        for (int i = 0; i < epciKeys.length; i++) {
            addEpci(i, epcis.get(i), epciPopulations, epciKeys, epciNameKeys, epciCodeKeys);
        }
        long[] epciOrder = NameIndex.tieBreaks(epciPopulations, epciKeys);
        this.epciNames = epciNameKeys.build(epciOrder);
        this.epciCodes = epciCodeKeys.buildCodes(epciOrder);
    }

    private static void addCommune(int i, Commune commune, long[] populations, String[] keys,
            NameIndex.Builder names, NameIndex.Builder codes) {
        populations[i] = commune.population();
        keys[i] = SearchKeys.key(commune.name());
        names.addName(i, keys[i]);
        codes.add(i, commune.code().toLowerCase(Locale.ROOT), false);
        for (String postalCode : commune.postalCodes()) {
            codes.add(i, postalCode, false);
        }
    }

    /** « CC du Pays de Falaise » is found as « cc du pays de falaise » and « pays de falaise ». */
    private static void addEpci(int i, Epci epci, long[] populations, String[] keys,
            NameIndex.Builder names, NameIndex.Builder codes) {
        populations[i] = epci.population();
        keys[i] = SearchQuery.legalForms(SearchKeys.key(epci.name()));
        names.addName(i, keys[i]);
        String usual = SearchQuery.withoutLegalForm(keys[i]);
        if (!usual.equals(keys[i])) {
            names.addName(i, usual);
        }
        codes.add(i, epci.code(), false);
    }
}
