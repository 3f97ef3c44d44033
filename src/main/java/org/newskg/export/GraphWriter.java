package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link GraphView} in one graph format (GraphML, GEXF, DOT, Cytoscape.js JSON), in UTF-8. */
public non-sealed interface GraphWriter extends FormatWriter {
    /** Writes the view to {@code out}, flushed, not closed. */
    void write(GraphView view, OutputStream out) throws IOException;
}
