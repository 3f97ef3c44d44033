package org.newskg.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Cytoscape.js elements JSON, with Jackson: {@code cytoscape({elements: json.elements})} shows the
 * graph in a web page, and Cytoscape (desktop) imports the same file as {@code .cyjs}. Node data holds
 * {@code id}, {@code label}, {@code name} (the label again: Cytoscape desktop labels nodes by
 * {@code name}), {@code type} and {@code iri}; edge data {@code id}, {@code source}, {@code target},
 * {@code relation}, {@code support} and {@code symmetric}.
 */
final class CytoscapeWriter implements GraphWriter {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            // The caller owns the stream (it may be stdout): flush, never close.
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    record Document(
            @JsonProperty("format_version") String formatVersion,
            @JsonProperty("generated_by") String generatedBy,
            @JsonProperty("target_cytoscapejs_version") String targetVersion,
            GraphData data,
            Elements elements) {}

    record GraphData(String name) {}

    record Elements(List<Element<NodeData>> nodes, List<Element<EdgeData>> edges) {}

    record Element<T>(T data) {}

    record NodeData(String id, String label, String name, String type, String iri) {}

    record EdgeData(String id, String source, String target, String relation, int support, boolean symmetric) {}

    @Override
    public void write(GraphView view, OutputStream out) throws IOException {
        List<Element<NodeData>> nodes = view.nodes().stream()
                .map(n -> new Element<>(new NodeData(n.id(), n.label(), n.label(), n.type(), n.iri())))
                .toList();
        List<Element<EdgeData>> edges = view.edges().stream()
                .map(e -> new Element<>(new EdgeData(e.id(), e.source(), e.target(), e.relation(), e.support(), e.symmetric())))
                .toList();
        // format_version and the rest are the header Cytoscape desktop writes and reads in .cyjs files.
        Document doc = new Document("1.0", "NewsKG", "~3.0", new GraphData("NewsKG"), new Elements(nodes, edges));
        JSON.writeValue(out, doc);
        out.flush();
    }
}
