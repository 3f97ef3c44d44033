package org.newskg.rdf;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.newskg.NewsKgException;

/** Checks a graph against NewsKG's SHACL shapes ({@code ontology/shapes.ttl}). */
public final class GraphValidator {
    /** Where the shapes are on the classpath (the build copies ontology/ there). */
    public static final String SHAPES = "ontology/shapes.ttl";

    private final Shapes shapes;

    private GraphValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    public static GraphValidator load() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = GraphValidator.class.getClassLoader().getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new NewsKgException("resource " + SHAPES + " is missing from the classpath; rebuild NewsKG");
            }
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (java.io.IOException e) {
            throw new NewsKgException("cannot read " + SHAPES + ": " + e.getMessage(), e);
        }
        return new GraphValidator(Shapes.parse(m.getGraph()));
    }

    /** One violation, readable: the node, the property path, and what is wrong. */
    public record Violation(String focusNode, String path, String message) {
        @Override
        public String toString() {
            return focusNode + (path.isEmpty() ? "" : " " + path) + ": " + message;
        }
    }

    public List<Violation> validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(new Violation(String.valueOf(e.focusNode()), e.resultPath() == null ? "" : e.resultPath().toString(),
                    e.message()));
        }
        return out;
    }
}
