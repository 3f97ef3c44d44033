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

    private GivenNames() {}

    /** Whether two folded given names can name the same person: equal, or one a nickname of the other. */
    public static boolean compatible(String a, String b) {
        return a.equals(b) || PAIRS.contains(a + "\t" + b) || PAIRS.contains(b + "\t" + a);
    }

    private static Set<String> load() {
        Set<String> pairs = new HashSet<>();
        for (ResourceTable.Row r : ResourceTable.read("names/given-name-variants.tsv", 2, false)) {
            pairs.add(r.cells()[0] + "\t" + r.cells()[1]);
        }
        return pairs;
    }
}
