package org.newskg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * The write transactions that take a store from its graphs to new ones, so that a crash after any
 * of them leaves a graph that satisfies the shapes ({@code ontology/shapes.ttl}).
 *
 * <p>Writing the new entities graph with the first batch and the article graphs after it does not:
 * an entity must be mentioned by an article present, a fact's ends must have the right types, and
 * entities come and go with the articles that mention them (measured on the seeds and the development
 * set, a few articles added, removed and changed: 2 to 67 violations in every state between the first
 * and the last batch). So each batch writes its article graphs whole (new, or dropped) and patches
 * the entities graph to describe exactly the entities that the articles then present mention: each
 * with its new description (the old one if it has none) and the types of both, so that a fact of an
 * old or of a new article finds the type it was built with (no shape is broken by an extra type).
 * The last batch leaves the new entities graph. A fact may name an entity that its article does not
 * mention (an inferred party); such an article goes in one batch with every article that mentions
 * that entity, so that the entity is mentioned whichever side of the batch the store is on. Articles
 * go in the order of their graph names, so that a plan depends on the graphs alone. A graph of the
 * store's history ({@link NKG#isHistory}) goes in the last batch.
 *
 * <p>Only what the update touches is held or patched: the graphs it writes or drops (both versions),
 * a summary of the ones it leaves alone ({@link Unchanged}), and the part of the entities graph about
 * the entities those graphs mention or whose description changes (the rest is the same before, after
 * and in between). Adding one article to a store of 100,000 used to hold every graph, twice.
 */
public final class UpdatePlan {
    private static final String ENTITY = NKG.entityIri("");

    /**
     * One write transaction: article graphs dropped and written whole, then quads removed from and
     * added to the entities graph.
     */
    public record Batch(List<String> drop, Map<String, Model> put, List<Quad> remove, List<Quad> add) {
        /** Article graphs this batch writes or drops. */
        public int graphs() {
            return drop.size() + put.size();
        }
    }

    /**
     * What a plan needs of the article graphs an update leaves alone, added one graph at a time so that
     * they need not be held: how many of them mention each entity, and the entities they name without
     * mentioning (an inferred party).
     */
    public static final class Unchanged {
        private final Map<Node, Integer> mentions = new HashMap<>();
        private final Set<Node> namedOnly = new HashSet<>();

        /** Counts one graph that stays as it is. */
        public void add(Model graph) {
            Set<Node> m = mentioned(graph);
            m.forEach(e -> mentions.merge(e, 1, Integer::sum));
            Set<Node> named = named(graph);
            named.removeAll(m);
            namedOnly.addAll(named);
        }
    }

    /**
     * A plan: its batches, and the part of the entities graph, before and after, that describes the
     * entities the written or dropped graphs name or whose description changes (what the store's
     * history needs to say what changed, without reading the rest).
     */
    public record Plan(List<Batch> batches, Model entitiesBefore, Model entitiesAfter) {}

    private UpdatePlan() {}

