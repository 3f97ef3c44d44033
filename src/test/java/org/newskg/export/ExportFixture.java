package org.newskg.export;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;

/**
 * The export tests' graph: {@code src/test/resources/export/small-graph.trig} (invented names; what it
 * holds is listed at its top), loaded into a store as {@code newskg build} would leave it. No CoreNLP.
 */
public final class ExportFixture {
    static final String TRIG = "/export/small-graph.trig";

    // The figures the fixture's header comment promises.
    static final int ENTITIES = 11;
    /** The entities in a fact: all but Silver Lake, which the export's defaults leave out. */
    static final int LINKED_ENTITIES = ENTITIES - 1;
    static final int ENTITY_FACTS = 8;
    static final int FULL_NODES = 16;
    static final int FULL_EDGES = 27;

    private ExportFixture() {}

    /** The fixture's graphs by graph IRI, as {@code CorpusGraphs.of} would give them. */
    public static Map<String, Model> graphs() {
        Dataset ds = DatasetFactory.create();
        try (InputStream in = ExportFixture.class.getResourceAsStream(TRIG)) {
            RDFParser.source(in).lang(Lang.TRIG).parse(ds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Model> graphs = new LinkedHashMap<>();
        ds.listModelNames().forEachRemaining(r -> graphs.put(r.getURI(), ds.getNamedModel(r)));
        return graphs;
    }

    /** An in-memory store holding the fixture (TDB2 in memory, union default graph, like on disk). */
    static KgStore memoryStore() {
        KgStore store = KgStore.open(StoreSpec.memory());
        store.replaceAll(graphs());
        return store;
    }

    /** The fixture written in a graph format, with these options. */
    static String export(ExportFormat format, GraphViewOptions options) {
        try (KgStore store = memoryStore()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporter.write(store, format, options, out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /** The fixture written in a graph format with the export's defaults (isolated nodes left out). */
    static String export(ExportFormat format) {
        return export(format, GraphViewOptions.DEFAULT);
    }
}
