package org.newskg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a list of strings are one edit apart, without comparing every pair: two strings at most
 * one insertion, deletion or substitution apart share a blocking key, where a string's keys are
 * itself and every string made by deleting one of its characters (the deletion neighbourhood: a
 * substitution at i leaves both equal once i is deleted; an insertion leaves the shorter equal to
 * the longer with it deleted). A string of length L has L + 1 keys, so finding the candidates is
 * linear in the number of strings; each candidate pair is then tested exactly as before.
 */
final class NearNames {
    private NearNames() {}

    /** Decides whether the candidate pair (earlier, later) links; called for every pair that may. */
    interface Rule {
        boolean links(String earlier, String later);
    }

    /**
     * The pairs {@code (a, b)}, {@code a < b}, of strings at most one edit apart for which {@code rule}
     * holds, in ascending order of {@code b}, then of {@code a}'s first shared key. Strings shorter than
     * {@code minLength} are left out: the caller's rule never links them.
     */
    static List<int[]> pairs(List<String> strings, int minLength, Rule rule) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        List<int[]> out = new ArrayList<>();
        Set<Integer> tried = new HashSet<>();
        for (int b = 0; b < strings.size(); b++) {
            String y = strings.get(b);
            if (y.length() < minLength) {
                continue;
            }
            tried.clear();
            List<String> keys = keys(y);
            for (String k : keys) {
                for (int a : byKey.getOrDefault(k, List.of())) {
                    if (tried.add(a) && EditDistance.atMostOne(strings.get(a), y) && rule.links(strings.get(a), y)) {
                        out.add(new int[] {a, b});
                    }
                }
            }
            for (String k : keys) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>(1)).add(b);
            }
        }
        return out;
    }

    /** What {@link #pairs} finds, by comparing every pair: the reference the tests hold it to. */
    static List<int[]> allPairs(List<String> strings, Rule rule) {
        List<int[]> out = new ArrayList<>();
        for (int b = 0; b < strings.size(); b++) {
            for (int a = 0; a < b; a++) {
                if (EditDistance.atMostOne(strings.get(a), strings.get(b)) && rule.links(strings.get(a), strings.get(b))) {
                    out.add(new int[] {a, b});
                }
            }
        }
        return out;
    }

    /** The string itself and each string one deletion away (duplicates, as in "aab", kept once). */
    static List<String> keys(String s) {
        Set<String> keys = new java.util.LinkedHashSet<>();
        keys.add(s);
        for (int i = 0; i < s.length(); i++) {
            keys.add(s.substring(0, i) + s.substring(i + 1));
        }
        return new ArrayList<>(keys);
    }

    /** Strings to look up the ones one edit from a given string, through the same blocking keys. */
    static final class Index {
        private final Map<String, List<String>> byKey = new HashMap<>();

        Index(java.util.Collection<String> strings) {
            for (String s : new java.util.LinkedHashSet<>(strings)) {
                for (String k : keys(s)) {
                    byKey.computeIfAbsent(k, x -> new ArrayList<>(1)).add(s);
                }
            }
        }

        /** The indexed strings at most one edit from {@code s}, itself included if indexed. */
        Set<String> near(String s) {
            Set<String> out = new java.util.LinkedHashSet<>();
            for (String k : keys(s)) {
                for (String w : byKey.getOrDefault(k, List.of())) {
                    if (EditDistance.atMostOne(w, s)) {
                        out.add(w);
                    }
                }
            }
            return out;
        }
    }
}
