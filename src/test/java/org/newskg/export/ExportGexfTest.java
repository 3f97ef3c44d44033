package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/**
 * GEXF: valid against the GEXF 1.2draft schema (with its viz module), and it holds the view's nodes,
 * edges and labels, each node coloured by type and sized by degree.
 */
class ExportGexfTest {
    private static List<String> attribute(Document doc, String element, String attribute) {
        List<String> values = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("*", element);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(((Element) nodes.item(i)).getAttribute(attribute));
        }
        return values;
    }

    @Test
    void theEntityViewIsValidGexf() throws Exception {
        String xml = ExportFixture.export(ExportFormat.GEXF);
        XmlSchemas.validate(XmlSchemas.gexf(), xml);
        Document doc = ExportGraphMlTest.parse(xml);
        // By default, the entity in no fact (Silver Lake) is left out.
        assertEquals(ExportFixture.LINKED_ENTITIES, doc.getElementsByTagNameNS("*", "node").getLength());
        assertFalse(attribute(doc, "node", "label").contains("Silver Lake"));
        assertEquals(ExportFixture.ENTITY_FACTS, doc.getElementsByTagNameNS("*", "edge").getLength());
    }

    @Test
    void theFullViewIsValidGexf() throws Exception {
        String xml = ExportFixture.export(ExportFormat.GEXF, GraphViewOptions.parse("full", null, null, null, false));
        XmlSchemas.validate(XmlSchemas.gexf(), xml);
        Document doc = ExportGraphMlTest.parse(xml);
        assertEquals(ExportFixture.FULL_NODES, doc.getElementsByTagNameNS("*", "node").getLength());
        assertEquals(ExportFixture.FULL_EDGES, doc.getElementsByTagNameNS("*", "edge").getLength());
    }

    @Test
    void keepingIsolatedNodesKeepsEveryEntity() throws Exception {
        String xml = ExportFixture.export(ExportFormat.GEXF, GraphViewOptions.WHOLE);
        XmlSchemas.validate(XmlSchemas.gexf(), xml);
        Document doc = ExportGraphMlTest.parse(xml);
        assertEquals(ExportFixture.ENTITIES, doc.getElementsByTagNameNS("*", "node").getLength());
        assertTrue(attribute(doc, "node", "label").contains("Silver Lake"));
    }

    /** A node's viz element's attribute, from the viz namespace. */
    private static String viz(Element node, String element, String attribute) {
        NodeList found = node.getElementsByTagNameNS(GexfWriter.VIZ, element);
        assertEquals(1, found.getLength(), "viz:" + element + " of " + node.getAttribute("label"));
        return ((Element) found.item(0)).getAttribute(attribute);
    }

    @Test
    void nodesAreColouredByTypeAsInDotAndSizedByDegree() throws Exception {
        Document doc = ExportGraphMlTest.parse(ExportFixture.export(ExportFormat.GEXF));
        NodeList nodes = doc.getElementsByTagNameNS(GexfWriter.GEXF, "node");
        Map<String, Double> size = new HashMap<>();
        Map<String, Integer> degree = new HashMap<>();
        NodeList edges = doc.getElementsByTagNameNS(GexfWriter.GEXF, "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            degree.merge(e.getAttribute("source"), 1, Integer::sum);
            degree.merge(e.getAttribute("target"), 1, Integer::sum);
            assertTrue(Double.parseDouble(viz(e, "thickness", "value")) >= 1);
        }
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            size.put(n.getAttribute("id"), Double.parseDouble(viz(n, "size", "value")));
            String type = ((Element) n.getElementsByTagNameNS(GexfWriter.GEXF, "attvalue").item(0)).getAttribute("value");
            String fill = DotStyle.of(type).fill();
            String rgb = String.format("#%02x%02x%02x", Integer.parseInt(viz(n, "color", "r")),
                    Integer.parseInt(viz(n, "color", "g")), Integer.parseInt(viz(n, "color", "b")));
            assertEquals(fill, rgb, "colour of " + n.getAttribute("label") + ", a " + type);
        }
        assertEquals("#ffd8a8", DotStyle.of("Person").fill());
        // Sizes follow degrees: a node with more edges is drawn larger, equal degrees equal sizes.
        for (String a : size.keySet()) {
            for (String b : size.keySet()) {
                assertEquals(Integer.compare(degree.get(a), degree.get(b)), Double.compare(size.get(a), size.get(b)), a + " and " + b);
            }
        }
        assertTrue(size.values().stream().distinct().count() > 1, size.toString());
        // The best supported fact (leaderOf, 3 articles) is drawn thickest.
        List<String> thickness = new ArrayList<>();
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            if (e.getAttribute("weight").equals("3.0")) {
                thickness.add(viz(e, "thickness", "value"));
            }
        }
        assertEquals(List.of("2"), thickness);
    }

    @Test
    void theSchemaIsInForce() {
        // An edge without its required id.
        String xml = ExportFixture.export(ExportFormat.GEXF).replace("<edge id=\"e1\" ", "<edge ");
        SAXParseException e = assertThrows(SAXParseException.class, () -> XmlSchemas.validate(XmlSchemas.gexf(), xml));
        assertTrue(e.getMessage().contains("'id'"), e.getMessage());
        // A viz element outside the viz namespace, as the published XSD (uncorrected) would want it.
        String misplaced = ExportFixture.export(ExportFormat.GEXF).replaceFirst("<viz:size ", "<size ");
        assertThrows(SAXParseException.class, () -> XmlSchemas.validate(XmlSchemas.gexf(), misplaced));
    }

    @Test
    void labelsAndWeightsAreThere() throws Exception {
        Document doc = ExportGraphMlTest.parse(ExportFixture.export(ExportFormat.GEXF));
        List<String> labels = attribute(doc, "node", "label");
        assertTrue(labels.contains("Salt & Iron <Union>") && labels.contains("Ana \"Red\" Lutz \\ jr"), labels.toString());
        assertTrue(attribute(doc, "edge", "label").contains("signed"));
        // Gephi draws edges by weight: the support, here 3 for the fact all three articles state.
        assertTrue(attribute(doc, "edge", "weight").contains("3.0"), attribute(doc, "edge", "weight").toString());
    }
}