    /**
     * The batches, in order.
     *
     * @param put       the graphs to write: new, or different from the stored ones (not the entities graph)
     * @param stored    the stored version of each graph of {@code put} that is stored, and of each stored
     *                  graph to drop (those not in {@code put})
     * @param unchanged the stored article graphs left alone
     * @param before    the stored entities graph (empty if none); read, never changed
     * @param after     the entities graph to end with, or null when the graphs are not NewsKG's (no
     *                  entities graph: every graph is written like an article's)
     * @param batchSize article graphs per batch; a group of articles that name each other's entities
     *                  goes in one batch, which may then hold more
     */
    public static Plan of(Map<String, Model> put, Map<String, Model> stored, Unchanged unchanged, Model before, Model after,
                          int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        boolean entities = after != null;
        Set<String> units = new TreeSet<>(put.keySet());
        units.addAll(stored.keySet());
        // The store's history goes with the last batch, whatever entities it names: a build's record is
        // stored exactly when the build's graph is.
        List<String> history = units.stream().filter(NKG::isHistory).toList();
        units.removeAll(history);
        List<List<String>> batches = pack(groups(put, stored, units, unchanged), batchSize);
        if (!history.isEmpty()) {
            if (batches.isEmpty()) {
                batches.add(new ArrayList<>());
            }
            batches.get(batches.size() - 1).addAll(history);
        }
        if (!entities) {
            Model none = ModelFactory.createDefaultModel();
            return new Plan(batches.stream().map(b -> articles(b, put, List.of(), List.of())).toList(), none, none);
        }

        // The entities that the batches touch: mentioned by a graph written or dropped (their count
        // changes), or described differently after; and what else in the entities graph names them.
        Set<Node> changed = changedSubjects(before.getGraph(), after.getGraph());
        Set<Node> touched = new HashSet<>();
        for (String g : units) {
            versions(g, put, stored).forEach(v -> touched.addAll(mentioned(v)));
        }
        changed.stream().filter(UpdatePlan::isEntity).forEach(touched::add);
        Set<Node> dirty = new HashSet<>(touched);
        changed.stream().filter(n -> !isEntity(n)).forEach(dirty::add);
        for (Node e : touched) {
            for (Graph g : List.of(before.getGraph(), after.getGraph())) {
                g.find(Node.ANY, Node.ANY, e).forEachRemaining(t -> {
                    if (!isEntity(t.getSubject())) {
                        dirty.add(t.getSubject());
                    }
                });
            }
        }
        if (batches.isEmpty() && !changed.isEmpty()) {
            batches.add(List.of());    // only the entities graph differs
        }

        // How many articles present mention each touched entity, starting from the stored ones.
        Map<Node, Integer> mentions = new HashMap<>();
        for (Node e : touched) {
            mentions.put(e, unchanged.mentions.getOrDefault(e, 0));
        }
        for (String g : units) {
            if (stored.containsKey(g)) {
                mentioned(stored.get(g)).forEach(e -> mentions.merge(e, 1, Integer::sum));
            }
        }
        Model was = slice(before, dirty);
        Model will = slice(after, dirty);
        Model current = was;
        List<Batch> out = new ArrayList<>();
        for (int k = 0; k < batches.size(); k++) {
            for (String g : batches.get(k)) {
                if (stored.containsKey(g)) {
                    mentioned(stored.get(g)).forEach(e -> mentions.merge(e, -1, Integer::sum));
                }
                if (put.containsKey(g)) {
                    mentioned(put.get(g)).forEach(e -> mentions.merge(e, 1, Integer::sum));
                }
            }
            Model next = k == batches.size() - 1 ? will : between(was, will, mentions);
            List<Quad> remove = quads(current.difference(next));
            List<Quad> add = quads(next.difference(current));
            out.add(articles(batches.get(k), put, remove, add));
            current = next;
        }
        Set<Node> described = new HashSet<>(dirty);
        for (String g : units) {
            versions(g, put, stored).forEach(v -> described.addAll(named(v)));
        }
        return new Plan(out, slice(before, described), slice(after, described));
    }

    /**
     * The touched part of the entities graph between two versions: the touched entities mentioned
     * now, new description else old, types of both; the other touched nodes (derivations) left out
     * until the last batch.
     */
    private static Model between(Model before, Model after, Map<Node, Integer> mentions) {
        Graph m = ModelFactory.createDefaultModel().getGraph();
        Node type = RDF.type.asNode();
        mentions.forEach((e, n) -> {
            if (n > 0) {
                Graph from = after.getGraph().contains(e, Node.ANY, Node.ANY) ? after.getGraph() : before.getGraph();
                from.find(e, Node.ANY, Node.ANY).forEachRemaining(m::add);
                before.getGraph().find(e, type, Node.ANY).forEachRemaining(m::add);
                after.getGraph().find(e, type, Node.ANY).forEachRemaining(m::add);
            }
        });
        return ModelFactory.createModelForGraph(m);
    }

    /** The subjects whose statements differ between the two graphs (one may be a store's, read in place). */
    private static Set<Node> changedSubjects(Graph before, Graph after) {
        Set<Node> out = new HashSet<>();
        Set<Node> subjects = new HashSet<>();
        after.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        for (Node s : subjects) {
            long n = after.stream(s, Node.ANY, Node.ANY).count();
            // By value, as a store keeps numbers ("0.60" comes back as "0.6"): contains, not equals.
            if (n != before.stream(s, Node.ANY, Node.ANY).count()
                    || !after.stream(s, Node.ANY, Node.ANY).allMatch(t -> !t.getObject().isBlank() && before.contains(t))) {
                out.add(s);
            }
        }
        before.find().forEachRemaining(t -> {
            if (!subjects.contains(t.getSubject())) {
                out.add(t.getSubject());
            }
        });
        return out;
    }

