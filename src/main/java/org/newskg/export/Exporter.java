package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.newskg.store.GraphStore;

/** Writes the stored graph in an export format: RDF as stored, or a graph view for visualizers. */
public final class Exporter {
    private Exporter() {}

    /** Writes the whole graph (for graph formats: the entity view with the default options). */
    public static String write(GraphStore store, ExportFormat format, OutputStream out) {
        return write(store, format, GraphViewOptions.DEFAULT, out);
    }

    /**
     * Writes the graph; returns what was written in a few words ("12 nodes, 15 edges", "2569 triples")
     * for the command's summary line.
     *
     * @throws IllegalArgumentException if view options other than the default are given for an RDF
     *                                  format, which always writes the whole graph
     */
    public static String write(GraphStore store, ExportFormat format, GraphViewOptions options, OutputStream out) {
        return switch (format.writer()) {
            case RdfWriter rdf -> {
                check(format, options);
                yield store.read(ds -> rdf.write(ds, out));
            }
            case GraphWriter graph -> {
                GraphView view = GraphViewReader.read(store, options);
                try {
                    graph.write(view, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                yield view.nodes().size() + " nodes, " + view.edges().size() + " edges";
            }
        };
    }

    /**
     * Checks that the options suit the format: an RDF format always writes the whole graph, so it takes
     * only options that keep every fact (isolated nodes mean nothing to it).
     *
     * @throws IllegalArgumentException saying which formats the options are for
     */
    public static void check(ExportFormat format, GraphViewOptions options) {
        if (!format.isGraphFormat() && !options.keepsEveryFact()) {
            throw new IllegalArgumentException("--view, --types, --relations, --min-support and --keep-isolated apply to the graph formats ("
                    + String.join(", ", ExportFormat.names(true)) + "); " + format.formatName() + " writes the whole RDF graph");
        }
    }
}
