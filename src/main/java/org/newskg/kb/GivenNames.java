package org.newskg.kb;

import java.util.HashSet;
import java.util.Set;
import org.newskg.io.ResourceTable;

/**
 * Given names and their nicknames ("Joe" and "Joseph", "Bill" and "William"), from
 * {@code names/given-name-variants.tsv} (made by {@code kb/build_given_names.py} from an open list,
 * see its header): two full names with one surname whose given names are such a pair may be one
 * person. Resolving (two mentions, one person) and the office-holder lookups of titles both use it.
 */
public final class GivenNames {
    private static final Set<String> PAIRS = load();
    /** Each name's partners in either direction, to look up rather than test name against name. */
    private static final java.util.Map<String, Set<String>> VARIANTS = variants(PAIRS);

    private GivenNames() {}

    /** Whether two folded given names can name the same person: equal, or one a nickname of the other. */
    public static boolean compatible(String a, String b) {
        return a.equals(b) || PAIRS.contains(a + "\t" + b) || PAIRS.contains(b + "\t" + a);
    }

    /**
     * The other given names {@code a} is {@link #compatible} with ("joseph" for "joe"): {@code a}
     * itself left out, though it is compatible too.
     */
    public static Set<String> variants(String a) {
        return VARIANTS.getOrDefault(a, Set.of());
    }

    private static java.util.Map<String, Set<String>> variants(Set<String> pairs) {
        java.util.Map<String, Set<String>> out = new java.util.HashMap<>();
        for (String p : pairs) {
            String[] ab = p.split("\t", 2);
            if (!ab[0].equals(ab[1])) {
                out.computeIfAbsent(ab[0], k -> new java.util.TreeSet<>()).add(ab[1]);
                out.computeIfAbsent(ab[1], k -> new java.util.TreeSet<>()).add(ab[0]);
            }
        }
        return out;
    }

    private static Set<String> load() {
        Set<String> pairs = new HashSet<>();
        for (ResourceTable.Row r : ResourceTable.read("names/given-name-variants.tsv", 2, false)) {
            pairs.add(r.cells()[0] + "\t" + r.cells()[1]);
        }
        return pairs;
    }
}
