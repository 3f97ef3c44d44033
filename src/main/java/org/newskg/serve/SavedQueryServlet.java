package org.newskg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.fuseki.server.Dispatcher;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.newskg.NewsKgException;
import org.newskg.query.SavedQueries;
import org.newskg.query.SavedQuery;

/**
 * {@code GET /queries}: the saved queries as JSON (name, description from the file's leading comment,
 * the SPARQL text, and the URL that runs it; and for a query that does not parse, the error with the
 * file, line and column), with the row limit as {@code maxRows}. {@code GET /queries/NAME}: runs one.
 * The run is handed to Fuseki's own query service as if the request were
 * {@code GET /newskg/query?query=TEXT}, so the answer is exactly the endpoint's: content negotiation
 * (Accept, or {@code ?format=json|xml|csv|tsv}), the query timeout, status codes and error messages;
 * except that a SELECT answers at most {@code maxRows} rows, with headers that say whether it was cut
 * ({@link RowLimitQueryService}).
 *
 * <p>A saved query with a syntax error answers 500 with a message that names its file, line and
 * column (the fault is the server's, not the request's); the other saved queries are served as usual.
 */
final class SavedQueryServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient SavedQueries queries;
    private final String queryService;
    private final int maxRows;

    /**
     * @param queries      the saved queries; null for none
     * @param queryService the path of the Fuseki query service the runs are handed to, e.g. /newskg/query
     * @param maxRows      the most rows a saved SELECT query answers
     */
    SavedQueryServlet(SavedQueries queries, String queryService, int maxRows) {
        this.queries = queries;
        this.queryService = queryService;
        this.maxRows = maxRows;
    }

    /**
     * A saved query as read for serving: the query, or why it cannot be run (a syntax error, with the
     * file, line and column; a file that cannot be read).
     */
    record Entry(String name, String file, Optional<SavedQuery> query, Optional<String> error) {}

    /** Every saved query, each read and parsed on its own, so that one bad file spoils no other. */
    static List<Entry> entries(SavedQueries queries) {
        if (queries == null || !Files.isDirectory(queries.folder())) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(queries.folder())) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".rq") && !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the saved queries in " + queries.folder(), e);
        }
        List<Entry> out = new ArrayList<>();
        for (Path f : files) {
            out.add(entry(queries, f));
        }
        return out;
    }

    private static Entry entry(SavedQueries queries, Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        String shown = queries.folder().getFileName() + "/" + file.getFileName();    // never the server's full path
        try {
            SavedQuery q = SavedQueries.read(file);
            return new Entry(name, shown, Optional.of(q), syntaxError(q.sparql(), shown));
        } catch (NewsKgException | UncheckedIOException e) {
            return new Entry(name, shown, Optional.empty(), Optional.of("cannot read " + shown + ": "
                    + (e.getCause() != null ? e.getCause().getClass().getSimpleName() : e.getMessage())));
        }
    }

    private static final Pattern POSITION = Pattern.compile("at line (\\d+), column (\\d+)");

    /**
     * Why Fuseki would refuse this query text (it parses with ARQ's syntax), with the line and column
     * of the first token it cannot take, or empty when it parses.
     */
    static Optional<String> syntaxError(String sparql, String source) {
        try {
            QueryFactory.create(sparql, Syntax.syntaxARQ);
            return Optional.empty();
        } catch (QueryParseException e) {
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
            // Jena's own line and column are those of the last token read; its message names the bad one.
            Matcher m = POSITION.matcher(message);
            String where = m.find() ? "line " + m.group(1) + ", column " + m.group(2)
                    : "line " + e.getLine() + ", column " + e.getColumn();
            return Optional.of("syntax error in " + source + " at " + where + ": " + message);
        }
    }

    /** The saved query of this name, if there is a file for it (whether or not it parses). */
    private Optional<Entry> find(String name) {
        if (queries == null || !name.matches("[A-Za-z0-9_.-]+") || name.startsWith(".")) {
            return Optional.empty();    // a name, not a path: nothing outside queries/ is read
        }
        Path f = queries.folder().resolve(name + ".rq");
        return Files.isRegularFile(f) ? Optional.of(entry(queries, f)) : Optional.empty();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) {
            list(req, resp);
            return;
        }
        String name = path.substring(1);
        Optional<Entry> q = find(name);
        if (q.isEmpty()) {
            notFound(resp, name);
            return;
        }
        if (q.get().error().isPresent()) {
            resp.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            resp.setContentType("text/plain");
            resp.setCharacterEncoding("UTF-8");
            resp.getWriter().println("The saved query '" + name + "' cannot be run: " + q.get().error().get()
                    + ". Fix the file; the other saved queries are served (GET /queries lists them).");
            return;
        }
        QueryRequest run = new QueryRequest(req, queryService, q.get().query().orElseThrow().sparql());
        run.setAttribute(RowLimitQueryService.MAX_ROWS, maxRows);
        boolean handled = Dispatcher.dispatch(run, resp);
        if (!handled) {
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "the query service " + queryService + " is not there");
        }
    }

    private void list(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("maxRows", maxRows);
        ArrayNode items = root.putArray("queries");
        String base = req.getContextPath() + "/queries/";
        for (Entry e : entries(queries)) {
            ObjectNode o = items.addObject();
            o.put("name", e.name());
            o.put("description", e.query().map(SavedQuery::description).orElse(""));
            o.put("url", base + e.name());
            o.put("sparql", e.query().map(SavedQuery::sparql).orElse(""));
            e.error().ifPresent(m -> o.put("error", m));
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-cache");
        JSON.writerWithDefaultPrettyPrinter().writeValue(resp.getOutputStream(), root);
    }

    private static void notFound(HttpServletResponse resp, String name) throws IOException {
        resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        String shown = name.length() > 80 ? name.substring(0, 80) + "..." : name;
        resp.getWriter().println("No saved query '" + shown.replaceAll("[^\\x20-\\x7E]", "?")
                + "'; GET /queries lists them.");
    }

    /**
     * The request as Fuseki's query service sees it: same headers and parameters (format, timeout,
     * default-graph-uri, ...), at the query service's path, with {@code query} set to the saved text.
     */
    static final class QueryRequest extends HttpServletRequestWrapper {
        private final String path;
        private final Map<String, String[]> params = new LinkedHashMap<>();
        private final String queryString;

        QueryRequest(HttpServletRequest req, String path, String sparql) {
            super(req);
            this.path = path;
            params.put("query", new String[] {sparql});
            req.getParameterMap().forEach((k, v) -> {
                if (!k.equals("query")) {
                    params.put(k, v.clone());
                }
            });
            queryString = params.entrySet().stream()
                    .flatMap(e -> java.util.Arrays.stream(e.getValue()).map(v -> enc(e.getKey()) + "=" + enc(v)))
                    .collect(Collectors.joining("&"));
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }

        @Override
        public String getRequestURI() {
            return getContextPath() + path;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer();
            url.append(getScheme()).append("://").append(getServerName()).append(':').append(getServerPort())
                    .append(getRequestURI());
            return url;
        }

        @Override
        public String getServletPath() {
            return path;
        }

        @Override
        public String getPathInfo() {
            return null;
        }

        @Override
        public String getQueryString() {
            return queryString;
        }

        @Override
        public String getParameter(String name) {
            String[] v = params.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(params);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(params.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] v = params.get(name);
            return v == null ? null : v.clone();
        }
    }
}
