package org.newskg.export;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * DOT, with JGraphT's exporter: for Graphviz ({@code dot -Tpng graph.dot -o graph.png}). Nodes are
 * coloured and shaped by type ({@link DotStyle}) and sized by degree (font size and width,
 * {@link ViewScale}), so the hubs read first; edges are labelled with their relation and, when more
 * than one article states them, the number of articles in brackets; better supported facts are drawn
 * thicker. Symmetric relations ({@code metWith}, {@code partnerOf}, ...) have no arrowhead. A
 * legend under the graph gives the colours of the types present and the counts. In SVG, nodes link to
 * their IRI.
 *
 * <p>Nodes without edges (with {@code --keep-isolated}; left out by default) stay in dot's first rank,
 * one column at the left. (They are not boxed in a cluster: JGraphT 1.5.3 writes a cluster's attributes as a
 * stray node statement, which would add a node to the graph.)
 */
final class DotWriter implements GraphWriter {
    private static final String FONT = "Helvetica";

    @Override
    public void write(GraphView view, OutputStream out) {
        DOTExporter<ViewNode, ViewEdge> exporter = new DOTExporter<>(n -> quoted(n.id()));
        exporter.setGraphIdProvider(() -> "newskg");
        exporter.setGraphAttributeProvider(() -> graphAttributes(view));
        Map<String, Integer> degree = ViewScale.degrees(view);
        exporter.setVertexAttributeProvider(n -> nodeAttributes(n, degree.get(n.id())));
        exporter.setEdgeAttributeProvider(DotWriter::edgeAttributes);
        exporter.exportGraph(JGraphTViews.of(view), out);
    }

    /** Graph attributes are written by JGraphT as they are, unquoted: each value here is valid DOT. */
    private static Map<String, Attribute> graphAttributes(GraphView view) {
        Map<String, Attribute> m = new LinkedHashMap<>();
        m.put("rankdir", raw("LR"));
        m.put("nodesep", raw("0.3"));
        m.put("ranksep", raw("0.6"));
        m.put("fontname", raw(quoted(FONT)));
        m.put("labelloc", raw("b"));
        m.put("label", raw("<" + legend(view) + ">"));
        return m;
    }

    private static Map<String, Attribute> nodeAttributes(ViewNode n, int degree) {
        DotStyle style = DotStyle.of(n.type());
        Map<String, Attribute> m = new LinkedHashMap<>();
        m.put("label", text(n.label()));
        m.put("shape", text(style.shape()));
        m.put("style", text(style.style()));
        m.put("fillcolor", text(style.fill()));
        m.put("fontname", text(FONT));
        m.put("fontsize", text(ViewScale.number(ViewScale.fontSize(degree))));
        m.put("width", text(ViewScale.number(ViewScale.width(degree))));
        m.put("tooltip", text(n.type() + ": " + n.iri()));
        if (!n.type().equals(GraphView.VALUE)) {
            m.put("URL", text(n.iri()));
        }
        return m;
    }

    private static Map<String, Attribute> edgeAttributes(ViewEdge e) {
        Map<String, Attribute> m = new LinkedHashMap<>();
        m.put("label", text(e.support() > 1 ? e.relation() + " (" + e.support() + ")" : e.relation()));
        m.put("fontname", text(FONT));
        m.put("fontsize", text("11"));
        m.put("color", text(e.isFact() ? "#495057" : "#adb5bd"));
        m.put("fontcolor", text("#343a40"));
        // Thicker for facts more articles state, up to 4 points.
        m.put("penwidth", text(ViewScale.number(ViewScale.edgeWidth(e.support()))));
        if (e.symmetric()) {
            m.put("dir", text("none"));
        }
        return m;
    }

    /**
     * An HTML-like table: one cell per node type present, in its colour, then the counts. Only type
     * names (fixed words) and numbers go in it, so nothing needs escaping.
     */
    private static String legend(GraphView view) {
        StringBuilder b = new StringBuilder("<table border=\"0\" cellspacing=\"4\" cellpadding=\"4\"><tr>");
        for (String type : new TreeSet<>(view.nodes().stream().map(ViewNode::type).toList())) {
            b.append("<td bgcolor=\"").append(DotStyle.of(type).fill()).append("\">").append(type).append("</td>");
        }
        b.append("<td>").append(view.nodes().size()).append(" nodes, ").append(view.edges().size())
                .append(" edges; (n) = stated by n articles</td></tr></table>");
        return b.toString();
    }

    private static Attribute text(String value) {
        // JGraphT escapes double quotes but not backslashes, which DOT reads as escapes (\n, \l).
        return DefaultAttribute.createAttribute(value.replace("\\", "\\\\"));
    }

    private static Attribute raw(String value) {
        return new DefaultAttribute<>(value, AttributeType.IDENTIFIER);
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
