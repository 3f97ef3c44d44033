package org.newskg.serve;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.newskg.NewsKgException;
import org.newskg.build.BuildReport;
import org.newskg.curate.Curation;
import org.newskg.rdf.NKG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /newskg/curate}: the page's corrections ({@link ServedCurations}), JSON in and out.
 * <ul>
 * <li>{@code GET}: whether this server takes curations ({@code allowed}), who the request is logged in
 *     as ({@code user}, null when it sends no credentials) and the store's curations. Anyone may read it.
 * <li>{@code POST {action: merge|split|reject|assert|rename|retype|link, subject, relation?, object?, value?, why?}}
 *     (entities by IRI): only with {@code --allow-update}, and only from a user of the password file
 *     logged in with HTTP basic authentication (the realm of Fuseki's update endpoints). Answers what
 *     was done: the curation in words and what the rebuild changed. A request the graph cannot take
 *     (an unknown entity, relation or type) is 400 with one line in {@code error}, and changes nothing;
 *     no login is 401, a read-only server 403.
 * <li>{@code DELETE ?n=N}: drops curation N and rebuilds the graph without it; the same rules as POST,
 *     and the same answer (the curation dropped, what the rebuild changed); an unknown N is 400.
 * </ul>
 * A 401 carries the basic-auth challenge, except to the page (header {@code X-NewsKG-Page}), which asks
 * for the user name and password in its own form rather than the browser's dialog.
 */
final class CurateServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CurateServlet.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String READ_ONLY = "This NewsKG server is read-only: it takes no curations. Start it with "
            + "'newskg serve --allow-update --password-file FILE' to let logged-in users curate the graph.";

    /** Null on a read-only server (or one built without them). */
    private final transient ServedCurations curations;
    private final String realm;
    /** Why this server takes no curations, when it does not. */
    private final String refusal;

    CurateServlet(ServedCurations curations, String realm, boolean readOnly) {
        this.curations = curations;
        this.realm = realm;
        this.refusal = readOnly ? READ_ONLY : "This NewsKG server takes no curations: it serves a store without its build (only 'newskg serve'"
                + " curates).";
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ObjectNode out = JSON.createObjectNode();
        out.put("allowed", curations != null);
        if (curations == null) {
            // 200, not an error: the page asks whether to offer curation, and a read-only server says no.
            out.put("message", refusal);
            send(resp, 200, out);
            return;
        }
        out.put("user", req.getRemoteUser());
        ArrayNode list = out.putArray("curations");
        for (ServedCurations.Listed l : curations.list()) {
            ObjectNode c = describe(l.curation());
            l.idle().ifPresent(why -> c.put("idle", why));
            list.add(c);
        }
        send(resp, 200, out);
    }

    /** The logged-in user who may curate, or null once the refusal (403, 401) is sent. */
    private String curator(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (curations == null) {
            error(resp, 403, refusal);
            return null;
        }
        String user = req.getRemoteUser();
        if (user == null) {
            if (req.getHeader("X-NewsKG-Page") == null) {
                resp.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
            }
            error(resp, 401, req.getHeader("Authorization") == null ? "log in to curate: a user name and password of the server's password file"
                    : "wrong user name or password; nothing was changed");
        }
        return user;
    }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String user = curator(req, resp);
        if (user == null) {
            return;
        }
        int n;
        try {
            n = Integer.parseInt(String.valueOf(req.getParameter("n")).strip().replaceFirst("^#", ""));
        } catch (NumberFormatException e) {
            error(resp, 400, "give the curation's number: DELETE /newskg/curate?n=N; nothing was changed");
            return;
        }
        perform(resp, () -> curations.drop(n, user), "dropped", made -> "Dropped curation #" + n + ": " + made.curation().describe());
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String user = curator(req, resp);
        if (user == null) {
            return;
        }
        JsonNode in;
        try {
            in = JSON.readTree(req.getInputStream());
        } catch (JacksonException e) {
            error(resp, 400, "the request is not JSON: " + e.getOriginalMessage() + "; nothing was changed");
            return;
        }
        if (in == null || !in.isObject()) {
            error(resp, 400, "send a JSON object: {action, subject, relation, object, value, why}; nothing was changed");
            return;
        }
        ServedCurations.Request r = new ServedCurations.Request(field(in, "action"), field(in, "subject"), field(in, "relation"),
                field(in, "object"), field(in, "value"), field(in, "why"));
        perform(resp, () -> curations.add(r, user), "applied", made -> "Curation #" + made.curation().sequence() + ": " + made.curation().describe());
    }

    /**
     * Runs a curation or a drop and answers what it did; a refusal is 400, a failure 500 (both with
     * nothing changed: ServedCurations puts the curations back).
     */
    private static void perform(HttpServletResponse resp, java.util.function.Supplier<ServedCurations.Made> action, String verb,
                                java.util.function.Function<ServedCurations.Made, String> done) throws IOException {
        ServedCurations.Made made;
        try {
            made = action.get();
        } catch (ServedCurations.Refused e) {
            error(resp, 400, e.getMessage());
            return;
        } catch (NewsKgException e) {
            LOG.warn("a curation could not be " + verb, e);
            error(resp, 500, "the curation could not be " + verb + ": " + e.getMessage() + "; nothing was changed");
            return;
        }
        send(resp, 200, answer(done.apply(made), made));
    }

    /** What was done, in words, and what the rebuild changed. */
    private static ObjectNode answer(String done, ServedCurations.Made made) {
        Curation c = made.curation();
        BuildReport b = made.report();
        ObjectNode out = JSON.createObjectNode();
        out.put("done", done);
        out.set("curation", describe(c));
        // The entity to show afterwards: the one kept by a merge, the one curated otherwise.
        out.put("entity", NKG.entityIri(c.subject().slug()));
        out.put("changes", b.change().map(ch -> "change #" + ch.sequence() + ": " + ch.summary())
                .orElse("the graph is rebuilt; its history records no change"));
        if (b.change().isPresent()) {
            out.put("change", b.change().get().sequence());
        }
        out.put("entities", b.entities());
        out.put("facts", b.facts());
        ArrayNode idle = out.putArray("idle");
        b.curations().idle().forEach(idle::add);
        return out;
    }

    private static ObjectNode describe(Curation c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("sequence", c.sequence());
        o.put("action", c.action().localName().toLowerCase(java.util.Locale.ROOT));
        o.put("words", c.describe());
        o.put("subject", NKG.entityIri(c.subject().slug()));
        c.relation().ifPresent(r -> o.put("relation", r.localName()));
        c.object().ifPresent(x -> o.put("object", x.isValue() ? x.label() : NKG.entityIri(x.slug())));
        c.value().ifPresent(v -> o.put("value", v));
        o.put("curator", c.curator());
        o.put("when", c.when().toString());
        o.put("why", c.why());
        return o;
    }

    private static String field(JsonNode in, String name) {
        JsonNode v = in.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static void error(HttpServletResponse resp, int status, String message) throws IOException {
        ObjectNode out = JSON.createObjectNode();
        out.put("error", message);
        send(resp, status, out);
    }

    private static void send(HttpServletResponse resp, int status, ObjectNode body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        JSON.writeValue(resp.getWriter(), body);
    }
}
