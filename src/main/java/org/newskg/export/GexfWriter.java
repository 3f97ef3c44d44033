package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GEXF 1.2draft, for Gephi. Nodes have their label, the attributes {@code type}, {@code iri} and
 * {@code degree}, and the GEXF viz module's {@code viz:color} (the type's colour, as in the DOT
 * export: {@link DotStyle}) and {@code viz:size} (by degree, {@link ViewScale}); edges have the
 * relation as label, the support as weight and {@code viz:thickness}, and the attributes
 * {@code relation} and {@code support}. Opened in Gephi, the graph has its colours and sizes before
 * any layout or appearance setting.
 *
 * <p>Written with the JDK's StAX writer rather than JGraphT's exporter, which writes no viz module.
 * GEXF 1.3 is not used: its published XML schema does not compile (gephi/gexf issue 19), and Gephi
 * reads 1.2draft's viz module all the same.
 */
final class GexfWriter implements GraphWriter {
    static final String GEXF = "http://www.gexf.net/1.2draft";
    static final String VIZ = "http://www.gexf.net/1.2draft/viz";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    @Override
    public void write(GraphView view, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            x.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            x.setDefaultNamespace(GEXF);
            x.setPrefix("viz", VIZ);
            x.setPrefix("xsi", XSI);
            x.writeStartElement(GEXF, "gexf");
            x.writeDefaultNamespace(GEXF);
            x.writeNamespace("viz", VIZ);
            x.writeNamespace("xsi", XSI);
            x.writeAttribute(XSI, "schemaLocation", GEXF + " " + GEXF + "/gexf.xsd");
            x.writeAttribute("version", "1.2");
            nl(x);
            x.writeStartElement(GEXF, "meta");
            element(x, "creator", "NewsKG");
            element(x, "description", "NewsKG knowledge graph: entities and the facts between them, weighted by supporting articles");
            x.writeEndElement();
            nl(x);
            x.writeStartElement(GEXF, "graph");
            x.writeAttribute("defaultedgetype", "directed");
            x.writeAttribute("mode", "static");
            nl(x);
            attributes(x, "node", "type", "string", "iri", "string", "degree", "integer");
            attributes(x, "edge", "relation", "string", "support", "integer");
            nodes(x, view);
            edges(x, view);
            x.writeEndElement();
            nl(x);
            x.writeEndElement();
            nl(x);
            x.writeEndDocument();
            x.flush();
            x.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    private static void nodes(XMLStreamWriter x, GraphView view) throws XMLStreamException {
        Map<String, Integer> degree = ViewScale.degrees(view);
        x.writeStartElement(GEXF, "nodes");
        nl(x);
        for (ViewNode n : view.nodes()) {
            int d = degree.get(n.id());
            x.writeStartElement(GEXF, "node");
            x.writeAttribute("id", n.id());
            x.writeAttribute("label", n.label());
            nl(x);
            attvalues(x, n.type(), n.iri(), Integer.toString(d));
            String fill = DotStyle.of(n.type()).fill();
            x.writeEmptyElement(VIZ, "color");
            x.writeAttribute("r", Integer.toString(Integer.parseInt(fill.substring(1, 3), 16)));
            x.writeAttribute("g", Integer.toString(Integer.parseInt(fill.substring(3, 5), 16)));
            x.writeAttribute("b", Integer.toString(Integer.parseInt(fill.substring(5, 7), 16)));
            nl(x);
            x.writeEmptyElement(VIZ, "size");
            x.writeAttribute("value", ViewScale.number(ViewScale.nodeSize(d)));
            nl(x);
            x.writeEndElement();
            nl(x);
        }
        x.writeEndElement();
        nl(x);
    }

    private static void edges(XMLStreamWriter x, GraphView view) throws XMLStreamException {
        x.writeStartElement(GEXF, "edges");
        nl(x);
        for (ViewEdge e : view.edges()) {
            x.writeStartElement(GEXF, "edge");
            x.writeAttribute("id", e.id());
            x.writeAttribute("source", e.source());
            x.writeAttribute("target", e.target());
            x.writeAttribute("label", e.relation());
            // Gephi draws edges by weight: the support.
            x.writeAttribute("weight", Double.toString(e.support()));
            nl(x);
            attvalues(x, e.relation(), Integer.toString(e.support()));
            x.writeEmptyElement(VIZ, "thickness");
            x.writeAttribute("value", ViewScale.number(ViewScale.edgeWidth(e.support())));
            nl(x);
            x.writeEndElement();
            nl(x);
        }
        x.writeEndElement();
        nl(x);
    }

    /** The attribute declarations of a class: names and types in turn; their ids are 0, 1, ... */
    private static void attributes(XMLStreamWriter x, String of, String... nameAndType) throws XMLStreamException {
        x.writeStartElement(GEXF, "attributes");
        x.writeAttribute("class", of);
        nl(x);
        for (int i = 0; i < nameAndType.length; i += 2) {
            x.writeEmptyElement(GEXF, "attribute");
            x.writeAttribute("id", Integer.toString(i / 2));
            x.writeAttribute("title", nameAndType[i]);
            x.writeAttribute("type", nameAndType[i + 1]);
            nl(x);
        }
        x.writeEndElement();
        nl(x);
    }

    /** The values of the declared attributes, in their order. */
    private static void attvalues(XMLStreamWriter x, String... values) throws XMLStreamException {
        x.writeStartElement(GEXF, "attvalues");
        nl(x);
        for (int i = 0; i < values.length; i++) {
            x.writeEmptyElement(GEXF, "attvalue");
            x.writeAttribute("for", Integer.toString(i));
            x.writeAttribute("value", values[i]);
            nl(x);
        }
        x.writeEndElement();
        nl(x);
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(GEXF, name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static void nl(XMLStreamWriter x) throws XMLStreamException {
        x.writeCharacters("\n");
    }
}
