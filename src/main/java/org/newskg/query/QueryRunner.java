package org.newskg.query;

import java.io.OutputStream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.newskg.rdf.CorpusGraphs;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.newskg.NewsKgException;
import org.newskg.store.GraphStore;

/** Runs SPARQL queries against the store's union graph (local or remote) and writes their results. */
public final class QueryRunner {
    private QueryRunner() {}

    /** NewsKG's prefixes (nkg, ent, rdf, rdfs, owl, xsd, skos, schema, prov, nif, wd, ...): a query may use them undeclared. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create().setNsPrefixes(CorpusGraphs.prefixes()).lock();

    /**
     * Parses a query; NewsKG's prefixes need no PREFIX lines (the query's own declarations win). A
     * syntax error names where it is (the source, line and column).
     */
    public static Query parse(String sparql, String source) {
        try {
            Query q = new Query();
            q.getPrologue().setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(PREFIXES));
            QueryFactory.parse(q, sparql, null, Syntax.syntaxARQ);
            return q;
        } catch (QueryParseException e) {
            throw new NewsKgException("syntax error in " + source + " at line " + e.getLine() + ", column "
                    + e.getColumn() + ": " + firstLine(e.getMessage()));
        }
    }

    /** Runs a SELECT query and returns its rows, rewindable. */
    public static ResultSetRewindable select(GraphStore store, Query query) {
        if (!query.isSelectType()) {
            throw new NewsKgException("expected a SELECT query, got " + query.queryType());
        }
        return store.query(query, qe -> ResultSetFactory.copyResults(qe.execSelect()));
    }

    /** Runs any query and writes its result in {@code format} (graphs from CONSTRUCT/DESCRIBE as Turtle). */
    public static void run(GraphStore store, Query query, ResultFormat format, OutputStream out) {
        store.query(query, qe -> {
            if (query.isSelectType()) {
                ResultSet rs = qe.execSelect();
                if (format == ResultFormat.TABLE) {
                    PlainTable.write(rs, out);
                } else {
                    ResultSetMgr.write(out, rs, format.lang());
                }
            } else if (query.isAskType()) {
                boolean b = qe.execAsk();
                if (format == ResultFormat.TABLE) {
                    new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8).println(b);
                } else {
                    ResultSetMgr.write(out, b, format.lang() == null ? ResultSetLang.RS_JSON : format.lang());
                }
            } else {
                Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                RDFDataMgr.write(out, m, Lang.TURTLE);
            }
            return null;
        });
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
