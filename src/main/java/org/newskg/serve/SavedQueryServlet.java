package org.newskg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.server.Dispatcher;
import org.newskg.query.SavedQueries;
import org.newskg.query.SavedQuery;

/**
 * {@code GET /queries}: the saved queries as JSON (name, description from the file's leading comment,
 * the SPARQL text, and the URL that runs it). {@code GET /queries/NAME}: runs one. The run is handed
 * to Fuseki's own query service as if the request were {@code GET /newskg/query?query=TEXT}, so the
 * answer is exactly the endpoint's: content negotiation (Accept, or {@code ?format=json|xml|csv|tsv}),
 * the query timeout, status codes and error messages.
 */
final class SavedQueryServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient SavedQueries queries;
    private final String queryService;

    /**
     * @param queries      the saved queries; null for none
     * @param queryService the path of the Fuseki query service the runs are handed to, e.g. /newskg/query
     */
    SavedQueryServlet(SavedQueries queries, String queryService) {
        this.queries = queries;
        this.queryService = queryService;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) {
            list(req, resp);
            return;
        }
        String name = path.substring(1);
        Optional<SavedQuery> q = queries == null ? Optional.empty() : queries.find(name);
        if (q.isEmpty()) {
            notFound(resp, name);
            return;
        }
        boolean handled = Dispatcher.dispatch(new QueryRequest(req, queryService, q.get().sparql()), resp);
        if (!handled) {
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "the query service " + queryService + " is not there");
        }
    }

    private void list(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode items = root.putArray("queries");
        List<SavedQuery> all = queries == null ? List.of() : queries.list();
        String base = req.getContextPath() + "/queries/";
        for (SavedQuery q : all) {
            ObjectNode o = items.addObject();
            o.put("name", q.name());
            o.put("description", q.description());
            o.put("url", base + q.name());
            o.put("sparql", q.sparql());
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