    /** The statements of these subjects, copied out. */
    private static Model slice(Model graph, Set<Node> subjects) {
        Graph m = ModelFactory.createDefaultModel().getGraph();
        for (Node s : subjects) {
            graph.getGraph().find(s, Node.ANY, Node.ANY).forEachRemaining(m::add);
        }
        return ModelFactory.createModelForGraph(m);
    }

    private static List<Model> versions(String g, Map<String, Model> put, Map<String, Model> stored) {
        List<Model> v = new ArrayList<>(2);
        if (put.containsKey(g)) {
            v.add(put.get(g));
        }
        if (stored.containsKey(g)) {
            v.add(stored.get(g));
        }
        return v;
    }

    private static Batch articles(List<String> names, Map<String, Model> put, List<Quad> remove, List<Quad> add) {
        List<String> drop = new ArrayList<>();
        Map<String, Model> written = new LinkedHashMap<>();
        for (String g : names) {
            if (put.containsKey(g)) {
                written.put(g, put.get(g));
            } else {
                drop.add(g);
            }
        }
        return new Batch(drop, written, remove, add);
    }

    /**
     * The units (graphs to write or drop) in groups that must share a batch: a graph that names an
     * entity it does not mention (old or new version, or a graph left alone) joins every unit whose
     * old or new version mentions it, unless a graph left alone mentions it (then it is always there).
     */
    private static List<List<String>> groups(Map<String, Model> put, Map<String, Model> stored, Set<String> units, Unchanged unchanged) {
        Map<Node, Set<String>> mentionedBy = new HashMap<>();
        for (String g : units) {
            for (Model v : versions(g, put, stored)) {
                mentioned(v).forEach(e -> mentionedBy.computeIfAbsent(e, x -> new TreeSet<>()).add(g));
            }
        }
        Map<String, String> parent = new HashMap<>();
        units.forEach(u -> parent.put(u, u));
        java.util.function.BiConsumer<Node, String> join = (e, unit) -> {
            if (unchanged.mentions.containsKey(e)) {
                return;    // always mentioned
            }
            List<String> joined = new ArrayList<>(mentionedBy.getOrDefault(e, Set.of()));
            if (unit != null) {
                joined.add(unit);
            }
            for (int i = 1; i < joined.size(); i++) {
                parent.put(root(parent, joined.get(i)), root(parent, joined.get(0)));
            }
        };
        for (String g : units) {
            for (Model v : versions(g, put, stored)) {
                Set<Node> named = named(v);
                named.removeAll(mentioned(v));
                named.forEach(e -> join.accept(e, g));
            }
        }
        unchanged.namedOnly.forEach(e -> join.accept(e, null));
        Map<String, List<String>> byRoot = new LinkedHashMap<>();
        units.forEach(u -> byRoot.computeIfAbsent(root(parent, u), r -> new ArrayList<>()).add(u));    // units are sorted
        return new ArrayList<>(byRoot.values());
    }

    private static String root(Map<String, String> parent, String u) {
        while (!parent.get(u).equals(u)) {
            u = parent.get(u);
        }
        return u;
    }

    /** Groups in order into batches of at most {@code size} graphs, a larger group alone. */
    private static List<List<String>> pack(List<List<String>> groups, int size) {
        List<List<String>> batches = new ArrayList<>();
        List<String> batch = new ArrayList<>();
        for (List<String> g : groups) {
            if (!batch.isEmpty() && batch.size() + g.size() > size) {
                batches.add(batch);
                batch = new ArrayList<>();
            }
            batch.addAll(g);
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    private static boolean isEntity(Node n) {
        return n.isURI() && n.getURI().startsWith(ENTITY);
    }

    /** The entities an article graph mentions ({@code nkg:mentionedIn}). */
    private static Set<Node> mentioned(Model article) {
        Set<Node> out = new HashSet<>();
        article.getGraph().find(Node.ANY, NKG.mentionedIn.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    /** Every entity IRI a graph names, as subject or object. */
    private static Set<Node> named(Model graph) {
        Set<Node> out = new HashSet<>();
        graph.getGraph().find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getObject()}) {
                if (isEntity(n)) {
                    out.add(n);
                }
            }
        });
        return out;
    }

    private static List<Quad> quads(Model triples) {
        Node g = NodeFactory.createURI(NKG.ENTITIES_GRAPH);
        List<Quad> out = new ArrayList<>();
        triples.getGraph().find().forEachRemaining((Triple t) -> out.add(Quad.create(g, t)));
        return out;
    }
}
