package org.newskg.export;

import java.io.OutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.newskg.rdf.CorpusGraphs;

/**
 * Writes the stored RDF with Jena RIOT.
 *
 * @param lang  the RIOT language
 * @param quads whether the format keeps named graphs: then the whole dataset is written (one graph per
 *              article), else the union graph
 */
public record RdfWriter(Lang lang, boolean quads) implements FormatWriter {
    /** Writes the dataset; the caller holds a read transaction. Returns what was written, for the summary. */
    String write(Dataset ds, OutputStream out) {
        if (quads) {
            RDFDataMgr.write(out, ds, lang);
            return ds.asDatasetGraph().stream().count() + " quads";
        }
        // A copy, so the prefixes can be set without writing to the store.
        Model union = ModelFactory.createDefaultModel().setNsPrefixes(CorpusGraphs.prefixes());
        union.add(ds.getUnionModel());
        RDFDataMgr.write(out, union, lang);
        return union.size() + " triples";
    }
}
