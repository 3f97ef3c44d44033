package org.newskg.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Fuseki's own SPARQL query service, which NewsKG registers in its place: every request is answered
 * exactly as Fuseki answers it, except a SELECT that {@link SavedQueryServlet} runs for
 * {@code /queries/NAME}, which it marks with a row limit (a request attribute, which no client can
 * set). Such a result is cut after that many rows, and two headers say so:
 * {@value #LIMIT_HEADER} (the limit) and {@value #TRUNCATED_HEADER} ({@code true} when rows were
 * left out, else {@code false}).
 *
 * <p>Fuseki itself has no result-size limit (only the timeout), so the SPARQL endpoint
 * ({@code /newskg/sparql}) returns every row, as the protocol expects; a client that wants fewer asks
 * with {@code LIMIT}. The rows of a limited result are read before the first byte is sent, so the
 * headers can tell whether it was cut; a timeout while reading them is a 503, as for any query.
 */
final class RowLimitQueryService extends SPARQL_QueryDataset {
    /** Request attribute: the most rows a SELECT may answer (an Integer). */
    static final String MAX_ROWS = RowLimitQueryService.class.getName() + ".maxRows";
    /** Response header: {@code true} when the result was cut at the limit, {@code false} when complete. */
    static final String TRUNCATED_HEADER = "NewsKG-Result-Truncated";
    /** Response header: the row limit that applied. */
    static final String LIMIT_HEADER = "NewsKG-Result-Limit";

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        Object limit = action.getRequest().getAttribute(MAX_ROWS);
        if (!(limit instanceof Integer max) || !requestQuery.isSelectType()) {
            return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        }
        RowSet rows = queryExec.select();
        List<Binding> kept = new ArrayList<>(Math.min(max, 1024) + 1);
        while (kept.size() <= max && rows.hasNext()) {
            kept.add(rows.next());
        }
        boolean truncated = kept.size() > max;
        if (truncated) {
            kept.remove(kept.size() - 1);
        }
        action.getResponse().setHeader(LIMIT_HEADER, Integer.toString(max));
        action.getResponse().setHeader(TRUNCATED_HEADER, Boolean.toString(truncated));
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
    }
}
