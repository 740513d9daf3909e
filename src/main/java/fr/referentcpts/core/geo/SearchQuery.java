package fr.referentcpts.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a typed text asks for: name keys to look up (with variants), the words for a loose
 * match in any order, an optional département filter, or a code (INSEE, postal, SIREN).
 *
 * @param keys        the name or code keys to look up, best reading first
 * @param aliases     the keys without their spaces (« lhay les roses » → « lhaylesroses »)
 * @param words       the words of the query, for a match in any order
 * @param departement a département code typed with the name (« saint denis 93 »), or {@code null}
 * @param code        whether {@code keys} are codes (prefix match only)
 */
record SearchQuery(List<String> keys, List<String> aliases, List<String> words, String departement, boolean code) {
    static final SearchQuery NOTHING = new SearchQuery(List.of(), List.of(), List.of(), null, false);
    private static final Set<String> LEGAL_FORMS = Set.of("cc", "ca", "cu", "metropole");
    private static final Set<String> ARTICLES = Set.of("du", "de", "des", "d", "l", "la", "le", "les");

    /** A commune: « saint denis », « st-denis 93 », « 14000 », « 2A004 », « 140 ». */
    static SearchQuery commune(String text, Set<String> departements) {
        List<String> raw = SearchKeys.words(SearchKeys.fold(text));
        if (raw.isEmpty()) {
            return NOTHING;
        }
        if (raw.size() == 1 && isCode(raw.getFirst())) {
            return new SearchQuery(List.of(raw.getFirst()), List.of(), List.of(), null, true);
        }
        String departement = null;
        for (int i = raw.size() - 1; i >= 0 && raw.size() > 1; i--) {
            String candidate = raw.get(i).toUpperCase(Locale.ROOT);
            if (isCode(raw.get(i)) && departements.contains(candidate)) {
                departement = candidate;
                raw = new ArrayList<>(raw);
                raw.remove(i);
                break;
            }
        }
        return names(raw, departement, false);
    }

    /** The same query read without its département filter. */
    SearchQuery withoutDepartement(String text) {
        return names(SearchKeys.words(SearchKeys.fold(text)), null, false);
    }

    /** An EPCI: « cc du pays de falaise », « communauté de communes pays de falaise », « 200066710 ». */
    static SearchQuery epci(String text) {
        List<String> raw = SearchKeys.words(SearchKeys.fold(text));
        if (raw.isEmpty()) {
            return NOTHING;
        }
        if (raw.size() == 1 && raw.getFirst().chars().allMatch(Character::isDigit)) {
            return new SearchQuery(List.of(raw.getFirst()), List.of(), List.of(), null, true);
        }
        return names(raw, null, true);
    }

    private static SearchQuery names(List<String> raw, String departement, boolean epci) {
        List<String> expanded = raw.stream().map(SearchKeys::expand).toList();
        String key = String.join(" ", expanded);
        List<String> keys = new ArrayList<>();
        keys.add(epci ? legalForms(key) : key);
        if (epci) {
            keys.add(withoutLegalForm(keys.getFirst()));
        }
        String last = raw.getLast();
        if (SearchKeys.isAbbreviation(last)) {
            // « st » may be the start of « strasbourg » still being typed.
            List<String> typed = new ArrayList<>(expanded);
            typed.set(typed.size() - 1, last);
            keys.add(String.join(" ", typed));
        }
        List<String> words = SearchKeys.words(keys.getFirst()).stream().distinct().toList();
        List<String> aliases = keys.stream().filter(k -> k.indexOf(' ') >= 0).map(SearchKeys::compact).toList();
        return new SearchQuery(keys.stream().filter(k -> !k.isEmpty()).distinct().toList(), aliases, words,
                departement, false);
    }

    /** « communaute de communes du bocage » → « cc du bocage »; likewise CA and CU. */
    static String legalForms(String key) {
        if (!key.contains("communaute ")) {
            return key;
        }
        String padded = new StringBuilder(key.length() + 2).append(' ').append(key).append(' ').toString()
                .replace(" communaute de communes ", " cc ")
                .replace(" communaute d agglomeration ", " ca ")
                .replace(" communaute de l agglomeration ", " ca ")
                .replace(" communaute urbaine ", " cu ");
        return padded.strip();
    }

    /** « cc du pays de falaise » → « pays de falaise »: the name as people say it. */
    static String withoutLegalForm(String key) {
        int start = 0;
        int space = key.indexOf(' ');
        if (space > 0 && LEGAL_FORMS.contains(key.substring(0, space))) {
            start = space + 1;
        }
        for (int next = key.indexOf(' ', start); next > 0; next = key.indexOf(' ', start)) {
            if (!ARTICLES.contains(key.substring(start, next))) {
                break;
            }
            start = next + 1;
        }
        return start == 0 ? key : key.substring(start);
    }

    /** « 14118 », « 140 », « 2a004 », « 2b »: digits, or 2A/2B then digits (Corsica). */
    static boolean isCode(String token) {
        int from = token.startsWith("2a") || token.startsWith("2b") ? 2 : 0;
        if (token.length() > 5 || from == 0 && token.isEmpty()) {
            return false;
        }
        for (int i = from; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
