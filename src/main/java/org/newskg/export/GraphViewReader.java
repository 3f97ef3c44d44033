package org.newskg.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.export.GraphViewOptions.View;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;
import org.newskg.rdf.CorpusGraphs;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Vocabularies;
import org.newskg.store.GraphStore;

/**
 * Reads the stored graph into a {@link GraphView}. Entities and their types and labels come from the
 * entities graph; facts from the article graphs, where a fact's support is the number of article graphs
 * that hold its triple. In the full view, articles (labelled with their headline), the entities'
 * {@code mentionedIn} links and the literal values of facts are added.
 */
public final class GraphViewReader {
    private static final String ARTICLE_GRAPH_PREFIX = NKG.articleIri("");

    private final DatasetGraph dsg;
    private final View view;
    private final Map<String, ViewNode> nodes = new TreeMap<>();
    private final Map<EdgeKey, Set<Node>> graphsOf = new HashMap<>();

    private GraphViewReader(DatasetGraph dsg, View view) {
        this.dsg = dsg;
        this.view = view;
    }

    /** The store's graph as the options ask: read in one read transaction, then filtered. */
    public static GraphView read(GraphStore store, GraphViewOptions options) {
        GraphView all = store.read(ds -> read(ds.asDatasetGraph(), options.view()));
        return GraphViewFilter.apply(all, options);
    }

    /** Every node and edge of the view, unfiltered; the caller holds a read transaction. */
    static GraphView read(DatasetGraph dsg, View view) {
        return new GraphViewReader(dsg, view).read();
    }

    private record EdgeKey(String source, String relation, String target, boolean symmetric) {}

    private GraphView read() {
        readEntities();
        if (view == View.FULL) {
            readArticles();
        }
        for (Relation r : Relation.values()) {
            readFacts(r);
        }
        if (view == View.FULL) {
            readMentions();
        }
        return new GraphView(List.copyOf(nodes.values()), edges());
    }

    private void readEntities() {
        Graph entities = dsg.getGraph(NodeFactory.createURI(NKG.ENTITIES_GRAPH));
        // In EntityType order, so an entity that somehow has two classes gets the first, every time.
        for (EntityType t : EntityType.values()) {
            Iterator<Triple> it = entities.find(Node.ANY, RDF.type.asNode(), CorpusGraphs.typeOf(t).asNode());
            while (it.hasNext()) {
                Node e = it.next().getSubject();
                if (e.isURI() && !nodes.containsKey(ViewIds.ofIri(e.getURI()))) {
                    String label = label(entities, e, SKOS.prefLabel.asNode()).orElse(localName(e.getURI()));
                    put(new ViewNode(ViewIds.ofIri(e.getURI()), e.getURI(), label, t.localName()));
                }
            }
        }
    }

    private void readArticles() {
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), NKG.Article.asNode());
        while (it.hasNext()) {
            Quad q = it.next();
            Node a = q.getSubject();
            if (isArticleGraph(q.getGraph()) && a.isURI()) {
                Graph g = dsg.getGraph(q.getGraph());
                String label = label(g, a, Vocabularies.schemaHeadline.asNode()).orElse(localName(a.getURI()));
                put(new ViewNode(ViewIds.ofIri(a.getURI()), a.getURI(), label, GraphView.ARTICLE));
            }
        }
    }

    private void readFacts(Relation r) {
        if (r.literal() && view != View.FULL) {
            return;
        }
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, CorpusGraphs.propertyOf(r).asNode(), Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            Optional<String> source = isArticleGraph(q.getGraph()) ? entityId(q.getSubject()) : Optional.empty();
            if (source.isEmpty()) {
                continue;
            }
            // A value node is made only here, for a fact that is shown, so no value is left without an edge.
            Optional<String> target = q.getObject().isLiteral() ? valueId(q.getObject()) : entityId(q.getObject());
            if (target.isPresent()) {
                EdgeKey key = new EdgeKey(source.get(), r.localName(), target.get(), r.symmetric());
                graphsOf.computeIfAbsent(key, k -> new HashSet<>()).add(q.getGraph());
            }
        }
    }

    private void readMentions() {
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, NKG.mentionedIn.asNode(), Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            Optional<String> entity = entityId(q.getSubject());
            String article = q.getObject().isURI() ? ViewIds.ofIri(q.getObject().getURI()) : null;
            if (isArticleGraph(q.getGraph()) && entity.isPresent() && article != null && nodes.containsKey(article)) {
                EdgeKey key = new EdgeKey(entity.get(), GraphView.MENTIONED_IN, article, false);
                graphsOf.computeIfAbsent(key, k -> new HashSet<>()).add(q.getGraph());
            }
        }
    }

    /** The edges, sorted (source, relation, target) and numbered in that order. */
    private List<ViewEdge> edges() {
        List<EdgeKey> keys = new ArrayList<>(graphsOf.keySet());
        keys.sort(Comparator.comparing(EdgeKey::source).thenComparing(EdgeKey::relation).thenComparing(EdgeKey::target));
        List<ViewEdge> edges = new ArrayList<>();
        for (EdgeKey k : keys) {
            edges.add(new ViewEdge("e" + (edges.size() + 1), k.source(), k.target(), k.relation(), graphsOf.get(k).size(), k.symmetric()));
        }
        return edges;
    }

    /** The node id of an entity, if the node is one (a typed resource of the entities graph). */
    private Optional<String> entityId(Node n) {
        if (!n.isURI()) {
            return Optional.empty();
        }
        ViewNode node = nodes.get(ViewIds.ofIri(n.getURI()));
        return node != null && !node.type().equals(GraphView.ARTICLE) ? Optional.of(node.id()) : Optional.empty();
    }

    /** The node id of a literal value, adding its node; values are only shown in the full view. */
    private Optional<String> valueId(Node literal) {
        if (view != View.FULL) {
            return Optional.empty();
        }
        String lang = literal.getLiteralLanguage();
        String id = ViewIds.ofValue(literal.getLiteralLexicalForm(), lang.isEmpty() ? literal.getLiteralDatatypeURI() : "@" + lang);
        nodes.putIfAbsent(id, new ViewNode(id, literal.getLiteralLexicalForm(), literal.getLiteralLexicalForm(), GraphView.VALUE));
        return Optional.of(id);
    }

    private void put(ViewNode n) {
        nodes.putIfAbsent(n.id(), n);
    }

    private static boolean isArticleGraph(Node g) {
        return g.isURI() && g.getURI().startsWith(ARTICLE_GRAPH_PREFIX);
    }

    /** The English literal of the property if there is one, else the first in lexical order. */
    private static Optional<String> label(Graph g, Node subject, Node property) {
        List<Node> literals = g.find(subject, property, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList();
        return literals.stream()
                .min(Comparator.comparing((Node l) -> !l.getLiteralLanguage().toLowerCase(Locale.ROOT).startsWith("en"))
                        .thenComparing(Node::getLiteralLexicalForm))
                .map(Node::getLiteralLexicalForm);
    }

    private static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }
}
