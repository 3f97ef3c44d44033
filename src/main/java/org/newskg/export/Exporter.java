package org.newskg.export;

import java.io.OutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.newskg.rdf.CorpusGraphs;
import org.newskg.store.KgStore;

/** Writes the stored graph in an RDF format, with Jena RIOT. */
public final class Exporter {
    private Exporter() {}

    public static void write(KgStore store, ExportFormat format, OutputStream out) {
        store.read(ds -> {
            if (format.quads()) {
                RDFDataMgr.write(out, ds, format.lang());
            } else {
                // A copy, so the prefixes can be set without writing to the store.
                Model union = ModelFactory.createDefaultModel().setNsPrefixes(CorpusGraphs.prefixes());
                union.add(ds.getUnionModel());
                RDFDataMgr.write(out, union, format.lang());
            }
            return null;
        });
    }
}
