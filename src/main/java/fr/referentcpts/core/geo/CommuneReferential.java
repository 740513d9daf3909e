package fr.referentcpts.core.geo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntPredicate;

/**
 * All current French communes and EPCI, in memory, with the type-ahead search of the
 * territory editor and the command line. Search is by name (accents, case, hyphens and
 * apostrophes ignored; « st » for « saint »; words in any order), by postal code or INSEE code
 * (or their first digits), for EPCI by name (« CC », « communauté de communes »…) or SIREN.
 * Ranking: the name equals the text, then starts with it, then contains it at the start of a
 * word, then matches loosely (words in any order), then contains it inside a word; ties:
 * larger population first, then alphabetical order. Immutable and thread-safe: load it once
 * (off the FX thread) and share it.
 */
public final class CommuneReferential {
    /** The most results a search returns, whatever the limit asked. */
    public static final int MAX_LIMIT = 1000;

    private final ReferentialSource source;
    private final List<Commune> communes;
    private final List<Epci> epcis;
    private final Map<String, Commune> communeByCode;
    private final Map<String, Epci> epciByCode;
    private final Set<String> departements;
    private final SearchIndexes indexes;

    CommuneReferential(ReferentialSource source, List<Commune> communes, List<Epci> epcis) {
        this.source = source;
        this.communes = List.copyOf(communes);
        this.epcis = List.copyOf(epcis);
        // The search indexes (two thirds of the work) are built on another core meanwhile.
        List<Commune> allCommunes = this.communes;
        List<Epci> allEpcis = this.epcis;
        CompletableFuture<SearchIndexes> indexing = CompletableFuture.supplyAsync(
                () -> new SearchIndexes(allCommunes, allEpcis));
        this.communeByCode = HashMap.newHashMap(communes.size());
        for (Commune commune : this.communes) {
            if (communeByCode.put(commune.code(), commune) != null) {
                throw new IllegalArgumentException("Duplicate commune " + commune.code());
            }
        }
        this.epciByCode = HashMap.newHashMap(epcis.size());
        for (Epci epci : this.epcis) {
            epciByCode.put(epci.code(), epci);
        }
        Set<String> departementCodes = new HashSet<>();
        for (Commune commune : this.communes) {
            departementCodes.add(commune.departement());
        }
        this.departements = Set.copyOf(departementCodes);
        this.indexes = indexing.join();
    }

    public static CommuneReferentialBuilder builder(ReferentialSource source) {
        return new CommuneReferentialBuilder(source);
    }

    /**
     * The communes matching a typed text, best first, at most {@code limit} (capped at
     * {@link #MAX_LIMIT}). The text is a name or its beginning (« st denis », « sainte mere »,
     * « denis saint »), optionally followed by a département code to tell homonyms apart
     * (« saint denis 93 »); or a postal code, an INSEE code (« 2A004 ») or their first digits.
     * A blank text finds nothing.
     *
     * @throws IllegalArgumentException if {@code limit} is below 1
     */
    public List<Commune> search(String text, int limit) {
        SearchQuery query = SearchQuery.commune(text, departements);
        NameIndex index = query.code() ? indexes.communeCodes : indexes.communeNames;
        int[] found = find(query, index, departementFilter(query), limit);
        if (found.length == 0 && query.departement() != null) {
            query = query.withoutDepartement(text);
            found = find(query, indexes.communeNames, entry -> true, limit);
        }
        return Arrays.stream(found).mapToObj(communes::get).toList();
    }

    /**
     * The EPCI matching a typed text, best first: its name or a part of it (« pays de falaise »,
     * « CC du Pays de Falaise », « communauté de communes du pays de falaise »), or its SIREN code.
     *
     * @throws IllegalArgumentException if {@code limit} is below 1
     */
    public List<Epci> searchEpci(String text, int limit) {
        SearchQuery query = SearchQuery.epci(text);
        int[] found = find(query, query.code() ? indexes.epciCodes : indexes.epciNames, entry -> true, limit);
        return Arrays.stream(found).mapToObj(epcis::get).toList();
    }

    private int[] find(SearchQuery query, NameIndex index, IntPredicate accept, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
        if (query.keys().isEmpty()) {
            return new int[0];
        }
        return index.search(query.keys(), query.aliases(), query.words(), accept, Math.min(limit, MAX_LIMIT));
    }

    private IntPredicate departementFilter(SearchQuery query) {
        String departement = query.departement();
        return departement == null ? entry -> true : entry -> communes.get(entry).departement().equals(departement);
    }

    /** The commune of an INSEE code (« 14118 », « 2a004 »), if it is a current commune. */
    public Optional<Commune> commune(String inseeCode) {
        return inseeCode == null ? Optional.empty()
                : Optional.ofNullable(communeByCode.get(inseeCode.strip().toUpperCase(Locale.ROOT)));
    }

    /** Checks a commune typed by hand: its code against the referential, then its name (accents, case, hyphens aside). */
    public TypedCommune check(String inseeCode, String name) {
        Optional<Commune> found = commune(inseeCode);
        if (found.isPresent()) {
            return SearchKeys.compact(SearchKeys.key(found.get().name())).equals(SearchKeys.compact(SearchKeys.key(
                    name == null ? "" : name))) ? TypedCommune.KNOWN : TypedCommune.OTHER_NAME;
        }
        return TypedCommune.isArrondissement(inseeCode == null ? null : inseeCode.strip())
                ? TypedCommune.ARRONDISSEMENT : TypedCommune.UNKNOWN;
    }

    /** The EPCI of a SIREN code. */
    public Optional<Epci> epci(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(epciByCode.get(code.strip()));
    }

    /** The member communes of an EPCI, by INSEE code; empty for an unknown code. */
    public List<Commune> membersOf(String epciCode) {
        return epci(epciCode).map(e -> e.memberCodes().stream().map(communeByCode::get).toList()).orElse(List.of());
    }

    /** All current communes, in alphabetical order of their names as the shipped file lists them. */
    public List<Commune> communes() {
        return communes;
    }

    /** All EPCI à fiscalité propre. */
    public List<Epci> epcis() {
        return epcis;
    }

    /** The codes of the départements that have communes in the referential. */
    public Set<String> departementCodes() {
        return new TreeSet<>(departements);
    }

    public ReferentialSource source() {
        return source;
    }

    /** The population vintage of the referential (« INSEE population municipale 2023 »). */
    public PopulationVintage vintage() {
        return source.vintage();
    }

    public String packageVersion() {
        return source.packageVersion();
    }

    /** The vintage of one commune's figure: the referential's, except for Mayotte (2017 census). */
    public PopulationVintage vintageOf(Commune commune) {
        return source.vintageOf(commune.departement());
    }

    /** The vintage shared by all the members of an EPCI (the referential's if they differ). */
    public PopulationVintage vintageOf(Epci epci) {
        List<PopulationVintage> vintages = membersOf(epci.code()).stream().map(this::vintageOf).distinct().toList();
        return vintages.size() == 1 ? vintages.getFirst() : source.vintage();
    }
}
