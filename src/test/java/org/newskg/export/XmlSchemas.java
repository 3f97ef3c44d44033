package org.newskg.export;

import java.io.StringReader;
import java.net.URL;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;

/**
 * The GraphML and GEXF XML schemas, from {@code src/test/resources/export/xsd/} (origin and licence in
 * {@code SOURCES.md} there), and validation against them, offline: the GraphML schema files import each
 * other by web address, and those addresses are mapped to the local copies; any other access to the
 * network is refused, so a missing file fails the test instead of being fetched.
 */
final class XmlSchemas {
    private static final String GRAPHML_WEB = "http://graphml.graphdrawing.org/xmlns/1.1/";
    private static final Map<String, String> LOCAL = Map.of(
            GRAPHML_WEB + "graphml-structure.xsd", "/export/xsd/graphml-1.1/graphml-structure.xsd",
            GRAPHML_WEB + "xlink.xsd", "/export/xsd/graphml-1.1/xlink.xsd");

    private XmlSchemas() {}

    static Schema graphml() {
        return load("/export/xsd/graphml-1.1/graphml.xsd");
    }

    static Schema gexf() {
        return load("/export/xsd/gexf-1.2draft/gexf.xsd");
    }

    /** Validates the document; throws {@link org.xml.sax.SAXParseException} with line and column if invalid. */
    static void validate(Schema schema, String xml) throws Exception {
        Validator v = schema.newValidator();
        // The exports name the schemas' web addresses in xsi:schemaLocation; they must not be fetched.
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        v.validate(new StreamSource(new StringReader(xml)));
    }

    private static Schema load(String resource) {
        try {
            URL url = resource(resource);
            // The JDK's own validator: the classpath also holds an old Apache Xerces (from CoreNLP), which
            // SchemaFactory.newInstance would pick and which knows neither the access properties nor XSD 1.1.
            SchemaFactory f = SchemaFactory.newDefaultInstance();
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            f.setResourceResolver(localOnly());
            return f.newSchema(new StreamSource(url.openStream(), url.toExternalForm()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the XML schema " + resource + ": " + e.getMessage(), e);
        }
    }

    private static URL resource(String name) {
        URL url = XmlSchemas.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return url;
    }

    /** Web addresses of the GraphML schema files to the local copies; relative ones resolve as usual. */
    private static LSResourceResolver localOnly() throws Exception {
        DOMImplementationLS ls = (DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
        return (type, namespace, publicId, systemId, baseUri) -> {
            String local = systemId == null ? null : LOCAL.get(systemId);
            if (local == null) {
                return null;
            }
            LSInput in = ls.createLSInput();
            in.setSystemId(resource(local).toExternalForm());
            return in;
        };
    }
}
