package org.newskg.serve;

import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newskg.query.SavedQueries;

/**
 * The SPARQL server: an embedded Apache Jena Fuseki over the graph, as dataset {@value #DATASET},
 * with NewsKG's saved queries at {@code /queries}, its web page at {@code /} and the ontology's terms
 * with example queries at {@code /vocabulary}.
 *
 * <pre>
 * try (KgServer server = KgServer.create().dataset(store.dataset()).port(0).build().start()) {
 *     URI endpoint = URI.create(server.url() + "newskg/sparql");
 * }
 * </pre>
 *
 * Safe by default: read-only (the Fuseki services {@code sparql}, {@code query}, {@code get} and a
 * read-only {@code data}), bound to 127.0.0.1, every query stopped after the timeout (30 s), no
 * SERVICE (federated queries would make the server fetch URLs for its clients), a saved query's
 * result cut after {@link #DEFAULT_MAX_ROWS} rows, and requests that Fuseki 6.0.0 would answer with
 * 500 answered with their 4xx ({@link RequestGuardFilter}).
 * {@link Builder#allowUpdate(Path)} adds {@code update} and a writable {@code data}, both behind
 * HTTP basic authentication with the users of a password file.
 */
public final class KgServer implements AutoCloseable {
    /** The dataset name, as in {@code http://host:port/newskg/sparql}. */
    public static final String DATASET = "/newskg";
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /**
     * The most rows a saved query ({@code /queries/NAME}, and so the web page) answers: more than a
     * person reads in a table or a browser draws quickly; the SPARQL endpoint has no such limit.
     */
    public static final int DEFAULT_MAX_ROWS = 10_000;
    /** The HTTP basic-auth realm of the update endpoints and the curation endpoint. */
    static final String REALM = "NewsKG";

    private final FusekiServer fuseki;
    private final String host;
    private final int requestedPort;
    private volatile boolean started;

    private KgServer(FusekiServer fuseki, String host, int requestedPort) {
        this.fuseki = fuseki;
        this.host = host;
        this.requestedPort = requestedPort;
    }

    public static Builder create() {
        return new Builder();
    }

    /**
     * Starts listening. A port in use or an address that cannot be bound is a {@link ServeException}
     * that says what to do, and leaves nothing running.
     */
    public KgServer start() {
        try {
            fuseki.start();
            started = true;
            return this;
        } catch (RuntimeException e) {
            stopQuietly();
            if (causedBy(e, BindException.class)) {
                throw new ServeException("port " + requestedPort + " is in use; stop the other server or pass --port", e);
            }
            throw new ServeException("cannot listen on " + host + ":" + requestedPort + ": " + rootMessage(e), e);
        }
    }

