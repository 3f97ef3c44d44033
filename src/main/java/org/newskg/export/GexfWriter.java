package org.newskg.export;

import java.io.OutputStream;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.gexf.GEXFExporter.AttributeCategory;
import org.jgrapht.nio.gexf.GEXFExporter.Parameter;

/**
 * GEXF 1.2draft, with JGraphT's exporter: for Gephi. Nodes have their label and the attributes
 * {@code type} and {@code iri}; edges have the relation as label, the support as weight (Gephi's edge
 * thickness) and the attributes {@code relation} and {@code support}.
 */
final class GexfWriter implements GraphWriter {
    @Override
    public void write(GraphView view, OutputStream out) {
        GEXFExporter<ViewNode, ViewEdge> exporter = new GEXFExporter<>(ViewNode::id, ViewEdge::id);
        exporter.setCreator("NewsKG");
        exporter.setDescription("NewsKG knowledge graph: entities and the facts between them, weighted by supporting articles");
        exporter.setParameter(Parameter.EXPORT_EDGE_LABELS, true);
        exporter.setParameter(Parameter.EXPORT_EDGE_WEIGHTS, true);
        ViewAttributes.attach(exporter, (name, ofNode, type) -> exporter.registerAttribute(name,
                ofNode ? AttributeCategory.NODE : AttributeCategory.EDGE,
                type == AttributeType.INT ? GEXFAttributeType.INTEGER : GEXFAttributeType.STRING));
        exporter.exportGraph(JGraphTViews.of(view), out);
    }
}
