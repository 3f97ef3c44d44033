package org.newskg.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
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

    private UpdatePlan() {}

    /**
     * The batches, in order.
     *
     * @param given     every graph the store is to hold, the entities graph ({@link NKG#ENTITIES_GRAPH}) among them
     * @param changed   the names of the given graphs that are new or differ from the stored ones
     * @param stored    the stored version of each changed graph that is stored, of each stored graph
     *                  not given (to be dropped), and the stored entities graph
     * @param batchSize article graphs per batch; a group of articles that name each other's entities
     *                  goes in one batch, which may then hold more
     */
    public static List<Batch> of(Map<String, Model> given, Collection<String> changed, Map<String, Model> stored, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        // Without an entities graph (graphs that are not NewsKG's) every graph is written like an article's.
        boolean entities = given.containsKey(NKG.ENTITIES_GRAPH);
        Set<String> units = new TreeSet<>(changed);
        stored.keySet().stream().filter(g -> !given.containsKey(g)).forEach(units::add);
        if (entities) {
            units.remove(NKG.ENTITIES_GRAPH);
        }
        // The store's history goes with the last batch, whatever entities it names: a build's record is
        // stored exactly when the build's graph is.
        List<String> history = units.stream().filter(NKG::isHistory).toList();
        units.removeAll(history);
        List<List<String>> batches = pack(groups(given, stored, units, entities), batchSize);
        if (!history.isEmpty()) {
            if (batches.isEmpty()) {
                batches.add(new ArrayList<>());
            }
            batches.get(batches.size() - 1).addAll(history);
        }
        if (!entities) {
            return batches.stream().map(b -> articles(b, given, List.of(), List.of())).toList();
        }
        if (batches.isEmpty() && changed.contains(NKG.ENTITIES_GRAPH)) {
            batches.add(List.of());    // only the entities graph differs
        }

        // How many articles present mention each entity, starting from the stored ones.
        Map<Node, Integer> mentions = new HashMap<>();
        for (String g : given.keySet()) {
            if (!g.equals(NKG.ENTITIES_GRAPH) && !units.contains(g)) {
                mentioned(given.get(g)).forEach(e -> mentions.merge(e, 1, Integer::sum));
            }
        }
        for (String g : units) {
            if (stored.containsKey(g)) {
                mentioned(stored.get(g)).forEach(e -> mentions.merge(e, 1, Integer::sum));
            }
        }
        Model before = stored.getOrDefault(NKG.ENTITIES_GRAPH, ModelFactory.createDefaultModel());
        Model after = given.get(NKG.ENTITIES_GRAPH);
        Model current = ModelFactory.createDefaultModel().add(before);
        List<Batch> out = new ArrayList<>();
        for (int k = 0; k < batches.size(); k++) {
            for (String g : batches.get(k)) {
                if (stored.containsKey(g)) {
                    mentioned(stored.get(g)).forEach(e -> mentions.merge(e, -1, Integer::sum));
                }
                if (given.containsKey(g)) {
                    mentioned(given.get(g)).forEach(e -> mentions.merge(e, 1, Integer::sum));
                }
            }
            Model next = k == batches.size() - 1 ? after : between(before, after, mentions);
            List<Quad> remove = quads(current.difference(next));
            List<Quad> add = quads(next.difference(current));
            out.add(articles(batches.get(k), given, remove, add));
            current = next;
        }
        return out;
    }

    /** The entities graph between two versions: the entities mentioned now, new description else old, types of both. */
    private static Model between(Model before, Model after, Map<Node, Integer> mentions) {
        Model m = ModelFactory.createDefaultModel();
        mentions.forEach((e, n) -> {
            if (n > 0) {
                Resource r = m.wrapAsResource(e);
                Model from = after.containsResource(r) ? after : before;
                m.add(from.listStatements(r, null, (RDFNode) null));
                m.add(before.listStatements(r, RDF.type, (RDFNode) null));
                m.add(after.listStatements(r, RDF.type, (RDFNode) null));
            }
        });
        return m;
    }

    private static Batch articles(List<String> names, Map<String, Model> given, List<Quad> remove, List<Quad> add) {
        List<String> drop = new ArrayList<>();
        Map<String, Model> put = new LinkedHashMap<>();
        for (String g : names) {
            if (given.containsKey(g)) {
                put.put(g, given.get(g));
            } else {
                drop.add(g);
            }
        }
        return new Batch(drop, put, remove, add);
    }

    /**
     * The units (graphs to write or drop) in groups that must share a batch: a graph that names an
     * entity it does not mention (old or new version, or a graph left alone) joins every unit whose
     * old or new version mentions it, unless a graph left alone mentions it (then it is always there).
     */
    private static List<List<String>> groups(Map<String, Model> given, Map<String, Model> stored, Set<String> units, boolean entities) {
        Map<Node, Set<String>> mentionedBy = new HashMap<>();
        Set<Node> always = new HashSet<>();
        List<Map.Entry<String, Model>> versions = new ArrayList<>();
        for (Map.Entry<String, Model> g : given.entrySet()) {
            if (!(entities && g.getKey().equals(NKG.ENTITIES_GRAPH)) && !NKG.isHistory(g.getKey())) {
                versions.add(g);
                for (Node e : mentioned(g.getValue())) {
                    if (units.contains(g.getKey())) {
                        mentionedBy.computeIfAbsent(e, x -> new TreeSet<>()).add(g.getKey());
                    } else {
                        always.add(e);
                    }
                }
            }
        }
        for (String g : units) {
            if (stored.containsKey(g)) {
                versions.add(Map.entry(g, stored.get(g)));
                mentioned(stored.get(g)).forEach(e -> mentionedBy.computeIfAbsent(e, x -> new TreeSet<>()).add(g));
            }
        }
        Map<String, String> parent = new HashMap<>();
        units.forEach(u -> parent.put(u, u));
        for (Map.Entry<String, Model> v : versions) {
            Set<Node> named = named(v.getValue());
            named.removeAll(mentioned(v.getValue()));
            named.removeAll(always);
            for (Node e : named) {
                List<String> joined = new ArrayList<>(mentionedBy.getOrDefault(e, Set.of()));
                if (units.contains(v.getKey())) {
                    joined.add(v.getKey());
                }
                for (int i = 1; i < joined.size(); i++) {
                    parent.put(root(parent, joined.get(i)), root(parent, joined.get(0)));
                }
            }
        }
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
                if (n.isURI() && n.getURI().startsWith(ENTITY)) {
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
