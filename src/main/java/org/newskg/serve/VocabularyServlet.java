package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.newskg.query.QueryRunner;
import org.newskg.query.Vocabulary;
import org.newskg.query.Vocabulary.Kind;
import org.newskg.query.Vocabulary.Term;

/**
 * {@code /vocabulary}: the ontology's classes, relations and values, each with its label, comment,
 * domain, range and an example query ({@link Vocabulary}), as one HTML page without scripts. Made from
 * {@code ontology/newskg.ttl} on the first request and kept. Each example links to the SPARQL endpoint
 * with the query and the PREFIX lines the endpoint needs (Fuseki knows no prefixes of its own), as a
 * text table.
 */
final class VocabularyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'self'";
    private static final String STYLE = """
            body { font: 15px/1.45 system-ui, sans-serif; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; color: #212529; }
            h1 { margin-bottom: .2rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #dee2e6; }
            section.term { margin: 1.2rem 0; } h3 { margin: 0 0 .2rem; font-size: 1.05rem; }
            h3 .label { font-weight: normal; color: #495057; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 .8rem; margin: .3rem 0; }
            dt { color: #6c757d; } dd { margin: 0; }
            pre { background: #f8f9fa; border: 1px solid #e9ecef; padding: .5rem .7rem; overflow-x: auto; margin: .3rem 0; }
            code { font-family: ui-monospace, monospace; font-size: .9em; }
            nav a, .toc a { margin-right: .6rem; } .toc { columns: 3 14rem; } .toc li { list-style: none; }
            table { border-collapse: collapse; } td { padding: .1rem .8rem .1rem 0; }
            """;

    private final String endpoint;
    private transient volatile String page;

    /** The page, whose examples link to the query endpoint at {@code endpoint} (e.g. "/newskg/sparql"). */
    VocabularyServlet(String endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String html = page;
        if (html == null) {
            html = render(Vocabulary.load(), endpoint);
            page = html;
        }
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "no-cache");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    /** The whole page. */
    static String render(Vocabulary vocabulary, String endpoint) {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>NewsKG vocabulary</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        b.append("<nav><a href=\"/\">NewsKG</a></nav>\n<h1>The NewsKG vocabulary</h1>\n");
        b.append("<p>The classes and relations of the NewsKG ontology (<code>ontology/newskg.ttl</code>), each with a query to start from. ")
                .append("<code>newskg query --sparql '…'</code> and the page's query editor know these prefixes, so the examples need no ")
                .append("<code>PREFIX</code> lines; the SPARQL endpoint <code>").append(esc(endpoint)).append("</code> does not, so the ")
                .append("“run” links add them.</p>\n");
        b.append("<table class=\"prefixes\">\n");
        Map<String, String> prefixes = new TreeMap<>(QueryRunner.PREFIXES.getNsPrefixMap());
        prefixes.forEach((p, iri) -> b.append("<tr><td><code>").append(esc(p)).append(":</code></td><td><code>")
                .append(esc(iri)).append("</code></td></tr>\n"));
        b.append("</table>\n");
        b.append("<ul class=\"toc\">\n");
        for (Kind kind : Kind.values()) {
            b.append("<li><strong><a href=\"#").append(kind.name().toLowerCase()).append("\">").append(kind.heading()).append("</a></strong></li>\n");
            for (Term t : vocabulary.terms(kind)) {
                b.append("<li><a href=\"#").append(esc(t.localName())).append("\">").append(esc(t.curie())).append("</a></li>\n");
            }
        }
        b.append("</ul>\n");
        for (Kind kind : Kind.values()) {
            b.append("<h2 id=\"").append(kind.name().toLowerCase()).append("\">").append(kind.heading()).append("</h2>\n");
            b.append("<p>").append(switch (kind) {
                case CLASS -> "What things are: <code>?x a nkg:Person</code>.";
                case OBJECT_PROPERTY -> "Links between two things: <code>?person nkg:leaderOf ?country</code>. "
                        + "An article's facts are in its own graph, so <code>GRAPH ?article { … }</code> tells who states what.";
                case DATATYPE_PROPERTY -> "Values such as a title, a date, a number or a text: <code>?person nkg:holdsTitle ?title</code>.";
            }).append("</p>\n");
            for (Term t : vocabulary.terms(kind)) {
                term(b, t, endpoint);
            }
        }
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static void term(StringBuilder b, Term t, String endpoint) {
        b.append("<section class=\"term\" id=\"").append(esc(t.localName())).append("\" data-term=\"").append(esc(t.curie()))
                .append("\" data-kind=\"").append(t.kind().name().toLowerCase()).append("\">\n");
        b.append("<h3><code>").append(esc(t.curie())).append("</code> <span class=\"label\">").append(esc(t.label())).append("</span></h3>\n");
        if (!t.comment().isEmpty()) {
            b.append("<p>").append(esc(t.comment())).append("</p>\n");
        }
        b.append("<dl>\n");
        if (t.kind() != Kind.CLASS) {
            b.append("<dt>domain</dt><dd class=\"domain\">").append(t.domain().isEmpty() ? "any" : "<code>" + esc(t.domain()) + "</code>").append("</dd>\n");
            b.append("<dt>range</dt><dd class=\"range\">").append(t.range().isEmpty() ? "any" : "<code>" + esc(t.range()) + "</code>").append("</dd>\n");
        }
        if (!t.values().isEmpty()) {
            b.append("<dt>values</dt><dd><code>").append(esc(String.join(", ", t.values()))).append("</code></dd>\n");
        }
        b.append("<dt>IRI</dt><dd><code>").append(esc(t.iri())).append("</code></dd>\n</dl>\n");
        b.append("<pre class=\"example\"><code>").append(esc(t.example())).append("</code></pre>\n");
        b.append("<p><a class=\"run\" href=\"").append(esc(runLink(endpoint, t.example()))).append("\">run it on the endpoint</a></p>\n");
        b.append("</section>\n");
    }

    /** The endpoint's URL for the query with NewsKG's PREFIX lines, answered as a text table. */
    static String runLink(String endpoint, String query) {
        StringBuilder q = new StringBuilder();
        new TreeMap<>(QueryRunner.PREFIXES.getNsPrefixMap()).forEach((p, iri) -> q.append("PREFIX ").append(p).append(": <").append(iri).append(">\n"));
        q.append(query);
        return endpoint + "?query=" + URLEncoder.encode(q.toString(), StandardCharsets.UTF_8) + "&format=text";
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
