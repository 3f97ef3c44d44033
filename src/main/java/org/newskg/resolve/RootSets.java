package org.newskg.resolve;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The distinct roots of fixed sets of members, asked for again and again while unions go on. Each
 * answer replaces the set kept under its key by those roots: a member's root later is its root's root
 * (unions only merge), so the answer stays exact, while a set of thousands of mentions of one surname
 * shrinks to the few entities they belong to. Without it, each of n mentions looking at its n
 * namesakes made resolution grow with the square of the corpus.
 */
final class RootSets {
    private final UnionFind uf;
    private final Map<Object, int[]> kept = new HashMap<>();

    RootSets(UnionFind uf) {
        this.uf = uf;
    }

    /** The roots of the members under {@code key}; {@code members} is asked the first time only, and may give null (none). */
    Set<Integer> of(Object key, Supplier<? extends Collection<Integer>> members) {
        int[] now = kept.get(key);
        Set<Integer> roots = new LinkedHashSet<>();
        if (now == null) {
            Collection<Integer> m = members.get();
            if (m != null) {
                m.forEach(i -> roots.add(uf.find(i)));
            }
        } else {
            for (int i : now) {
                roots.add(uf.find(i));
            }
        }
        kept.put(key, roots.stream().mapToInt(Integer::intValue).toArray());
        return roots;
    }
}
