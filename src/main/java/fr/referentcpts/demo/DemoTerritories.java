package fr.referentcpts.demo;

import fr.referentcpts.core.territory.TerritoryCommune;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Draws territories from real communes: one EPCI (intercommunality), a part of it when it is a
 * large city, or neighbouring EPCIs of the same département until the population is that of a
 * CPTS of a drawn size (about a third of size 1, a third of size 2, the rest larger).
 */
final class DemoTerritories {
    /** A CPTS rarely covers more communes than this. */
    static final int MAX_COMMUNES = 150;

    private final List<List<TerritoryCommune>> epcis;
    private final Map<String, List<List<TerritoryCommune>>> byDepartement = new LinkedHashMap<>();

    DemoTerritories(Collection<List<TerritoryCommune>> epcis) {
        this.epcis = epcis.stream().filter(e -> !e.isEmpty()).map(List::copyOf).toList();
        if (this.epcis.isEmpty()) {
            throw new IllegalArgumentException("no commune to draw territories from");
        }
        for (List<TerritoryCommune> epci : this.epcis) {
            byDepartement.computeIfAbsent(epci.getFirst().departement(), k -> new ArrayList<>()).add(epci);
        }
    }

    /** Communes of one territory, the most populated first (it gives the CPTS its name). */
    List<TerritoryCommune> draw(RandomGenerator random) {
        long target = targetPopulation(random);
        List<TerritoryCommune> first = DemoVocabulary.pick(random, epcis);
        List<List<TerritoryCommune>> neighbours = new ArrayList<>(byDepartement.get(first.getFirst().departement()));
        neighbours.remove(first);
        Set<TerritoryCommune> chosen = new LinkedHashSet<>();
        long population = 0;
        List<TerritoryCommune> candidates = new ArrayList<>(first);
        while (true) {
            shuffle(candidates, random);
            for (TerritoryCommune commune : candidates) {
                if (population >= target || chosen.size() >= MAX_COMMUNES) {
                    break;
                }
                if (commune.population() > target * 13 / 10) {
                    continue; // a city larger than the whole CPTS: its CPTS cover only districts of it
                }
                if (chosen.add(commune)) {
                    population += commune.population();
                }
            }
            if (population >= target * 7 / 10 || chosen.size() >= MAX_COMMUNES || neighbours.isEmpty()) {
                break;
            }
            candidates = new ArrayList<>(neighbours.remove(random.nextInt(neighbours.size())));
        }
        if (chosen.isEmpty()) {
            chosen.add(first.stream().min(Comparator.comparingLong(TerritoryCommune::population)).orElseThrow());
        }
        return chosen.stream().sorted(Comparator.comparingLong(TerritoryCommune::population).reversed()).toList();
    }

    private static long targetPopulation(RandomGenerator random) {
        int size = random.nextInt(100);
        if (size < 35) {
            return random.nextLong(20_000, 40_000);
        }
        if (size < 70) {
            return random.nextLong(40_000, 80_000);
        }
        if (size < 92) {
            return random.nextLong(80_000, 175_000);
        }
        return random.nextLong(175_000, 320_000);
    }

    private static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }
}
