package org.newskg.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Narrows a {@link GraphView} to what the {@link GraphViewOptions} ask for; pure, no store needed. */
public final class GraphViewFilter {
    private GraphViewFilter() {}

    /**
     * Keeps the nodes of the chosen types, then the edges whose two ends are kept, whose relation is
     * chosen and which (if facts) have the minimum support; with {@code dropIsolated}, then leaves out
     * the nodes no kept edge touches. Order is kept.
     */
    public static GraphView apply(GraphView view, GraphViewOptions options) {
        List<ViewNode> nodes = view.nodes().stream()
                .filter(n -> options.types().isEmpty() || options.types().contains(n.type()))
                .toList();
        Set<String> kept = new HashSet<>();
        nodes.forEach(n -> kept.add(n.id()));
        List<ViewEdge> edges = view.edges().stream()
                .filter(e -> kept.contains(e.source()) && kept.contains(e.target()))
                .filter(e -> options.relations().isEmpty() || options.relations().contains(e.relation()))
                .filter(e -> !e.isFact() || e.support() >= options.minSupport())
                .toList();
        if (options.dropIsolated()) {
            Set<String> linked = new HashSet<>();
            edges.forEach(e -> {
                linked.add(e.source());
                linked.add(e.target());
            });
            nodes = nodes.stream().filter(n -> linked.contains(n.id())).toList();
        }
        return new GraphView(nodes, edges);
    }
}
