package org.newskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.newskg.rdf.NKG;

/**
 * A SPARQL 1.1 store over HTTP (Fuseki, GraphDB, Virtuoso, Neptune, ...): graphs are written with the
 * Graph Store Protocol, one PUT per graph (so a rebuild replaces a graph, never duplicates it), and
 * everything is read with SPARQL queries. Only NewsKG's graphs (IRIs under {@value NKG#DATA}) are
 * listed, replaced or dropped: a store shared with other data keeps that data.
 *
 * <p>The store must answer queries on its default graph with the union of its named graphs, as NewsKG's
 * own store does (GraphDB, Virtuoso and Neptune do by default; Fuseki with {@code tdb2:unionDefaultGraph
 * true}); {@link #connect} checks this and says how to set it.
 *
 * <p>There is no transaction across requests: each PUT or DELETE is atomic in the store, so a build
 * stopped midway leaves every graph whole (old or new), and the next build finishes the job.
 */
public final class RemoteStore implements GraphStore {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);
    /** N-Triples: every SPARQL 1.1 store reads it, and it streams without prefix handling. */
    private static final RDFFormat UPLOAD = RDFFormat.NTRIPLES;
    private static final String OURS = "FILTER(STRSTARTS(STR(?g), \"" + NKG.DATA + "\"))";

    private final StoreSpec spec;
    private final HttpClient http;
    private final String authorization;

    private RemoteStore(StoreSpec spec) {
        this.spec = spec;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        // Sent with every request (preemptive basic authentication): a challenge first would send each
        // PUT's body twice.
        this.authorization = spec.credentials().map(c -> "Basic " + Base64.getEncoder().encodeToString(
                (c.user() + ":" + c.password()).getBytes(StandardCharsets.UTF_8))).orElse(null);
    }

    /**
     * Connects and checks that the endpoint answers SPARQL (reachable, credentials accepted), and that
     * its default graph is the union of the named graphs.
     */
    public static RemoteStore connect(StoreSpec spec) {
        if (spec.kind() != StoreSpec.Kind.REMOTE) {
            throw new IllegalArgumentException("not a remote store: " + spec);
        }
        RemoteStore store = new RemoteStore(spec);
        store.query(QueryFactory.create("ASK {}"), QueryExecution::execAsk);
        store.checkUnionDefaultGraph();
        return store;
    }

    private void checkUnionDefaultGraph() {
        Query probe = QueryFactory.create("SELECT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } " + OURS + " } LIMIT 1");
        QuerySolution row = query(probe, qe -> {
            ResultSet rs = qe.execSelect();
            return rs.hasNext() ? rs.next() : null;
        });
        if (row == null) {
            return;    // nothing of NewsKG's stored yet: nothing to see
        }
        ParameterizedSparqlString inDefault = new ParameterizedSparqlString("ASK { ?s ?p ?o }");
        inDefault.setParam("s", row.get("s"));
        inDefault.setParam("p", row.get("p"));
        inDefault.setParam("o", row.get("o"));
        if (!query(inDefault.asQuery(), QueryExecution::execAsk)) {
            throw new StoreException("the store at " + spec.endpoint() + " does not show its named graphs in its default"
                    + " graph, and NewsKG's queries read that union; set it in the store (Fuseki: tdb2:unionDefaultGraph"
                    + " true in the dataset's configuration; GraphDB, Virtuoso and Neptune do it by default)");
        }
    }

    @Override
    public StoreSpec spec() {
        return spec;
    }

    @Override
    public <T> T query(Query query, Function<QueryExecution, T> action) {
        QueryExecutionHTTPBuilder b = QueryExecutionHTTP.service(spec.endpoint().toString()).httpClient(http)
                .query(query).sendMode(QuerySendMode.asPostForm);    // long queries do not fit in a URL
        if (authorization != null) {
            b.httpHeader("Authorization", authorization);
        }
        try (QueryExecution qe = b.build()) {
            return action.apply(qe);
        } catch (QueryExceptionHTTP e) {
            throw failure("a query", false, e.getStatusCode(), e.getResponse(), e);
        } catch (HttpException e) {
            throw failure("a query", false, e.getStatusCode(), e.getResponse(), e);
        }
    }

    /** Reads NewsKG's graphs with one SELECT (plain SPARQL 1.1, which every store answers) into memory. */
    @Override
    public <T> T read(Function<Dataset, T> action) {
        KgStore copy = KgStore.open(StoreSpec.memory());
        try (copy) {
            Query all = QueryFactory.create("SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } " + OURS + " }");
            copy.write(ds -> query(all, qe -> {
                DatasetGraph dsg = ds.asDatasetGraph();
                qe.execSelect().forEachRemaining(r -> dsg.add(r.get("g").asNode(), r.get("s").asNode(),
                        r.get("p").asNode(), r.get("o").asNode()));
                return null;
            }));
            return copy.read(action);
        }
    }

    /**
     * PUTs every given graph (the entities graph and the articles, in the order given) and DELETEs
     * NewsKG's graphs that are not given, then the record's graphs. Every graph is sent: comparing
     * with the stored graph would mean reading it back, as costly as writing it. {@code batchSize}
     * does not apply: each request is its own transaction in the store.
     */
    @Override
    public GraphUpdate update(GraphSource given, int batchSize, UpdateRecord record) {
        List<String> drop = new ArrayList<>(graphNames());
        record.before(java.util.Optional.empty(), this::select);
        java.util.Set<String> written = new java.util.HashSet<>();
        given.each((name, m) -> {
            put(name, m);
            written.add(name);
        });
        drop.removeAll(written);
        drop.removeIf(NKG::isKept);    // the store's history and curations are not the articles'
        drop.forEach(this::delete);
        Map<String, Model> history = record.after(this::select);
        history.forEach(this::put);
        return new GraphUpdate(written.size() + history.size(), 0, drop.size(), written.size() + drop.size() + history.size());
    }

    private void select(Query q, java.util.function.Consumer<org.apache.jena.query.QuerySolution> row) {
        query(q, qe -> {
            qe.execSelect().forEachRemaining(row);
            return null;
        });
    }

    private void put(String name, Model graph) {
        try {
            gsp().graphName(name).PUT(graph.getGraph());
        } catch (HttpException e) {
            throw failure("writing graph " + name, true, e.getStatusCode(), e.getResponse(), e);
        }
    }

    @Override
    public void replaceGraph(String name, Model graph) {
        put(name, graph);
    }

    /**
     * A Graph Store Protocol DELETE, sent here rather than by Jena's {@code GSP.DELETE()}, which in Jena
     * 6.0.0 leaves out the request's headers (so the store sees no credentials).
     */
    private void delete(String graph) {
        String base = spec.graphStore().toString();
        URI uri = URI.create(base + (base.contains("?") ? "&" : "?") + "graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8));
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).DELETE().timeout(REQUEST_TIMEOUT);
        if (authorization != null) {
            req.header("Authorization", authorization);
        }
        HttpResponse<String> r;
        try {
            r = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw failure("dropping graph " + graph, true, -1, null, new UncheckedIOException(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while dropping graph " + graph, e);
        }
        // 404: already gone, which is what was wanted.
        if (r.statusCode() / 100 != 2 && r.statusCode() != 404) {
            throw failure("dropping graph " + graph, true, r.statusCode(), r.body(), new HttpException(r.statusCode(), r.body()));
        }
    }

    private GSP gsp() {
        GSP gsp = GSP.service(spec.graphStore().toString()).httpClient(http).contentType(UPLOAD);
        if (authorization != null) {
            gsp.httpHeader("Authorization", authorization);
        }
        return gsp;
    }

    @Override
    public List<String> graphNames() {
        Query q = QueryFactory.create("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } " + OURS + " } ORDER BY ?g");
        return query(q, qe -> {
            List<String> names = new ArrayList<>();
            qe.execSelect().forEachRemaining(r -> names.add(r.get("g").asNode().getURI()));
            return names;
        });
    }

    /** One line that says what failed and what to do, by the HTTP status or the network error. */
    private StoreException failure(String what, boolean write, int status, String response, RuntimeException e) {
        String where = spec.endpoint().toString();
        String hint = switch (status) {
            case 401 -> spec.credentials().isPresent()
                    ? "the store refused the user name and password; check them"
                    : "the store wants a user name and password: set " + Credentials.USER_VARIABLE + " and "
                            + Credentials.PASSWORD_VARIABLE + ", or give --store-credentials FILE";
            case 403 -> "the store's user may not do this; give a user allowed to write (or read)";
            case 404, 405 -> write
                    ? "the endpoint does not take Graph Store Protocol writes (HTTP " + status + "); is the store"
                            + " read-only, or is --store-gsp needed (GraphDB: REPOSITORY/rdf-graphs/service, Virtuoso:"
                            + " /sparql-graph-crud-auth)?"
                    : "no SPARQL endpoint there (HTTP " + status + "); give the dataset's URL, e.g."
                            + " http://localhost:3030/newskg";
            default -> status > 0 ? "HTTP " + status + (response == null ? "" : ": " + firstLine(response)) : networkHint(e);
        };
        return new StoreException(what + " at " + where + " failed: " + hint, e);
    }

    private static String networkHint(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
                return "cannot connect; is the store running, and is the URL right?";
            }
            if (t instanceof HttpTimeoutException) {
                return "the store did not answer in time";
            }
            if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return "unknown host; check the URL";
            }
        }
        return String.valueOf(e.getMessage());
    }

    private static String firstLine(String s) {
        String l = s.lines().map(String::strip).filter(x -> !x.isEmpty()).findFirst().orElse("");
        return l.length() > 200 ? l.substring(0, 200) + "..." : l;
    }

    @Override
    public void close() {
        http.close();
    }
}
