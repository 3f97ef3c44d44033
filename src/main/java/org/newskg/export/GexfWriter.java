package org.newskg.export;

import java.io.OutputStream;
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
        exporter.registerAttribute("type", AttributeCategory.NODE, GEXFAttributeType.STRING);
        exporter.registerAttribute("iri", AttributeCategory.NODE, GEXFAttributeType.STRING);
        exporter.registerAttribute("relation", AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.registerAttribute("support", AttributeCategory.EDGE, GEXFAttributeType.INTEGER);
        exporter.setVertexAttributeProvider(ViewAttributes::node);
        exporter.setEdgeAttributeProvider(ViewAttributes::edge);
        exporter.exportGraph(JGraphTViews.of(view), out);
    }
}
