package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newskg.store.KgStore;

/**
 * Every RDF export parses back into what the store holds: the same dataset, graph by graph, for the
 * formats with named graphs; the same union graph for the others. Isomorphic, as Jena's IsoMatcher
 * checks it.
 */
class ExportRdfRoundTripTest {
    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TURTLE", "TRIG", "NQUADS", "NTRIPLES", "JSONLD", "RDFXML"})
    void parsesBackIsomorphic(ExportFormat format) {
        RdfWriter rdf = (RdfWriter) format.writer();
        try (KgStore store = ExportFixture.memoryStore()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String summary = Exporter.write(store, format, out);
            RDFParserBuilder parser = RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(rdf.lang());
            if (rdf.quads()) {
                DatasetGraph back = DatasetGraphFactory.createTxnMem();
                parser.parse(back);
                DatasetGraph stored = store.read(ds -> copyOfNamedGraphs(ds.asDatasetGraph()));
                assertTrue(IsoMatcher.isomorphic(stored, back), format + " did not parse back into the stored dataset");
                assertEquals(back.stream().count() + " quads", summary);
            } else {
                Graph back = GraphFactory.createDefaultGraph();
                parser.parse(back);
                Graph stored = store.read(ds -> copy(ds.getUnionModel().getGraph()));
                assertTrue(IsoMatcher.isomorphic(stored, back), format + " did not parse back into the stored union graph");
                assertEquals(back.size() + " triples", summary);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TURTLE", "TRIG"})
    void rdfFormatsRefuseViewOptions(ExportFormat format) {
        try (KgStore store = ExportFixture.memoryStore()) {
            GraphViewOptions full = GraphViewOptions.parse("full", null, null, null, false);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Exporter.write(store, format, full, new ByteArrayOutputStream()));
            assertTrue(e.getMessage().contains("apply to the graph formats (graphml, gexf, dot, cytoscape)"), e.getMessage());
        }
    }

    /** The store's named graphs in a plain in-memory dataset (the store's default graph is their union, not data). */
    private static DatasetGraph copyOfNamedGraphs(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        dsg.listGraphNodes().forEachRemaining(g -> dsg.getGraph(g).find().forEachRemaining(t -> copy.add(g, t.getSubject(), t.getPredicate(), t.getObject())));
        return copy;
    }

    private static Graph copy(Graph g) {
        Graph copy = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(copy::add);
        return copy;
    }
}
