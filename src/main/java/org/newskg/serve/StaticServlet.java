package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Serves the web page and its assets from the classpath, never from the file system: the page's own
 * files from {@code web/} and the libraries from their WebJars ({@code /webjars/NAME/PATH}, without the
 * version, which is read from the WebJar). Only names made of letters, digits, '.', '_' and '-' in
 * '/'-separated segments that do not start with '.' are looked up, so ".." and the like never reach
 * the class loader; only known file types are served.
 */
final class StaticServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** The WebJars the page may load (org.webjars.npm artifact ids). */
    static final Set<String> WEBJARS = Set.of("cytoscape", "codemirror");

    private static final Pattern SAFE_PATH = Pattern.compile("(?:[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}/){0,8}"
            + "[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "mjs", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "json", "application/json",
            "txt", "text/plain;charset=utf-8");
    /** The page loads nothing from elsewhere; a CDN link would be blocked by the browser. */
    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

    private enum Kind { PAGE, WEB, WEBJARS }

    private final Kind kind;

    private StaticServlet(Kind kind) {
        this.kind = kind;
    }

    /** The page itself, at {@code /} and {@code /index.html}. */
    static StaticServlet page() {
        return new StaticServlet(Kind.PAGE);
    }

    /** The page's scripts and styles, at {@code /ui/*}. */
    static StaticServlet web() {
        return new StaticServlet(Kind.WEB);
    }

    /** The libraries from WebJars, at {@code /webjars/*}. */
    static StaticServlet webjars() {
        return new StaticServlet(Kind.WEBJARS);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String resource = switch (kind) {
            case PAGE -> "web/index.html";
            case WEB -> safe(req.getPathInfo()) == null ? null : "web/" + safe(req.getPathInfo());
            case WEBJARS -> webjar(safe(req.getPathInfo()));
        };
        String type = resource == null ? null : TYPES.get(extension(resource));
        InputStream in = type == null ? null : StaticServlet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (in) {
            resp.setStatus(HttpServletResponse.SC_OK);
            resp.setContentType(type);
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setHeader("Cache-Control", kind == Kind.WEBJARS ? "max-age=86400" : "no-cache");
            if (kind == Kind.PAGE) {
                resp.setHeader("Content-Security-Policy", CSP);
                resp.setHeader("Referrer-Policy", "no-referrer");
            }
            OutputStream out = resp.getOutputStream();
            in.transferTo(out);
        }
    }

    /** The path after the servlet's prefix if it is a safe relative name, else null. */
    static String safe(String pathInfo) {
        if (pathInfo == null || !pathInfo.startsWith("/")) {
            return null;
        }
        String p = pathInfo.substring(1);
        return SAFE_PATH.matcher(p).matches() ? p : null;
    }

    /** {@code cytoscape/dist/cytoscape.min.js} to the WebJar's resource, or null. */
    private static String webjar(String path) {
        if (path == null) {
            return null;
        }
        int slash = path.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String name = path.substring(0, slash);
        if (!WEBJARS.contains(name)) {
            return null;
        }
        String version = webjarVersion(name);
        return version == null ? null : "META-INF/resources/webjars/" + name + "/" + version + path.substring(slash);
    }

    /** The version of a WebJar on the classpath, from its Maven properties; null when it is not there. */
    static String webjarVersion(String name) {
        return VERSIONS.computeIfAbsent(name, StaticServlet::readWebjarVersion).orElse(null);
    }

    private static final Map<String, java.util.Optional<String>> VERSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    private static java.util.Optional<String> readWebjarVersion(String name) {
        String props = "META-INF/maven/org.webjars.npm/" + name + "/pom.properties";
        try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(props)) {
            if (in == null) {
                return java.util.Optional.empty();
            }
            Properties p = new Properties();
            p.load(in);
            return java.util.Optional.ofNullable(p.getProperty("version"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + props, e);
        }
    }

    private static String extension(String resource) {
        int dot = resource.lastIndexOf('.');
        return dot < 0 ? "" : resource.substring(dot + 1);
    }
}