    /** The port listened on (the one chosen by the system when the builder was given 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    public String host() {
        return host;
    }

    /** The server's base URL, ending in '/'; a wildcard host is shown as 127.0.0.1. */
    public String url() {
        String h = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]") ? "127.0.0.1" : host;
        if (h.contains(":") && !h.startsWith("[")) {
            h = "[" + h + "]";
        }
        return "http://" + h + ":" + port() + "/";
    }

    /** The SPARQL query endpoint URL. */
    public String sparqlEndpoint() {
        return url() + DATASET.substring(1) + "/sparql";
    }

    /**
     * What is wrong with the saved queries in this folder, one message each (file, line, column), for
     * the server to print when it starts; the others are served all the same.
     */
    public static java.util.List<String> savedQueryProblems(SavedQueries queries) {
        return SavedQueryServlet.entries(queries).stream().flatMap(e -> e.error().stream()).toList();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    public void stop() {
        if (started) {
            started = false;
            fuseki.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void stopQuietly() {
        try {
            fuseki.getJettyServer().stop();
        } catch (Exception ignored) {
            // nothing was listening
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /** Sets up a {@link KgServer}; {@link #dataset} is the one required setting. */
    public static final class Builder {
        private Dataset dataset;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Duration timeout = DEFAULT_TIMEOUT;
        private Path passwordFile;
        private SavedQueries savedQueries;
        private int maxRows = DEFAULT_MAX_ROWS;
        private ServedCurations curations;

        private Builder() {}

        /** The graph to serve (the store's dataset, whose default graph is the union of the named graphs). */
        public Builder dataset(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** The address to listen on: 127.0.0.1 (default), another local address, or 0.0.0.0 for all. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port, 0 to 65535; 0 lets the system choose a free one (see {@link KgServer#port()}). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /** How long one query may run before it is stopped (HTTP 503); default 30 s. */
        public Builder queryTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the query timeout must be positive, not " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Allows SPARQL Update ({@code /newskg/update}) and Graph Store Protocol writes ({@code /newskg/data}),
         * for the users of this password file (Jetty's format: one {@code user: password} a line) who
         * log in with HTTP basic authentication.
         */
        public Builder allowUpdate(Path passwordFile) {
            this.passwordFile = Objects.requireNonNull(passwordFile, "passwordFile");
            return this;
        }

        /**
         * The most rows a saved query answers ({@value KgServer#DEFAULT_MAX_ROWS} by default); a longer
         * result is cut, with the header {@code NewsKG-Result-Truncated: true}.
         */
        public Builder maxRows(int maxRows) {
            if (maxRows <= 0) {
                throw new IllegalArgumentException("the row limit must be positive, not " + maxRows);
            }
            this.maxRows = maxRows;
            return this;
        }

        /**
         * Curations through the server ({@code /newskg/curate}, {@link CurateServlet}), by the logged-in
         * users of {@link #allowUpdate}; without them (or without allowUpdate) the server takes none.
         */
        public Builder curations(ServedCurations curations) {
            this.curations = curations;
            return this;
        }

        /** The saved queries served at {@code /queries}; none when not set. */
        public Builder savedQueries(SavedQueries savedQueries) {
            this.savedQueries = savedQueries;
            return this;
        }

        public KgServer build() {
            if (dataset == null) {
                throw new IllegalStateException("no dataset: call dataset(...) before build()");
            }
            DatasetGraph dsg = dataset.asDatasetGraph();
            // Fuseki reads the timeout from the dataset's context: "initial,overall" in milliseconds.
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            // No SERVICE: a query must not make the server fetch other URLs (on its network, for
            // anyone who can reach the endpoint). Such a query is answered 422 with the reason.
            dsg.getContext().set(ARQ.httpServiceAllowed, false);

            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    // Fuseki's query service, able to cut a saved query's rows (RowLimitQueryService).
                    .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new RowLimitQueryService())
                    .add(DATASET, services(dsg))
                    .enablePing(true)
                    .enableStats(true)
                    .enableCors(true)
                    // Requests Fuseki 6.0.0 would answer 500 are answered with their 4xx (RequestGuardFilter).
                    .addFilter("/*", new RequestGuardFilter())
                    .addServlet("/queries/*", new SavedQueryServlet(savedQueries, DATASET + "/query", maxRows))
                    .addServlet("", StaticServlet.page())
                    .addServlet("/index.html", StaticServlet.page())
                    // The ontology's terms with example queries (VocabularyServlet), a page without scripts.
                    .addServlet("/vocabulary", new VocabularyServlet(DATASET + "/sparql"))
                    // The prefixes and terms the page's SPARQL editor completes (VocabularyJsonServlet).
                    .addServlet("/ui/vocabulary.json", new VocabularyJsonServlet())
                    .addServlet("/ui/*", StaticServlet.web())
                    .addServlet("/webjars/*", StaticServlet.webjars());
            // The page's curations: read-only without allowUpdate; with it, writes by logged-in users.
            b.addServlet(DATASET + "/curate", new CurateServlet(passwordFile == null ? null : curations, REALM, passwordFile == null));
            if (passwordFile == null) {
                b.addServlet(DATASET + "/update", new ReadOnlyServlet());
            } else {
                if (!Files.isReadable(passwordFile)) {
                    throw new ServeException("cannot read the password file " + passwordFile
                            + "; give --password-file a file of 'user: password' lines");
                }
                b.passwordFile(passwordFile.toString()).auth(AuthScheme.BASIC).realm(REALM);
            }
            FusekiServer fuseki = b.build();
            for (Connector c : fuseki.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(host);
                }
            }
            return new KgServer(fuseki, host, port);
        }

        private DataService.Builder services(DatasetGraph dsg) {
            DataService.Builder s = DataService.newBuilder(dsg);
            if (passwordFile == null) {
                // Exactly Fuseki's read-only set: sparql, query, get, data (read) and the dataset URL itself.
                return s.withStdServices(false);
            }
            s.addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "get")
                    .addEndpoint(Operation.Query)
                    .addEndpoint(Operation.GSP_R)
                    .addEndpoint(Operation.Update, "update", Auth.ANY_USER)
                    .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
            return s;
        }
    }
}
