package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The blocked search for names one edit apart finds exactly the links that comparing every pair
 * found, on generated names crowded with near misses (one and two edits, either length, either type).
 */
class NearNamesTest {
    /** Resolver.fuzzyLink's loop before blocking, kept as the reference. */
    private static Set<String> everyPair(List<String> all) {
        Set<String> out = new TreeSet<>();
        for (int a = 0; a < all.size(); a++) {
            for (int b = a + 1; b < all.size(); b++) {
                String x = all.get(a);
                String y = all.get(b);
                if (x.length() - x.indexOf(':') - 1 >= 10 && Math.abs(x.length() - y.length()) <= 1
                        && x.substring(0, x.indexOf(':')).equals(y.substring(0, y.indexOf(':')))
                        && EditDistance.atMostOne(x, y)) {
                    out.add(a + "," + b);
                }
            }
        }
        return out;
    }

    private static Set<String> asSet(List<int[]> pairs) {
        Set<String> out = new TreeSet<>();
        pairs.forEach(p -> out.add(p[0] + "," + p[1]));
        return out;
    }

    /** A name, then variants of it: a letter changed, added, dropped, two swapped, two changed. */
    private static List<String> crowdedNames(Random rnd, int n) {
        Set<String> names = new LinkedHashSet<>();
        String alphabet = "aab cde";    // few letters, so that near misses abound
        while (names.size() < n) {
            String type = rnd.nextInt(4) == 0 ? "ORGANIZATION" : "PERSON";
            StringBuilder s = new StringBuilder();
            int len = 7 + rnd.nextInt(8);
            for (int i = 0; i < len; i++) {
                s.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            names.add(type + ":" + s);
            for (int v = rnd.nextInt(5); v > 0; v--) {
                StringBuilder t = new StringBuilder(s);
                int i = rnd.nextInt(t.length());
                switch (rnd.nextInt(5)) {
                    case 0 -> t.setCharAt(i, alphabet.charAt(rnd.nextInt(alphabet.length())));
                    case 1 -> t.insert(i, alphabet.charAt(rnd.nextInt(alphabet.length())));
                    case 2 -> t.deleteCharAt(i);
                    case 3 -> {
                        if (i + 1 < t.length()) {
                            char c = t.charAt(i);
                            t.setCharAt(i, t.charAt(i + 1));
                            t.setCharAt(i + 1, c);
                        }
                    }
                    default -> {
                        t.setCharAt(i, 'x');
                        t.setCharAt(rnd.nextInt(t.length()), 'y');
                    }
                }
                names.add((rnd.nextInt(6) == 0 ? "ORGANIZATION" : type) + ":" + t);
            }
        }
        return new ArrayList<>(names);
    }

    @Test
    void blockedFuzzyLinksEqualEveryPairs() {
        for (long seed = 1; seed <= 20; seed++) {
            List<String> names = crowdedNames(new Random(seed), 400);
            Set<String> expected = everyPair(names);
            assertEquals(expected, asSet(Resolver.fuzzyPairs(names)), "seed " + seed);
            assertTrue(seed > 1 || expected.size() > 50, "the names must hold many links to compare: " + expected.size());
        }
    }

    @Test
    void blockedPairsEqualEveryPairForAnyRule() {
        NearNames.Rule any = (x, y) -> true;
        for (long seed = 1; seed <= 10; seed++) {
            List<String> names = crowdedNames(new Random(seed), 300).stream().map(s -> s.substring(s.indexOf(':') + 1)).distinct().toList();
            assertEquals(asSet(NearNames.allPairs(names, any)), asSet(NearNames.pairs(names, 0, any)), "seed " + seed);
        }
    }

    @Test
    void keysOfAStringAreItselfAndItsDeletions() {
        assertEquals(List.of("abb", "bb", "ab"), NearNames.keys("abb"));
        assertEquals(List.of(""), NearNames.keys(""));
    }
}
