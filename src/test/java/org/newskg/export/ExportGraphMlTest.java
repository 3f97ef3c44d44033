package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/** GraphML: valid against the GraphML 1.1 schema, and it holds the view's nodes, edges and labels. */
class ExportGraphMlTest {
    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The text of the node's data elements whose key is named {@code attrName}. */
    private static List<String> data(Document doc, String element, String attrName) {
        String keyId = null;
        NodeList keys = doc.getElementsByTagNameNS("*", "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            if (k.getAttribute("for").equals(element) && k.getAttribute("attr.name").equals(attrName)) {
                keyId = k.getAttribute("id");
            }
        }
        List<String> values = new ArrayList<>();
        NodeList data = doc.getElementsByTagNameNS("*", "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            if (d.getAttribute("key").equals(keyId) && ((Element) d.getParentNode()).getLocalName().equals(element)) {
                values.add(d.getTextContent());
            }
        }
        return values;
    }

    @Test
    void theEntityViewIsValidGraphMl() throws Exception {
        String xml = ExportFixture.export(ExportFormat.GRAPHML);
        XmlSchemas.validate(XmlSchemas.graphml(), xml);
        Document doc = parse(xml);
        assertEquals(ExportFixture.LINKED_ENTITIES, doc.getElementsByTagNameNS("*", "node").getLength());
        assertEquals(ExportFixture.ENTITY_FACTS, doc.getElementsByTagNameNS("*", "edge").getLength());
    }

    @Test
    void theFullViewIsValidGraphMl() throws Exception {
        String xml = ExportFixture.export(ExportFormat.GRAPHML, GraphViewOptions.parse("full", null, null, null, false));
        XmlSchemas.validate(XmlSchemas.graphml(), xml);
        Document doc = parse(xml);
        assertEquals(ExportFixture.FULL_NODES, doc.getElementsByTagNameNS("*", "node").getLength());
        assertEquals(ExportFixture.FULL_EDGES, doc.getElementsByTagNameNS("*", "edge").getLength());
    }

    @Test
    void theSchemaIsInForce() {
        // An IRI as node id: not an XML name token, as GraphML requires; the kind of slip the schema catches.
        String xml = ExportFixture.export(ExportFormat.GRAPHML)
                .replace("id=\"entity:marta-velk\"", "id=\"https://w3id.org/newskg/id/entity/marta-velk\"");
        SAXParseException e = assertThrows(SAXParseException.class, () -> XmlSchemas.validate(XmlSchemas.graphml(), xml));
        assertTrue(e.getMessage().contains("NMTOKEN"), e.getMessage());
    }

    @Test
    void labelsTypesAndSupportAreThereAsWritten() throws Exception {
        Document doc = parse(ExportFixture.export(ExportFormat.GRAPHML));
        List<String> labels = data(doc, "node", "label");
        assertTrue(labels.contains("Salt & Iron <Union>") && labels.contains("Ana \"Red\" Lutz \\ jr") && labels.contains("Søren Holt"), labels.toString());
        assertTrue(data(doc, "node", "type").contains("Agreement"));
        List<String> support = data(doc, "edge", "support");
        assertEquals(ExportFixture.ENTITY_FACTS, support.size());
        assertTrue(support.contains("3"), support.toString());
        assertTrue(data(doc, "edge", "relation").contains("metWith"));
    }
}
