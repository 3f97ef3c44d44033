package org.newskg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.CorpusGraphs;
import org.newskg.rdf.NKG;

/**
 * What the page's SPARQL editor completes, at {@code /ui/vocabulary.json}: the project's prefixes
 * ({@link CorpusGraphs#prefixes()}) and the ontology's terms (the named classes, properties and
 * individuals of {@code ontology/newskg.ttl}, read from the classpath), each with its label and
 * comment. Read once; the answer is the same for every request.
 */
final class VocabularyJsonServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String ONTOLOGY = "ontology/newskg.ttl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private transient byte[] answer;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "no-cache");
        resp.getOutputStream().write(answer());
    }

    private synchronized byte[] answer() throws IOException {
        if (answer == null) {
            answer = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(vocabulary());
        }
        return answer;
    }

    /** The prefixes and the ontology's terms as the page reads them. */
    static ObjectNode vocabulary() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode prefixes = root.putObject("prefixes");
        new TreeMap<>(CorpusGraphs.prefixes()).forEach(prefixes::put);
        ArrayNode terms = root.putArray("terms");
        Model m = ontology();
        Map<Resource, String> kinds = Map.of(OWL.Class, "class", OWL.ObjectProperty, "property", OWL.DatatypeProperty, "property",
                OWL.AnnotationProperty, "property", RDF.Property, "property", OWL.NamedIndividual, "individual");
        Map<String, ObjectNode> byName = new TreeMap<>();
        for (Map.Entry<Resource, String> k : kinds.entrySet()) {
            for (Resource r : m.listSubjectsWithProperty(RDF.type, k.getKey()).toList()) {
                if (!r.isURIResource() || !r.getURI().startsWith(NKG.NS) || r.getURI().length() == NKG.NS.length()) {
                    continue;
                }
                String name = "nkg:" + r.getURI().substring(NKG.NS.length());
                ObjectNode o = byName.computeIfAbsent(name, n -> JSON.createObjectNode().put("name", n));
                if (!o.has("kind") || "individual".equals(k.getValue())) {
                    o.put("kind", k.getValue());
                }
                o.put("label", text(r, RDFS.label));
                o.put("comment", text(r, RDFS.comment));
            }
        }
        List<ObjectNode> sorted = byName.values().stream()
                .sorted(Comparator.comparing((ObjectNode o) -> o.get("kind").asText()).thenComparing(o -> o.get("name").asText())).toList();
        sorted.forEach(terms::add);
        return root;
    }

    private static String text(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p, "en");
        if (s == null) {
            s = r.getProperty(p);
        }
        return s == null || !s.getObject().isLiteral() ? "" : s.getString().replaceAll("\\s+", " ").strip();
    }

    private static Model ontology() {
        try (InputStream in = VocabularyJsonServlet.class.getClassLoader().getResourceAsStream(ONTOLOGY)) {
            if (in == null) {
                throw new IllegalStateException(ONTOLOGY + " is not on the classpath");
            }
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
