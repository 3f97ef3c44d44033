package org.newskg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/** The states a store passes through under an {@link UpdatePlan}, simulated on graphs in memory (graphs without blank nodes). */
public final class PlanStates {
    private PlanStates() {}

    /** The plan that takes a store holding {@code before} to {@code after}, worked out as KgStore.update does. */
    public static List<UpdatePlan.Batch> plan(Map<String, Model> before, Map<String, Model> after, int batchSize) {
        Map<String, Model> put = new LinkedHashMap<>();
        Map<String, Model> stored = new HashMap<>();
        UpdatePlan.Unchanged unchanged = new UpdatePlan.Unchanged();
        after.forEach((g, m) -> {
            if (g.equals(NKG.ENTITIES_GRAPH)) {
                return;
            }
            if (before.containsKey(g) && same(before.get(g), m)) {
                unchanged.add(m);
            } else {
                put.put(g, m);
                if (before.containsKey(g)) {
                    stored.put(g, before.get(g));
                }
            }
        });
        before.forEach((g, m) -> {
            if (!after.containsKey(g)) {
                stored.put(g, m);
            }
        });
        Model entities = after.get(NKG.ENTITIES_GRAPH);
        Model was = entities != null && before.containsKey(NKG.ENTITIES_GRAPH) ? before.get(NKG.ENTITIES_GRAPH)
                : ModelFactory.createDefaultModel();
        return UpdatePlan.of(put, stored, unchanged, was, entities, batchSize).batches();
    }

    /** The graphs after each batch, the first being {@code before} and the last the plan's end. */
    public static List<Map<String, Model>> of(Map<String, Model> before, Map<String, Model> after, int batchSize) {
        List<Map<String, Model>> states = new ArrayList<>();
        Map<String, Model> now = copy(before);
        states.add(copy(now));
        for (UpdatePlan.Batch b : plan(before, after, batchSize)) {
            b.drop().forEach(now::remove);
            now.putAll(b.put());
            Model entities = now.computeIfAbsent(NKG.ENTITIES_GRAPH, g -> ModelFactory.createDefaultModel());
            b.remove().forEach(q -> entities.getGraph().delete(q.asTriple()));
            b.add().forEach(q -> entities.getGraph().add(q.asTriple()));
            if (entities.isEmpty()) {
                now.remove(NKG.ENTITIES_GRAPH);    // a store has no empty graphs
            }
            states.add(copy(now));
        }
        return states;
    }

    /** Whether two sets of graphs are the same: the same names, the same triples. */
    public static boolean same(Map<String, Model> a, Map<String, Model> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(g -> same(a.get(g), b.get(g)));
    }

    /** Whether two graphs hold the same triples (as isomorphism, without blank nodes, and much faster). */
    public static boolean same(Model a, Model b) {
        return a.size() == b.size() && a.containsAll(b);
    }

    public static Model union(Map<String, Model> graphs) {
        Model u = ModelFactory.createDefaultModel();
        graphs.values().forEach(u::add);
        return u;
    }

    private static Map<String, Model> copy(Map<String, Model> graphs) {
        Map<String, Model> c = new LinkedHashMap<>();
        graphs.forEach((g, m) -> c.put(g, ModelFactory.createDefaultModel().add(m)));
        return c;
    }
}
