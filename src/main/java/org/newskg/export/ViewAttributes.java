package org.newskg.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.BaseExporter;
import org.jgrapht.nio.DefaultAttribute;

/**
 * The attributes GraphML carries for each node and edge ({@link GexfWriter} writes the same ones, and
 * a node's degree). {@code label} is where Gephi, Cytoscape and yEd look for what to print.
 */
final class ViewAttributes {
    private ViewAttributes() {}

    /** Registers one attribute with an exporter: each format has its own category and type enums. */
    @FunctionalInterface
    interface Registrar {
        void register(String name, boolean ofNode, AttributeType type);
    }

    /**
     * Gives {@code exporter} the attributes below: their names and types through {@code registrar}
     * ({@code label} is not registered: each format writes it its own way), and their values.
     */
    static void attach(BaseExporter<ViewNode, ViewEdge> exporter, Registrar registrar) {
        registrar.register("type", true, AttributeType.STRING);
        registrar.register("iri", true, AttributeType.STRING);
        registrar.register("relation", false, AttributeType.STRING);
        registrar.register("support", false, AttributeType.INT);
        exporter.setVertexAttributeProvider(ViewAttributes::node);
        exporter.setEdgeAttributeProvider(ViewAttributes::edge);
    }

    static Map<String, Attribute> node(ViewNode n) {
        Map<String, Attribute> m = new LinkedHashMap<>();
        m.put("label", DefaultAttribute.createAttribute(n.label()));
        m.put("type", DefaultAttribute.createAttribute(n.type()));
        m.put("iri", DefaultAttribute.createAttribute(n.iri()));
        return m;
    }

    static Map<String, Attribute> edge(ViewEdge e) {
        Map<String, Attribute> m = new LinkedHashMap<>();
        m.put("label", DefaultAttribute.createAttribute(e.relation()));
        m.put("relation", DefaultAttribute.createAttribute(e.relation()));
        m.put("support", DefaultAttribute.createAttribute(e.support()));
        return m;
    }
}
