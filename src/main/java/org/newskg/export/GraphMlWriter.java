package org.newskg.export;

import java.io.OutputStream;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * GraphML, with JGraphT's exporter: for yEd, Gephi and Cytoscape. Each node carries {@code label},
 * {@code type} and {@code iri}; each edge {@code label} (the relation), {@code relation},
 * {@code support} and {@code weight} (the support again, as the number Gephi and Cytoscape size edges
 * by; GraphML leaves it out where it is the default, 1).
 */
final class GraphMlWriter implements GraphWriter {
    @Override
    public void write(GraphView view, OutputStream out) {
        GraphMLExporter<ViewNode, ViewEdge> exporter = new GraphMLExporter<>(ViewNode::id);
        exporter.setEdgeIdProvider(ViewEdge::id);
        // "label" is the attribute name Gephi and Cytoscape take node and edge labels from.
        exporter.setVertexLabelAttributeName("label");
        exporter.setExportVertexLabels(true);
        exporter.setEdgeLabelAttributeName("label");
        exporter.setExportEdgeLabels(true);
        exporter.setExportEdgeWeights(true);
        ViewAttributes.attach(exporter, (name, ofNode, type) -> exporter.registerAttribute(name,
                ofNode ? AttributeCategory.NODE : AttributeCategory.EDGE, type));
        exporter.exportGraph(JGraphTViews.of(view), out);
    }
}
