package org.newskg.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The knowledge graph as a visualizer sees it: nodes with a label and a type, edges with a relation
 * name and the number of articles that support them. Every graph format (GraphML, GEXF, DOT,
 * Cytoscape.js) is written from this one value, so they all show the same graph. Read from the store by
 * {@link GraphViewReader}, narrowed by {@link GraphViewFilter}.
 *
 * <p>Immutable; nodes and edges are in a fixed order (by id, by source, relation, target), so the same
 * store always gives the same bytes in every format.
 */
public record GraphView(List<ViewNode> nodes, List<ViewEdge> edges) {
    /** The type of article nodes (full view). */
    public static final String ARTICLE = "Article";
    /** The type of literal value nodes, such as a title or a date (full view). */
    public static final String VALUE = "Value";
    /** The relation from an entity to an article that mentions it (full view). */
    public static final String MENTIONED_IN = "mentionedIn";

    public GraphView {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Set<String> ids = new HashSet<>();
        for (ViewNode n : nodes) {
            if (!ids.add(n.id())) {
                throw new IllegalArgumentException("two nodes have the id " + n.id());
            }
        }
        // Every writer relies on this: an edge to a missing node would be dropped by some tools and
        // rejected by others.
        for (ViewEdge e : edges) {
            if (!ids.contains(e.source()) || !ids.contains(e.target())) {
                throw new IllegalArgumentException("edge " + e.id() + " (" + e.relation() + ") links a node not in the view");
            }
        }
    }
}
