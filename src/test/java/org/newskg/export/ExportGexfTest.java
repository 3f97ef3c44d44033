package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/** GEXF: valid against the GEXF 1.2draft schema, and it holds the view's nodes, edges and labels. */
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
        assertEquals(ExportFixture.ENTITIES, doc.getElementsByTagNameNS("*", "node").getLength());
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
    void theSchemaIsInForce() {
        // An edge without its required id.
        String xml = ExportFixture.export(ExportFormat.GEXF).replace("<edge id=\"e1\" ", "<edge ");
        SAXParseException e = assertThrows(SAXParseException.class, () -> XmlSchemas.validate(XmlSchemas.gexf(), xml));
        assertTrue(e.getMessage().contains("'id'"), e.getMessage());
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
