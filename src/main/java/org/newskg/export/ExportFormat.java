package org.newskg.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.Lang;

/**
 * The export formats, one entry each: the name {@code --format} takes, the file extension, what reads
 * it, and the writer. RDF formats are written by Jena RIOT: those that carry named graphs write the
 * whole dataset (one graph per article), the others the union graph. Graph formats are written from the
 * {@link GraphView} by JGraphT's exporters (GraphML, GEXF, DOT) and Jackson (Cytoscape.js JSON).
 */
public enum ExportFormat {
    TURTLE("turtle", "ttl", "RDF", new RdfWriter(Lang.TURTLE, false)),
    TRIG("trig", "trig", "RDF, one named graph per article", new RdfWriter(Lang.TRIG, true)),
    NQUADS("nquads", "nq", "RDF, one named graph per article", new RdfWriter(Lang.NQUADS, true)),
    NTRIPLES("ntriples", "nt", "RDF", new RdfWriter(Lang.NTRIPLES, false)),
    JSONLD("jsonld", "jsonld", "RDF, one named graph per article", new RdfWriter(Lang.JSONLD, true)),
    RDFXML("rdfxml", "rdf", "RDF", new RdfWriter(Lang.RDFXML, false)),
    GRAPHML("graphml", "graphml", "yEd, Gephi, Cytoscape", new GraphMlWriter()),
    GEXF("gexf", "gexf", "Gephi", new GexfWriter()),
    DOT("dot", "dot", "Graphviz", new DotWriter()),
    CYTOSCAPE("cytoscape", "cyjs", "Cytoscape.js, Cytoscape", new CytoscapeWriter());

    private final String name;
    private final String extension;
    private final String readBy;
    private final FormatWriter writer;

    ExportFormat(String name, String extension, String readBy, FormatWriter writer) {
        this.name = name;
        this.extension = extension;
        this.readBy = readBy;
        this.writer = writer;
    }

    public String formatName() {
        return name;
    }

    public String extension() {
        return extension;
    }

    /** What the format is for, in a few words, for help texts. */
    public String readBy() {
        return readBy;
    }

    public FormatWriter writer() {
        return writer;
    }

    /** Whether this is a graph format for visualizers, which the view options apply to. */
    public boolean isGraphFormat() {
        return writer instanceof GraphWriter;
    }

    /** The format by its name or file extension, in any case. */
    public static ExportFormat byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.name.equals(n) || f.extension.equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "'; use one of " + names());
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(ExportFormat::formatName).toList();
    }

    /** The names of the RDF formats, or of the graph formats. */
    public static List<String> names(boolean graphFormats) {
        return Arrays.stream(values()).filter(f -> f.isGraphFormat() == graphFormats).map(ExportFormat::formatName).toList();
    }
}
