package org.newskg.export;

import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;

/** A {@link GraphView} as a JGraphT graph, for JGraphT's exporters. */
final class JGraphTViews {
    private JGraphTViews() {}

    /**
     * A directed graph that allows several relations between the same two nodes (a pseudograph), with
     * each edge's weight set to its support so the formats that know weights (GraphML, GEXF) carry it
     * where Gephi and Cytoscape look for it. Nodes and edges keep the view's order.
     */
    static Graph<ViewNode, ViewEdge> of(GraphView view) {
        Graph<ViewNode, ViewEdge> g = new DirectedWeightedPseudograph<>(ViewEdge.class);
        Map<String, ViewNode> byId = new HashMap<>();
        for (ViewNode n : view.nodes()) {
            g.addVertex(n);
            byId.put(n.id(), n);
        }
        for (ViewEdge e : view.edges()) {
            g.addEdge(byId.get(e.source()), byId.get(e.target()), e);
            g.setEdgeWeight(e, e.support());
        }
        return g;
    }
}
